/**
 * The approvals inbox (GET /approvals/inbox): the approval steps the caller can decide now, each with
 * what it approves. A step is decidable when it is pending, asks for the caller's role, belongs to
 * the current round of a complaint awaiting approval, no lower step of that round is still pending,
 * and the complaint is not about the caller (objectivity) — the rules of the approve and decline
 * actions (domain/actions.ts `currentApprover`), as one SQL statement so that the page and its total
 * (the dashboard's count) agree. Table and column names come from Strapi's metadata.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../pluginId';
import type { Caller } from './resources';
import { getService } from '../utils';
import type { InboxItem } from '../../../shared/api';

const APPROVAL = uid('approval');
const COMPLAINT = uid('complaint');

export type { InboxItem };

export const createApprovalInboxService = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = (name: string) => strapi.db.metadata.get(name as any) as any;
  const table = (name: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? `${schema}.${name}` : name;
  };
  const col = (m: any, attr: string) => m.attributes[attr].columnName ?? attr;
  const link = (m: any, attr: string) => m.attributes[attr].joinTable as { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

  /** The decidable steps as a query builder over `a` (approval) and `c` (complaint). */
  function decidable(knex: any, caller: Caller) {
    const a = meta(APPROVAL);
    const c = meta(COMPLAINT);
    const ac = link(a, 'complaint');
    const subjectStaff = link(c, 'subjectStaff');
    return knex
      .from(`${table(a.tableName)} as a`)
      .join(`${table(ac.name)} as la`, `la.${ac.joinColumn.name}`, 'a.id')
      .join(`${table(c.tableName)} as c`, 'c.id', `la.${ac.inverseJoinColumn.name}`)
      .where(`a.${col(a, 'decision')}`, 'pending')
      .where(`a.${col(a, 'requiredRole')}`, caller.role)
      .where(`c.${col(c, 'status')}`, 'pending_approval')
      .whereRaw('coalesce(??, 1) = coalesce(??, 1)', [`a.${col(a, 'round')}`, `c.${col(c, 'responseRound')}`])
      .whereNotExists(
        knex
          .from(`${table(a.tableName)} as b`)
          .join(`${table(ac.name)} as lb`, `lb.${ac.joinColumn.name}`, 'b.id')
          .whereRaw('?? = ??', [`lb.${ac.inverseJoinColumn.name}`, `la.${ac.inverseJoinColumn.name}`])
          .where(`b.${col(a, 'decision')}`, 'pending')
          .whereRaw('coalesce(??, 1) = coalesce(??, 1)', [`b.${col(a, 'round')}`, `a.${col(a, 'round')}`])
          .whereRaw('?? < ??', [`b.${col(a, 'step')}`, `a.${col(a, 'step')}`])
          .select(knex.raw('1')),
      )
      .whereNotExists(
        knex
          .from(`${table(subjectStaff.name)} as ls`)
          .whereRaw('?? = ??', [`ls.${subjectStaff.joinColumn.name}`, 'c.id'])
          .where(`ls.${subjectStaff.inverseJoinColumn.name}`, caller.id)
          .select(knex.raw('1')),
      );
  }

  return {
    /** How many steps the caller can decide now (the dashboard's card). */
    async count(caller: Caller): Promise<number> {
      const knex = strapi.db.connection;
      const [row] = await decidable(knex, caller).count({ n: '*' });
      return Number(row?.n ?? 0);
    },

    /** A page of the caller's decidable steps, oldest first (first come, first decided), and the total. */
    async list(caller: Caller, offset: number, limit: number): Promise<{ rows: InboxItem[]; total: number }> {
      const knex = strapi.db.connection;
      const a = meta(APPROVAL);
      const [ids, total] = await Promise.all([
        decidable(knex, caller)
          .select('a.id as approval_id', 'c.id as complaint_id')
          .orderBy([{ column: `a.${col(a, 'createdAt')}`, order: 'asc' }, { column: 'a.id', order: 'asc' }])
          .offset(offset)
          .limit(limit),
        this.count(caller),
      ]);
      if (ids.length === 0) return { rows: [], total };
      const complaintIds: number[] = [...new Set<number>(ids.map((r: any) => Number(r.complaint_id)))];
      const [approvals, decided, complaints] = await Promise.all([
        strapi.db.query(APPROVAL as any).findMany({ where: { id: { $in: ids.map((r: any) => Number(r.approval_id)) } } }),
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
      const rows = ids.map((r: any): InboxItem => {
        const approval = approvalBy.get(Number(r.approval_id));
        const complaint = complaintBy.get(Number(r.complaint_id));
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
