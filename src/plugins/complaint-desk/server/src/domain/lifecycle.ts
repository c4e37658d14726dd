/**
 * The complaint lifecycle (SPEC §4): states, what the customer sees, and the transition table.
 * Framework-free. The foundation uses it to keep the demo seed consistent; the lifecycle engine
 * (issue #3) adds input validation and runs each action in one transaction.
 */
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

export const TERMINAL_STATUSES: readonly Status[] = ['rejected', 'closed', 'open_external'];

export const STAFF_ROLES = ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const CHANNELS = [
  'phone',
  'sms',
  'email',
  'letter',
  'fax',
  'in_person',
  'web_form',
  'portal',
  'mobile_app',
  'social',
  'dealer',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGUAGES = ['en', 'fa', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ESCALATION_LEVELS = ['line1', 'line2', 'claim'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const CLAIM_REASONS = ['recalculation', 'long_review', 'cause_unknown', 'exceeds_authority'] as const;
export const EXTERNAL_RESPONSE_TYPES = ['repair', 'replace', 'compensation', 'refund', 'apology_gift', 'explanation'] as const;
export const SLA_STAGES = ['acknowledgment', 'assessment', 'evaluation', 'resolution'] as const;
export type SlaStage = (typeof SLA_STAGES)[number];

export type ActionName =
  | 'assess'
  | 'assign'
  | 'escalate'
  | 'retain'
  | 'file-claim'
  | 'link-incident'
  | 'unlink-incident'
  | 'open-review'
  | 'propose'
  | 'approve'
  | 'decline'
  | 'send-to-customer'
  | 'record-customer-decision'
  | 'implement'
  | 'resolve'
  | 'record-survey'
  | 'close';

export interface TransitionRule {
  action: ActionName;
  roles: readonly StaffRole[];
  from: readonly Status[];
  /** Target state; `null` keeps the current state. Branching actions list their outcomes. */
  to: Status | null | Partial<Record<string, Status | null>>;
}

/** States in which a complaint is still being handled (queues, SLA sweeps). */
export const OPEN_STATUSES: readonly Status[] = [
  'received',
  'in_assessment',
  'investigating',
  'response_proposed',
  'pending_approval',
  'awaiting_customer',
  'implementing',
  'resolved',
];
const OPEN = OPEN_STATUSES;
const FRONT: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager'];

export const TRANSITIONS: readonly TransitionRule[] = [
  // Agents and specialists assign only themselves, and only an unassigned complaint ("Assign to me",
  // domain/actions.ts); the director assigns anyone.
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
];

export function ruleFor(action: string): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.action === action);
}
