/**
 * The complaint lifecycle engine's rules (SPEC §4, §8): for each action, who may take
 * it, from which states, its validated input, the state it leads to, the field changes, the SLA
 * stage change, the approvals it opens or decides, and the customer notifications it causes.
 *
 * Pure: `decide()` reads a snapshot of the complaint and a context the service loads (teams,
 * thresholds, recourse text) and returns what must be written; domain/decide.ts adds what
 * follows from it (SLA columns, the event, the notifications' channel) and the service writes it
 * in one transaction. Framework-free: no Strapi imports.
 */
import { z } from 'zod';
import {
  CHANNELS,
  CLAIM_REASONS,
  EXTERNAL_RESPONSE_TYPES,
  TRANSITIONS,
  type ActionName,
  type EscalationLevel,
  type StaffRole,
  type Status,
} from './lifecycle';
import type { SlaChange } from './sla-stages';

export type ActorRole = StaffRole | 'customer' | 'system';

export interface Actor {
  /** documentId of the staff user; null for the customer or the system. */
  id: string | null;
  role: ActorRole;
}

export interface PendingApproval {
  id: string;
  requiredRole: 'director' | 'quality-manager';
  step: number;
}

export interface Proposal {
  external: { type: (typeof EXTERNAL_RESPONSE_TYPES)[number]; description: string; amount?: number; currency?: string };
  internal: { correctiveActionId: string } | { none: true; reason: string };
  round: number;
  status: 'pending_approval' | 'approved' | 'declined' | 'sent' | 'accepted' | 'rejected';
}

export interface ComplaintSnapshot {
  id: string;
  status: Status;
  escalationLevel: EscalationLevel;
  responseRound: number;
  valueTier: number;
  assigneeId: string | null;
  teamId: string | null;
  massIncidentId: string | null;
  cftReviewId: string | null;
  /** The staff member the complaint is about (SPEC §9 objectivity), if any. */
  subjectStaffId: string | null;
  proposal: Proposal | null;
  implementedAt: string | null;
  /** Approvals of the current round still waiting for a decision, lowest step first. */
  pendingApprovals: PendingApproval[];
  /** A survey was recorded since the complaint was last resolved. */
  surveyRecorded: boolean;
}

export interface TeamInfo {
  id: string;
  line: 'line1' | 'line2';
  area: string;
  memberIds: string[];
}

export interface DecideContext {
  now: Date;
  /** Compensation and refunds above this amount need the director, then the quality manager. */
  approvalThreshold: number;
  /** A survey score below this reopens the complaint. */
  satisfactionThreshold: number;
  /** Formal claims in this complaint's category are filed only for value tiers ≥ this. */
  claimMinValueTier: number | null;
  /** External recourse text from the category's settings, for open_external. */
  recourseText: string | null;
  /** Teams relevant to the action (assign: the assignee's teams and the target team; escalate: the line-2 team). */
  teams: Record<string, TeamInfo>;
  /** Line-2 team of the complaint's area, for escalate. */
  line2TeamId: string | null;
}

export type { SlaChange };

export type TemplatePurpose =
  | 'acknowledgment'
  | 'assessment_accept'
  | 'assessment_reject'
  | 'proposal'
  | 'resolution'
  | 'external_recourse'
  | 'survey';

export interface Outcome {
  action: ActionName;
  fromStatus: Status;
  toStatus: Status;
  /** Complaint field changes (API names; relation ids are documentIds). */
  patch: Record<string, unknown>;
  eventPayload: Record<string, unknown>;
  sla?: SlaChange;
  notifications: Array<{ purpose: TemplatePurpose; data?: Record<string, unknown> }>;
  approvals?: {
    create?: Array<{ requiredRole: 'director' | 'quality-manager'; step: number; amount: number | null; currency: string | null; round: number }>;
    decide?: { id: string; decision: 'approved' | 'declined'; comment: string | null };
    cancelPending?: boolean;
  };
  /** open-review without an id: the service creates a CFT review and links it. */
  createReview?: boolean;
  /**
   * reissue-pin: the service draws a new PIN, writes only its hash (domain/pin.ts) and answers the
   * PIN once; the event never holds it.
   */
  reissuePin?: boolean;
  /** record-survey: the survey row to write. */
  survey?: { resultScore: number; processScore: number; comment: string | null; channel: string | null };
}

