/**
 * The whole outcome of a lifecycle action on a loaded complaint (SPEC §4, §5, §8): the rules of
 * domain/actions.ts (who, from which state, input, next state, field changes, approvals), plus
 * what follows from them — the queue-team mirror, the SLA column changes (domain/sla-stages.ts),
 * the complaint-event and the customer notifications with their channel
 * (domain/notify-channel.ts). The service loads the complaint and the context, calls `decideAction`
 * and writes the result in one transaction. Framework-free.
 */
import { decide, type Actor, type ComplaintSnapshot, type DecideContext, type Outcome, type Proposal } from './actions';
import type { Status } from './lifecycle';
import { customerNotices, type CustomerContact, type CustomerNotice } from './notify-channel';
import { slaPatch, type SlaRow, type StageClock } from './sla-stages';

interface Linked {
  id?: number;
  documentId: string;
}

/** A complaint as loaded for a read or an action (API names; to-one relations as objects). */
export interface ComplaintView extends SlaRow {
  documentId: string;
  status: Status;
  escalationLevel: ComplaintSnapshot['escalationLevel'];
  responseRound: number;
  valueTier: number;
  trackingCode: string;
  language?: string | null;
  contactPreference?: string | null;
  assignee?: Linked | null;
  team?: (Linked & { area?: string | null }) | null;
  category?: (Linked & { area?: string | null }) | null;
  massIncident?: Linked | null;
  cftReview?: Linked | null;
  subjectStaff?: Linked | null;
  customer?: CustomerContact | null;
  proposal?: unknown;
  implementedAt?: string | null;
  resolvedAt?: string | null;
  approvals?: Array<{ documentId: string; decision: string; round: number; step: number; requiredRole: 'director' | 'quality-manager' }>;
  surveys?: Array<{ createdAt: string }>;
}

/** What the lifecycle rules read of a complaint. */
export function snapshotOf(entity: ComplaintView): ComplaintSnapshot {
  const pending = (entity.approvals ?? [])
    .filter((a) => a.decision === 'pending' && a.round === entity.responseRound)
    .sort((a, b) => a.step - b.step)
    .map((a) => ({ id: a.documentId, requiredRole: a.requiredRole, step: a.step }));
  const resolvedAt = entity.resolvedAt ? new Date(entity.resolvedAt).getTime() : null;
  return {
    id: entity.documentId,
    status: entity.status,
    escalationLevel: entity.escalationLevel,
    responseRound: entity.responseRound,
    valueTier: entity.valueTier,
    assigneeId: entity.assignee?.documentId ?? null,
    teamId: entity.team?.documentId ?? null,
    massIncidentId: entity.massIncident?.documentId ?? null,
    cftReviewId: entity.cftReview?.documentId ?? null,
    subjectStaffId: entity.subjectStaff?.documentId ?? null,
    proposal: (entity.proposal as Proposal | null | undefined) ?? null,
    implementedAt: entity.implementedAt ?? null,
    pendingApprovals: pending,
    surveyRecorded: resolvedAt !== null && (entity.surveys ?? []).some((s) => new Date(s.createdAt).getTime() >= resolvedAt),
  };
}

export interface ActionOutcome extends Outcome {
  /**
   * The complaint's queue team follows its team (one index range per team's queue): the new
   * team's documentId, null for none, undefined when the team does not change.
   */
  queueTeam?: string | null;
  /** SLA attribute changes of the stage change. */
  slaPatch: Record<string, unknown>;
  /** The complaint-event that records the action. */
  event: { action: string; fromStatus: Status; toStatus: Status; payload: Record<string, unknown> };
  /** Customer notifications for the outbox (none when the customer has no address). */
  notices: CustomerNotice[];
}

export type ActionDecision = Exclude<ReturnType<typeof decide>, { ok: true }> | { ok: true; outcome: ActionOutcome };

export function decideAction(action: string, entity: ComplaintView, input: unknown, actor: Actor, ctx: DecideContext, clock: StageClock): ActionDecision {
  const d = decide(action, snapshotOf(entity), input, actor, ctx);
  if (!d.ok) return d;
  const o = d.outcome;
  return {
    ok: true,
    outcome: {
      ...o,
      queueTeam: 'teamId' in o.patch ? ((o.patch.teamId as string | null) ?? null) : undefined,
      slaPatch: slaPatch(entity, o.sla, clock),
      event: { action: o.action, fromStatus: o.fromStatus, toStatus: o.toStatus, payload: o.eventPayload },
      notices: customerNotices({ ...entity, customer: entity.customer ?? null }, o.notifications),
    },
  };
}
