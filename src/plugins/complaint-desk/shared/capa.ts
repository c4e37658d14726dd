/**
 * The corrective-action (CAPA) lifecycle and the CFT review's conclusion steps as data: which action
 * leads from which state to which, and who may take it. The server enforces it (domain/capa.ts,
 * domain/cft-review.ts); the console offers only what it allows.
 */
import type { CorrectiveActionStatus } from './enums';
import type { StaffRole } from './roles';

export const CAPA_ACTIONS = ['start', 'implement', 'start-verification', 'evaluate', 'override', 'cancel'] as const;
export type CapaAction = (typeof CAPA_ACTIONS)[number];

/** States an action has a result in; nothing but an override changes them. */
export const CAPA_RESULT_STATUSES = ['effective', 'ineffective'] as const satisfies readonly CorrectiveActionStatus[];
/** States that end the lifecycle: cancel is refused from these. */
export const CAPA_FINISHED_STATUSES = ['effective', 'ineffective', 'cancelled'] as const satisfies readonly CorrectiveActionStatus[];

export interface CapaTransition {
  action: CapaAction;
  from: readonly CorrectiveActionStatus[];
  /** The state it leads to; null when the result decides (evaluate, override). */
  to: CorrectiveActionStatus | null;
  /** Roles that may take it on any action. */
  roles: readonly StaffRole[];
  /** The action's owner may take it too, whatever the owner's role. */
  owner: boolean;
}

const QUALITY: readonly StaffRole[] = ['quality-manager'];

export const CAPA_TRANSITIONS: readonly CapaTransition[] = [
  { action: 'start', from: ['planned'], to: 'in_progress', roles: QUALITY, owner: true },
  { action: 'implement', from: ['in_progress'], to: 'implemented', roles: QUALITY, owner: true },
  { action: 'start-verification', from: ['implemented'], to: 'verification', roles: QUALITY, owner: false },
  { action: 'evaluate', from: ['verification'], to: null, roles: QUALITY, owner: false },
  { action: 'override', from: ['verification', 'effective', 'ineffective'], to: null, roles: QUALITY, owner: false },
  { action: 'cancel', from: ['planned', 'in_progress', 'implemented', 'verification'], to: 'cancelled', roles: QUALITY, owner: false },
];

/** Every role some CAPA action admits (the route's policy); the owner check is the server's. */
export const CAPA_ACTION_ROLES: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager', 'cft-member'];

export const isCapaAction = (value: unknown): value is CapaAction => typeof value === 'string' && (CAPA_ACTIONS as readonly string[]).includes(value);

/** The actions a caller may take on an action in `status` now (`isOwner`: the caller owns it). */
export function capaActionsFor(status: CorrectiveActionStatus, role: StaffRole, isOwner: boolean): CapaAction[] {
  return CAPA_TRANSITIONS.filter((t) => t.from.includes(status) && (t.roles.includes(role) || (t.owner && isOwner))).map((t) => t.action);
}

/** A CFT review's conclusion: written by the team, submitted by the leader, approved or returned by the quality manager. */
export const CONCLUSION_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ConclusionState = (typeof CONCLUSION_STATES)[number];

export const CFT_REVIEW_ACTIONS = ['submit-conclusion', 'approve-conclusion', 'return-conclusion'] as const;
export type CftReviewAction = (typeof CFT_REVIEW_ACTIONS)[number];

export interface CftReviewTransition {
  action: CftReviewAction;
  from: readonly ConclusionState[];
  to: ConclusionState;
  /** Roles that may take it; `leader`: only the review's leader. */
  roles: readonly StaffRole[];
  leader: boolean;
}

export const CFT_REVIEW_TRANSITIONS: readonly CftReviewTransition[] = [
  { action: 'submit-conclusion', from: ['draft', 'returned'], to: 'submitted', roles: [], leader: true },
  { action: 'approve-conclusion', from: ['submitted'], to: 'approved', roles: QUALITY, leader: false },
  { action: 'return-conclusion', from: ['submitted'], to: 'returned', roles: QUALITY, leader: false },
];

/** Roles that may edit a review or lead one: its route's policy (membership is the server's check). */
export const CFT_REVIEW_ACTION_ROLES: readonly StaffRole[] = ['quality-manager', 'cft-member', 'specialist', 'agent', 'director'];

export const isCftReviewAction = (value: unknown): value is CftReviewAction =>
  typeof value === 'string' && (CFT_REVIEW_ACTIONS as readonly string[]).includes(value);

/** The conclusion steps a caller may take now (`isLeader`: the caller leads the review). */
export function cftReviewActionsFor(state: ConclusionState, reviewStatus: string, role: StaffRole, isLeader: boolean): CftReviewAction[] {
  if (reviewStatus === 'concluded' || reviewStatus === 'cancelled') return [];
  return CFT_REVIEW_TRANSITIONS.filter((t) => t.from.includes(state) && (t.roles.includes(role) || (t.leader && isLeader))).map((t) => t.action);
}
