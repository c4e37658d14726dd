/**
 * The API's value lists (SPEC §8): what a field accepts and a filter offers. The server's resource
 * table and input schemas validate against them; the console builds its choices from them.
 */

export const CHANNELS = ['phone', 'sms', 'email', 'letter', 'fax', 'in_person', 'web_form', 'portal', 'mobile_app', 'social', 'dealer'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGUAGES = ['en', 'fa', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a customer wants to be contacted. */
export const CONTACT_PREFERENCES = ['phone', 'sms', 'email', 'letter'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

/** The channels the outbox sends on: notifications, response templates, bulk messages. */
export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const ESCALATION_LEVELS = ['line1', 'line2', 'claim'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** A team works on the first or the second line. */
export const TEAM_LINES = ['line1', 'line2'] as const;
export type TeamLine = (typeof TEAM_LINES)[number];

/** Business areas: of a team, a category, a mass incident. */
export const AREAS = ['network', 'billing', 'service', 'sales'] as const;
export type Area = (typeof AREAS)[number];

export const CLAIM_REASONS = ['recalculation', 'long_review', 'cause_unknown', 'exceeds_authority'] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** What a proposal offers the customer. */
export const EXTERNAL_RESPONSE_TYPES = ['repair', 'replace', 'compensation', 'refund', 'apology_gift', 'explanation'] as const;
export type ExternalResponseType = (typeof EXTERNAL_RESPONSE_TYPES)[number];

/** Response types that carry an amount of money (and need a second approval above the threshold). */
export const MONEY_RESPONSE_TYPES = ['compensation', 'refund'] as const satisfies readonly ExternalResponseType[];

export const PROPOSAL_STATUSES = ['pending_approval', 'approved', 'declined', 'sent', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The SLA stages a complaint passes through (SPEC §5); `done` follows the last. */
export const SLA_STAGES = ['acknowledgment', 'assessment', 'evaluation', 'resolution'] as const;
export type SlaStage = (typeof SLA_STAGES)[number];
export const SLA_STAGE_VALUES = [...SLA_STAGES, 'done'] as const;

/** The state of one stage's clock; `no_contact`: the stage's message has no address to go to (the acknowledgment of a customer who left no contact). */
export const SLA_STATES = ['ok', 'at_risk', 'breached', 'paused', 'met', 'no_contact'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const CATEGORY_SCHEMES = ['general', 'regulator', 'touchpoint', 'product'] as const;

/** When a channel answers. */
export const ANSWERING_DAYS = ['working_days', 'every_day'] as const;

/** What a response template is written for: the outbox picks a template by purpose, channel and locale. */
export const TEMPLATE_PURPOSES = [
  'acknowledgment',
  'assessment_accept',
  'assessment_reject',
  'escalation',
  'proposal',
  'resolution',
  'survey',
  'external_recourse',
  'bulk_message',
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

export const CFT_REVIEW_STATUSES = ['planned', 'in_progress', 'concluded', 'cancelled'] as const;
export type CftReviewStatus = (typeof CFT_REVIEW_STATUSES)[number];

/** The six M of a fishbone diagram, also the root causes' classification. */
export const SIX_M = ['man', 'machine', 'method', 'material', 'measurement', 'environment'] as const;
export type SixM = (typeof SIX_M)[number];

export const CORRECTIVE_ACTION_KINDS = ['corrective', 'preventive', 'containment'] as const;
export type CorrectiveActionKind = (typeof CORRECTIVE_ACTION_KINDS)[number];

/**
 * A corrective action's lifecycle: planned → in_progress → implemented → verification → effective or
 * ineffective; cancelled (with a reason) from any state before a result.
 */
export const CORRECTIVE_ACTION_STATUSES = ['planned', 'in_progress', 'implemented', 'verification', 'effective', 'ineffective', 'cancelled'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

/** The computed (or overridden) result of a corrective action's effectiveness check. */
export const EFFECTIVENESS_RESULTS = ['effective', 'ineffective'] as const;
export type EffectivenessResult = (typeof EFFECTIVENESS_RESULTS)[number];

export const MASS_INCIDENT_STATUSES = ['open', 'resolved', 'withdrawn'] as const;
export type MassIncidentStatus = (typeof MASS_INCIDENT_STATUSES)[number];

/** What an approval approves. */
export const APPROVAL_SUBJECTS = ['proposal', 'closing'] as const;

export const APPROVAL_DECISIONS = ['pending', 'approved', 'declined'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** A notification's way through the outbox. */
export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
