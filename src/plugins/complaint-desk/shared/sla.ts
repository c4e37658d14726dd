/**
 * SLA policy values (SPEC §5) that the server applies and the console's policy form offers.
 */

/** The targets of the procedure: acknowledgment at once, then 2 / 4 / 1 working days; at risk at 75 % of a stage. */
export const SLA_TARGET_DEFAULTS = {
  acknowledgmentHours: 0,
  assessmentDays: 2,
  evaluationDays: 4,
  resolutionDays: 1,
  atRiskShare: 0.75,
} as const;

/** What a policy may do when a stage's clock crosses its at-risk share (`onAtRisk`) or its due time (`onBreach`). */
export const SLA_THRESHOLD_ACTIONS = ['notify_assignee', 'notify_team_lead', 'notify_director', 'raise_escalation'] as const;
export type SlaThresholdAction = (typeof SLA_THRESHOLD_ACTIONS)[number];

/** A customer's value tier (SPEC §8: 1–4); policies and formal claims are chosen by it. */
export const VALUE_TIERS = [1, 2, 3, 4] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];