export interface Issue {
  path: string;
  message: string;
}

export type Decision =
  | { ok: true; outcome: Outcome }
  | { ok: false; kind: 'unknown_action' }
  | { ok: false; kind: 'forbidden'; message: string }
  | { ok: false; kind: 'conflict'; message: string; allowedActions: ActionName[] }
  | { ok: false; kind: 'invalid'; issues: Issue[] };

const text = (max = 5000) => z.string().trim().min(1, 'is required').max(max);
const id = z.union([z.string().min(1).max(64), z.number().int().positive().transform(String)]);
const amount = z.number().positive().max(1_000_000_000);

const externalSchema = z
  .object({
    type: z.enum(EXTERNAL_RESPONSE_TYPES),
    description: text(),
    amount: amount.optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const money = v.type === 'compensation' || v.type === 'refund';
    if (money && v.amount === undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: `is required for ${v.type}` });
    if (v.amount !== undefined && !v.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'is required with an amount' });
  });

const internalSchema = z.union([
  z.object({ correctiveActionId: id }).strict(),
  z.object({ none: z.literal(true), reason: text() }).strict(),
]);

/** Input schemas per action (SPEC §8 bodies). Unknown keys are rejected; `version` is taken by the service. */
export const INPUT_SCHEMAS = {
  assess: z.object({ decision: z.enum(['accept', 'reject']), message: text() }).strict(),
  assign: z.object({ assigneeId: id, teamId: id.optional() }).strict(),
  escalate: z.object({ reason: text() }).strict(),
  retain: z.object({ outcome: text() }).strict(),
  'file-claim': z.object({ reason: z.enum(CLAIM_REASONS) }).strict(),
  'link-incident': z.object({ massIncidentId: id }).strict(),
  'unlink-incident': z.object({}).strict(),
  'open-review': z.object({ cftReviewId: id.optional() }).strict(),
  propose: z.object({ external: externalSchema, internal: internalSchema }).strict(),
  approve: z.object({ comment: z.string().trim().max(5000).optional() }).strict(),
  decline: z.object({ comment: text() }).strict(),
  'send-to-customer': z.object({}).strict(),
  'record-customer-decision': z
    .object({ decision: z.enum(['accept', 'reject']), channel: z.enum(CHANNELS), comment: z.string().trim().max(5000).optional() })
    .strict(),
  implement: z.object({ note: z.string().trim().max(5000).optional() }).strict(),
  // Root causes found without a CFT review (a reviewed complaint gets its review's, on approval).
  resolve: z.object({ resolution: text(), rootCauseIds: z.array(id).min(1).max(20).optional() }).strict(),
  'record-survey': z
    .object({
      resultScore: z.number().int().min(1).max(5),
      processScore: z.number().int().min(1).max(5),
      comment: z.string().trim().max(5000).optional(),
    })
    .strict(),
  close: z.object({}).strict(),
  // How the customer asked for it, for the audit trail (optional: the caller is often on the phone).
  'reissue-pin': z.object({ channel: z.enum(CHANNELS).optional() }).strict(),
} satisfies Record<ActionName, z.ZodTypeAny>;

export const ACTION_NAMES = Object.keys(INPUT_SCHEMAS) as ActionName[];

type Inputs = { [K in ActionName]: z.output<(typeof INPUT_SCHEMAS)[K]> };

/** A guard that needs no input: used both by `decide` and by `availableActions`. */
type Guard = (s: ComplaintSnapshot, actor: Actor, ctx: DecideContext) => { kind: 'conflict' | 'forbidden'; message: string } | null;

const conflict = (message: string) => ({ kind: 'conflict' as const, message });
const forbidden = (message: string) => ({ kind: 'forbidden' as const, message });

const notAboutMe: Guard = (s, actor) =>
  actor.id && s.subjectStaffId === actor.id ? forbidden('This complaint is about you: another colleague must handle it (objectivity).') : null;

