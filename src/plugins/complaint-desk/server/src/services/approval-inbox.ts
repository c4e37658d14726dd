/**
 * The approvals inbox (GET /approvals/inbox): the approval steps the caller can decide now, each with
 * what it approves. A step is decidable when it is pending, asks for the caller's role, belongs to
 * the current round of a complaint awaiting approval, no lower step of that round is still pending,
 * and the complaint is not about the caller (objectivity) — the rules of the approve and decline
 * actions (domain/actions.ts `currentApprover`), as one SQL statement (database/approval-inbox.ts)
 * so that the page and its total (the dashboard's count) agree.
 */
import type { Core } from '@strapi/strapi';
import { createApprovalInboxQueries } from '../database/approval-inbox';
import { uid } from '../pluginId';
import type { Caller } from './resources';
import { getService } from '../utils';
import type { InboxItem } from '../../../shared/api';

const APPROVAL = uid('approval');

export type { InboxItem };

export const createApprovalInboxService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createApprovalInboxQueries(strapi);

  return {
    /** How many steps the caller can decide now (the dashboard's card). */
    count: (caller: Caller): Promise<number> => queries.count(caller),

    /** A page of the caller's decidable steps, oldest first (first come, first decided), and the total. */
    async list(caller: Caller, offset: number, limit: number): Promise<{ rows: InboxItem[]; total: number }> {
      const [ids, total] = await Promise.all([queries.page(caller, offset, limit), queries.count(caller)]);
      if (ids.length === 0) return { rows: [], total };
      const complaintIds: number[] = [...new Set<number>(ids.map((r) => r.complaintId))];
      const [approvals, decided, complaints] = await Promise.all([
        strapi.db.query(APPROVAL as any).findMany({ where: { id: { $in: ids.map((r) => r.approvalId) } } }),
        strapi.db.query(APPROVAL as any).findMany({
          where: { complaint: { id: { $in: complaintIds } }, decision: { $ne: 'pending' } },
          populate: { complaint: { select: ['id'] }, decidedBy: { select: ['username'] } },
          orderBy: { step: 'asc' },
        }),
        getService(strapi, 'complaints').loadByIds(complaintIds),
      ]);
      const approvalBy = new Map<number, any>(approvals.map((x: any) => [Number(x.id), x]));
      const complaintBy = new Map<number, any>(complaints.map((x: any) => [Number(x.id), x]));
      const now = new Date();
      const rows = ids.map((r): InboxItem => {
        const approval = approvalBy.get(r.approvalId);
        const complaint = complaintBy.get(r.complaintId);
        const record = getService(strapi, 'complaints').toRecord(complaint, caller, now) as any;
        // The running stage's clock, as the console's list shows it (the current stage, else the latest open one).
        const stages: any[] = record.sla?.stages ?? [];
        const running = stages.find((s) => s.stage === complaint.slaStage) ?? [...stages].reverse().find((s) => s.state !== 'met') ?? null;
        const round = approval.round ?? 1;
        return {
          id: approval.documentId,
          complaintId: complaint.documentId,
          step: approval.step,
          round,
          requiredRole: approval.requiredRole,
          amount: approval.amount === null || approval.amount === undefined ? null : Number(approval.amount),
          currency: approval.currency ?? null,
          createdAt: new Date(approval.createdAt).toISOString(),
          trackingCode: complaint.trackingCode,
          subject: complaint.subject,
          valueTier: complaint.valueTier ?? null,
          proposal: complaint.proposal ?? null,
          slaState: running?.state ?? null,
          slaDueAt: running?.dueAt ?? null,
          earlier: decided
            .filter((d: any) => Number(d.complaint?.id) === Number(complaint.id) && (d.round ?? 1) === round && d.step < approval.step)
            .map((d: any) => ({
              step: d.step,
              requiredRole: d.requiredRole,
              decision: d.decision,
              comment: d.comment ?? null,
              decidedByName: d.decidedBy?.username ?? null,
              decidedAt: d.decidedAt ? new Date(d.decidedAt).toISOString() : null,
            })),
        };
      });
      return { rows, total };
    },
  };
};

export type ApprovalInboxService = ReturnType<typeof createApprovalInboxService>;
export default createApprovalInboxService;
