/** The API's enums (SPEC §8), for inputs and filters. */
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
/** Channels staff register by hand in the console (issue #5). */
export const INTAKE_CHANNELS = ['phone', 'letter', 'fax', 'in_person'] as const;
export const LANGUAGES = ['en', 'fa', 'ru', 'zh'] as const;
export const ESCALATION_LEVELS = ['line1', 'line2', 'claim'] as const;
export const CLAIM_REASONS = ['recalculation', 'long_review', 'cause_unknown', 'exceeds_authority'] as const;
export const RESPONSE_TYPES = ['repair', 'replace', 'compensation', 'refund', 'apology_gift', 'explanation'] as const;
export const MONEY_RESPONSE_TYPES = ['compensation', 'refund'] as const;
export const CONTACT_PREFERENCES = ['phone', 'sms', 'email', 'letter'] as const;
export const SLA_STAGES = ['acknowledgment', 'assessment', 'evaluation', 'resolution'] as const;
export const SLA_STATES = ['ok', 'at_risk', 'breached', 'paused', 'met'] as const;
export const QUEUES = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'awaiting_approval', 'awaiting_customer'] as const;
export type Queue = (typeof QUEUES)[number];
export const SIX_M = ['man', 'machine', 'method', 'material', 'measurement', 'environment'] as const;