const currentApprover: Guard = (s, actor) => {
  const next = s.pendingApprovals[0];
  if (!next) return conflict('No approval is pending.');
  if (next.requiredRole !== actor.role) {
    return conflict(`Waiting for the ${next.requiredRole === 'director' ? 'director' : 'quality manager'}'s decision (step ${next.step}).`);
  }
  return notAboutMe(s, actor, {} as DecideContext);
};

/** Agents and specialists take unassigned complaints for themselves; only the director reassigns. */
const assignGuard: Guard = (s, actor) =>
  actor.role === 'director' || s.assigneeId === null ? null : conflict('The complaint already has an assignee: the director reassigns it.');

const GUARDS: Partial<Record<ActionName, Guard>> = {
  assign: assignGuard,
  escalate: (s) => (s.escalationLevel === 'line1' ? null : conflict('Already on the second line.')),
  retain: (s) => (s.escalationLevel === 'line2' ? null : conflict('On-line retention is tried on the second line, before a claim.')),
  'file-claim': (s, _a, ctx) => {
    if (s.escalationLevel !== 'line2') return conflict('A formal claim is filed from the second line.');
    if (ctx.claimMinValueTier && s.valueTier < ctx.claimMinValueTier) {
      return conflict(`Formal claims in this category are filed only for value tiers ${ctx.claimMinValueTier} and above.`);
    }
    return null;
  },
  'unlink-incident': (s) => (s.massIncidentId ? null : conflict('The complaint is not linked to a mass incident.')),
  'open-review': (s) => (s.cftReviewId ? conflict('A CFT review is already open for this complaint.') : null),
  approve: currentApprover,
  decline: currentApprover,
  implement: (s) => (s.implementedAt ? conflict('The response is already implemented.') : null),
  resolve: (s) => (s.implementedAt ? null : conflict('Implement the response before resolving.')),
  'record-survey': (s) => (s.surveyRecorded ? conflict('The survey for this resolution is already recorded.') : null),
};

const rule = (action: ActionName) => TRANSITIONS.find((t) => t.action === action)!;

/**
 * Which parts of a snapshot a complaint in `status` needs for `availableActions` and `decide`
 * (a list page loads approvals and surveys only for the rows that need them).
 * `pendingApprovals` is read only by approve and decline, `surveyRecorded` only by record-survey,
 * and each of those is possible only from the statuses of its transition rule.
 */
export function snapshotNeeds(status: string): { approvals: boolean; surveys: boolean } {
  const from = (action: ActionName) => (rule(action).from as readonly string[]).includes(status);
  return { approvals: from('approve') || from('decline'), surveys: from('record-survey') };
}

/** Actions this actor may take now (SPEC §6: a complaint read includes them). */
export function availableActions(s: ComplaintSnapshot, actor: Actor, ctx: DecideContext): ActionName[] {
  return ACTION_NAMES.filter((a) => {
    const r = rule(a);
    if (!(r.roles as readonly string[]).includes(actor.role) || !r.from.includes(s.status)) return false;
    return !GUARDS[a]?.(s, actor, ctx);
  });
}

/** Actions any role could take in this state (for 409 answers to callers whose role can do none). */
function actionsFor(s: ComplaintSnapshot, actor: Actor, ctx: DecideContext): ActionName[] {
  return availableActions(s, actor, ctx);
}

export function isActionName(name: string): name is ActionName {
  return Object.prototype.hasOwnProperty.call(INPUT_SCHEMAS, name);
}

