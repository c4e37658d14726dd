/**
 * The complaint lifecycle (SPEC §4) for the server's domain code: states, what the customer sees,
 * the staff roles, the value lists the lifecycle validates and the transition table. They are
 * defined once in the plugin's shared contract (`shared/`), which the console imports too.
 */
export {
  CUSTOMER_STATUS,
  CUSTOMER_STATUSES,
  OPEN_STATUSES,
  STATUSES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  ruleFor,
  type ActionName,
  type CustomerStatus,
  type Status,
  type TransitionRule,
} from '../../../shared/lifecycle';
export { STAFF_ROLES, type StaffRole } from '../../../shared/roles';
export {
  CHANNELS,
  CLAIM_REASONS,
  ESCALATION_LEVELS,
  EXTERNAL_RESPONSE_TYPES,
  LANGUAGES,
  SLA_STAGES,
  type Channel,
  type EscalationLevel,
  type Language,
  type SlaStage,
} from '../../../shared/enums';
