/**
 * The complaint lifecycle (SPEC §4): states, what the customer sees of them, the actions and the
 * transition table — which roles may take each action, from which states, and where it leads.
 * The server enforces the table; the console shows the actions a role may take from it.
 */
import type { StaffRole } from './roles';
import { FRONT_ROLES } from './roles';

export const STATUSES = [
  'received',
  'in_assessment',
  'rejected',
  'investigating',
  'response_proposed',
  'pending_approval',
  'awaiting_customer',
  'implementing',
  'resolved',
  'closed',
  'open_external',
] as const;
export type Status = (typeof STATUSES)[number];

/** States that end the handling of a complaint. */
export const TERMINAL_STATUSES: readonly Status[] = ['rejected', 'closed', 'open_external'];

/** States in which a complaint is still being handled (queues, SLA sweeps): all but the terminal ones. */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => !TERMINAL_STATUSES.includes(s));

/** The states the customer sees on the portal (SPEC §8 `POST track`). */
export const CUSTOMER_STATUSES = ['received', 'under_evaluation', 'proposal', 'resolved', 'closed', 'open'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** What the customer sees for each internal state (SPEC §4). */
export const CUSTOMER_STATUS: Record<Status, CustomerStatus> = {
  received: 'received',
  in_assessment: 'received',
  rejected: 'closed',
  investigating: 'under_evaluation',
  response_proposed: 'under_evaluation',
  pending_approval: 'under_evaluation',
  awaiting_customer: 'proposal',
  implementing: 'under_evaluation',
  resolved: 'resolved',
  closed: 'closed',
  open_external: 'open',
};

/** The complaint actions (SPEC §8: `POST …/complaints/{id}/actions/{action}`). */
export const ACTION_NAMES = [
  'assess',
  'assign',
  'escalate',
  'retain',
  'file-claim',
  'link-incident',
  'unlink-incident',
  'open-review',
  'propose',
  'approve',
  'decline',
  'send-to-customer',
  'record-customer-decision',
  'implement',
  'resolve',
  'record-survey',
  'close',
  'reissue-pin',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export const isActionName = (value: unknown): value is ActionName => typeof value === 'string' && (ACTION_NAMES as readonly string[]).includes(value);

/** A customer's answer to a proposal, and an assessment's outcome. */
export const DECISIONS = ['accept', 'reject'] as const;

export interface TransitionRule {
  action: ActionName;
  roles: readonly StaffRole[];
  from: readonly Status[];
  /** Target state; `null` keeps the current state. Branching actions list their outcomes. */
  to: Status | null | Partial<Record<string, Status | null>>;
}

const OPEN = OPEN_STATUSES;
const FRONT = FRONT_ROLES;

/** Who may take each action, from which states (the guards of the server's `decide` narrow it further). */
export const TRANSITIONS: readonly TransitionRule[] = [
  // Agents and specialists assign only themselves, and only an unassigned complaint ("Assign to me");
  // the director assigns anyone.
  { action: 'assign', roles: ['director', 'agent', 'specialist'], from: OPEN, to: { received: 'in_assessment' } },
  { action: 'assess', roles: ['agent', 'specialist', 'director'], from: ['received', 'in_assessment'], to: { accept: 'investigating', reject: 'rejected' } },
  { action: 'escalate', roles: ['agent'], from: ['in_assessment', 'investigating'], to: null },
  { action: 'retain', roles: ['specialist'], from: ['in_assessment', 'investigating'], to: 'closed' },
  { action: 'file-claim', roles: ['specialist'], from: ['investigating'], to: null },
  { action: 'link-incident', roles: ['director', 'quality-manager'], from: OPEN, to: null },
  { action: 'unlink-incident', roles: ['director', 'quality-manager'], from: OPEN, to: null },
  { action: 'open-review', roles: ['quality-manager'], from: ['investigating'], to: null },
  { action: 'propose', roles: ['specialist', 'quality-manager'], from: ['investigating'], to: 'pending_approval' },
  { action: 'approve', roles: ['director', 'quality-manager'], from: ['pending_approval'], to: { final: 'response_proposed', step: null } },
  { action: 'decline', roles: ['director', 'quality-manager'], from: ['pending_approval'], to: 'investigating' },
  { action: 'send-to-customer', roles: FRONT, from: ['response_proposed'], to: 'awaiting_customer' },
  {
    action: 'record-customer-decision',
    roles: FRONT,
    from: ['awaiting_customer'],
    to: { accept: 'implementing', reject_round1: 'investigating', reject_round2: 'open_external' },
  },
  { action: 'implement', roles: ['specialist', 'quality-manager'], from: ['implementing'], to: null },
  { action: 'resolve', roles: ['specialist', 'quality-manager'], from: ['implementing'], to: 'resolved' },
  { action: 'record-survey', roles: FRONT, from: ['resolved'], to: { satisfied: null, dissatisfied: 'investigating' } },
  { action: 'close', roles: ['director'], from: ['resolved'], to: 'closed' },
  // A new portal PIN on the customer's request, in any state: the portal shows closed complaints too.
  { action: 'reissue-pin', roles: FRONT, from: STATUSES, to: null },
];

export function ruleFor(action: string): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.action === action);
}