export function decide(action: string, s: ComplaintSnapshot, rawInput: unknown, actor: Actor, ctx: DecideContext): Decision {
  if (!isActionName(action)) return { ok: false, kind: 'unknown_action' };
  const r = rule(action);
  if (!(r.roles as readonly string[]).includes(actor.role)) {
    return { ok: false, kind: 'forbidden', message: `The ${actor.role} role may not ${action} complaints.` };
  }
  if (!r.from.includes(s.status)) {
    return { ok: false, kind: 'conflict', message: `Cannot ${action} a complaint in state ${s.status}.`, allowedActions: actionsFor(s, actor, ctx) };
  }
  const parsed = INPUT_SCHEMAS[action].safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      kind: 'invalid',
      issues: parsed.error.issues.map((i) => ({
        path: i.path.length ? i.path.join('.') : i.code === 'unrecognized_keys' ? (i as { keys?: string[] }).keys?.join(',') ?? '' : '',
        message: i.message,
      })),
    };
  }
  const blocked = GUARDS[action]?.(s, actor, ctx);
  if (blocked) {
    return blocked.kind === 'forbidden'
      ? { ok: false, kind: 'forbidden', message: blocked.message }
      : { ok: false, kind: 'conflict', message: blocked.message, allowedActions: actionsFor(s, actor, ctx) };
  }
  return APPLY[action](s, parsed.data as never, actor, ctx);
}

type Apply<A extends ActionName> = (s: ComplaintSnapshot, input: Inputs[A], actor: Actor, ctx: DecideContext) => Decision;

const ok = (outcome: Omit<Outcome, 'notifications'> & { notifications?: Outcome['notifications'] }): Decision => ({
  ok: true,
  outcome: { notifications: [], ...outcome },
});
const invalid = (path: string, message: string): Decision => ({ ok: false, kind: 'invalid', issues: [{ path, message }] });

const APPLY: { [A in ActionName]: Apply<A> } = {
  assess: (s, input, _a, ctx) => {
    const at = ctx.now.toISOString();
    if (input.decision === 'accept') {
      return ok({
        action: 'assess',
        fromStatus: s.status,
        toStatus: 'investigating',
        patch: { assessmentMessage: input.message },
        eventPayload: { ...input },
        sla: { kind: 'start', stage: 'evaluation', at, met: 'assessment' },
        notifications: [{ purpose: 'assessment_accept', data: { message: input.message } }],
      });
    }
    return ok({
      action: 'assess',
      fromStatus: s.status,
      toStatus: 'rejected',
      patch: { assessmentMessage: input.message, closedAt: at },
      eventPayload: { ...input },
      sla: { kind: 'done', at, met: 'assessment' },
      notifications: [{ purpose: 'assessment_reject', data: { message: input.message } }],
    });
  },

  assign: (s, input, actor, ctx) => {
    if (actor.role !== 'director' && input.assigneeId !== actor.id) {
      return { ok: false, kind: 'forbidden', message: 'You can assign a complaint only to yourself; the director assigns others.' };
    }
    if (s.subjectStaffId && input.assigneeId === s.subjectStaffId) {
      return invalid('assigneeId', 'The complaint is about this person: assign it to someone else (objectivity).');
    }
    const wantLine = s.escalationLevel === 'line1' ? 'line1' : 'line2';
    let teamId = input.teamId ?? s.teamId;
    if (!teamId) {
      // No team yet: the assignee's team, when they are in exactly one team of the right line.
      const eligible = Object.values(ctx.teams).filter((t) => t.line === wantLine && t.memberIds.includes(input.assigneeId));
      if (eligible.length !== 1) {
        const line = wantLine === 'line1' ? 'first' : 'second';
        return invalid(
          'teamId',
          eligible.length === 0
            ? `The complaint has no team and the assignee is in no ${line}-line team: choose the team.`
            : `The complaint has no team and the assignee is in ${eligible.length} ${line}-line teams: choose the team.`,
        );
      }
      teamId = eligible[0].id;
    }
    const team = ctx.teams[teamId];
    if (!team) return invalid('teamId', 'Unknown team.');
    if (team.line !== wantLine) {
      return invalid('teamId', `A ${s.escalationLevel} complaint goes to a ${wantLine === 'line1' ? 'first' : 'second'}-line team.`);
    }
    if (!team.memberIds.includes(input.assigneeId)) return invalid('assigneeId', 'The assignee is not a member of the team.');
    return ok({
      action: 'assign',
      fromStatus: s.status,
      toStatus: s.status === 'received' ? 'in_assessment' : s.status,
      patch: { assigneeId: input.assigneeId, teamId: team.id },
      eventPayload: { assigneeId: input.assigneeId, teamId: team.id, previousAssigneeId: s.assigneeId },
    });
  },

  escalate: (s, input, _a, ctx) =>
    ok({
      action: 'escalate',
      fromStatus: s.status,
      toStatus: s.status,
      patch: { escalationLevel: 'line2', assigneeId: null, ...(ctx.line2TeamId ? { teamId: ctx.line2TeamId } : {}) },
      eventPayload: { reason: input.reason, from: 'line1', to: 'line2', teamId: ctx.line2TeamId },
    }),

  retain: (s, input, _a, ctx) =>
    ok({
      action: 'retain',
      fromStatus: s.status,
      toStatus: 'closed',
      patch: { retentionOutcome: input.outcome, closedAt: ctx.now.toISOString() },
      eventPayload: { ...input },
      sla: { kind: 'done', at: ctx.now.toISOString(), met: s.status === 'in_assessment' ? 'assessment' : 'evaluation' },
      notifications: [{ purpose: 'resolution', data: { message: input.outcome } }],
    }),

  'file-claim': (s, input) =>
    ok({
      action: 'file-claim',
      fromStatus: s.status,
      toStatus: s.status,
      patch: { escalationLevel: 'claim', claimReason: input.reason },
      eventPayload: { ...input },
    }),

  'link-incident': (s, input) =>
    ok({
      action: 'link-incident',
      fromStatus: s.status,
      toStatus: s.status,
      patch: { massIncidentId: input.massIncidentId },
      eventPayload: { massIncidentId: input.massIncidentId, previousMassIncidentId: s.massIncidentId },
    }),

  'unlink-incident': (s) =>
    ok({
      action: 'unlink-incident',
      fromStatus: s.status,
      toStatus: s.status,
      patch: { massIncidentId: null },
      eventPayload: { massIncidentId: s.massIncidentId },
    }),

  'open-review': (s, input) =>
    ok({
      action: 'open-review',
      fromStatus: s.status,
      toStatus: s.status,
      patch: input.cftReviewId ? { cftReviewId: input.cftReviewId } : {},
      eventPayload: { ...input },
      createReview: !input.cftReviewId,
    }),

  propose: (s, input, _a, ctx) => {
    const money = input.external.amount ?? null;
    const twoStep = (input.external.type === 'compensation' || input.external.type === 'refund') && money !== null && money > ctx.approvalThreshold;
    const proposal: Proposal = { external: input.external, internal: input.internal as Proposal['internal'], round: s.responseRound, status: 'pending_approval' };
    const approval = (requiredRole: 'director' | 'quality-manager', step: number) => ({
      requiredRole,
      step,
      amount: money,
      currency: input.external.currency ?? null,
      round: s.responseRound,
    });
    return ok({
      action: 'propose',
      fromStatus: s.status,
      toStatus: 'pending_approval',
      patch: { proposal },
      eventPayload: { ...input, round: s.responseRound, twoStepApproval: twoStep },
      approvals: { create: twoStep ? [approval('director', 1), approval('quality-manager', 2)] : [approval('director', 1)] },
    });
  },

  approve: (s, input) => {
    const [current, ...rest] = s.pendingApprovals;
    const final = rest.length === 0;
    return ok({
      action: 'approve',
      fromStatus: s.status,
      toStatus: final ? 'response_proposed' : s.status,
      patch: final && s.proposal ? { proposal: { ...s.proposal, status: 'approved' } } : {},
      eventPayload: { approvalId: current.id, step: current.step, final, comment: input.comment ?? null },
      approvals: { decide: { id: current.id, decision: 'approved', comment: input.comment ?? null } },
    });
  },

  decline: (s, input) => {
    const [current] = s.pendingApprovals;
    return ok({
      action: 'decline',
      fromStatus: s.status,
      toStatus: 'investigating',
      patch: s.proposal ? { proposal: { ...s.proposal, status: 'declined' } } : {},
      eventPayload: { approvalId: current.id, step: current.step, comment: input.comment },
      approvals: { decide: { id: current.id, decision: 'declined', comment: input.comment }, cancelPending: true },
    });
  },

  'send-to-customer': (s, _i, _a, ctx) =>
    ok({
      action: 'send-to-customer',
      fromStatus: s.status,
      toStatus: 'awaiting_customer',
      patch: s.proposal ? { proposal: { ...s.proposal, status: 'sent' } } : {},
      eventPayload: { round: s.responseRound },
      sla: { kind: 'pause', at: ctx.now.toISOString(), met: 'evaluation' },
      notifications: [{ purpose: 'proposal', data: { proposal: s.proposal?.external ?? null } }],
    }),

  'record-customer-decision': (s, input, _a, ctx) => {
    const at = ctx.now.toISOString();
    const payload = { ...input, round: s.responseRound };
    if (input.decision === 'accept') {
      return ok({
        action: 'record-customer-decision',
        fromStatus: s.status,
        toStatus: 'implementing',
        patch: s.proposal ? { proposal: { ...s.proposal, status: 'accepted' } } : {},
        eventPayload: payload,
        sla: { kind: 'resume', at, stage: 'resolution' },
      });
    }
    if (s.responseRound < 2) {
      // Second round: an alternative proposal, allowed once (SPEC §2).
      return ok({
        action: 'record-customer-decision',
        fromStatus: s.status,
        toStatus: 'investigating',
        patch: { responseRound: 2, proposal: s.proposal ? { ...s.proposal, status: 'rejected' } : null },
        eventPayload: payload,
        sla: { kind: 'resume', at, stage: 'evaluation' },
      });
    }
    return ok({
      action: 'record-customer-decision',
      fromStatus: s.status,
      toStatus: 'open_external',
      patch: { proposal: s.proposal ? { ...s.proposal, status: 'rejected' } : null, closedAt: at },
      eventPayload: { ...payload, recourse: ctx.recourseText },
      sla: { kind: 'done', at },
      notifications: [{ purpose: 'external_recourse', data: { recourse: ctx.recourseText ?? '' } }],
    });
  },

  implement: (s, input, _a, ctx) =>
    ok({
      action: 'implement',
      fromStatus: s.status,
      toStatus: s.status,
      patch: { implementedAt: ctx.now.toISOString() },
      eventPayload: { note: input.note ?? null },
    }),

  resolve: (s, input, _a, ctx) => {
    const at = ctx.now.toISOString();
    return ok({
      action: 'resolve',
      fromStatus: s.status,
      toStatus: 'resolved',
      patch: { resolution: input.resolution, resolvedAt: at },
      eventPayload: { ...input },
      sla: { kind: 'done', at, met: 'resolution' },
      notifications: [{ purpose: 'resolution', data: { message: input.resolution } }, { purpose: 'survey' }],
    });
  },

  'record-survey': (s, input, _a, ctx) => {
    const dissatisfied = Math.min(input.resultScore, input.processScore) < ctx.satisfactionThreshold;
    const at = ctx.now.toISOString();
    return ok({
      action: 'record-survey',
      fromStatus: s.status,
      toStatus: dissatisfied ? 'investigating' : s.status,
      // Reopening starts a new cycle: a fresh proposal round pair and a new implementation.
      patch: dissatisfied ? { responseRound: 1, implementedAt: null, resolvedAt: null, proposal: null } : {},
      eventPayload: { ...input, reopened: dissatisfied, threshold: ctx.satisfactionThreshold },
      sla: dissatisfied ? { kind: 'start', stage: 'evaluation', at } : undefined,
      survey: { resultScore: input.resultScore, processScore: input.processScore, comment: input.comment ?? null, channel: null },
    });
  },

  close: (s, _i, _a, ctx) =>
    ok({
      action: 'close',
      fromStatus: s.status,
      toStatus: 'closed',
      patch: { closedAt: ctx.now.toISOString() },
      eventPayload: {},
    }),

  // The state stays; the audit trail says who reissued it and how the customer asked, never the PIN.
  'reissue-pin': (s, input) =>
    ok({
      action: 'reissue-pin',
      fromStatus: s.status,
      toStatus: s.status,
      patch: {},
      eventPayload: { channel: input.channel ?? null },
      reissuePin: true,
    }),
};
