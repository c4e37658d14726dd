import type { CorrectiveActionStatus, QueueName, ResourceName, StaffRole } from '@contract';

/**
 * Which counts each role's dashboard shows (a layout choice, not access control: the server
 * filters every queue by the caller anyway). Pure data, so it is easy to test and change.
 */
/**
 * `my_approvals` counts the approval steps the caller can decide now: the approvals inbox's total
 * (GET /approvals/inbox), not the complaints in the `awaiting_approval` queue, which include steps
 * waiting for someone else.
 */
export type DashboardCardKey = QueueName | 'my_overdue_actions' | 'my_approvals';

export const CARDS_BY_ROLE: Record<StaffRole, readonly DashboardCardKey[]> = {
  agent: ['mine', 'team', 'at_risk', 'breached', 'awaiting_customer'],
  specialist: ['mine', 'team', 'at_risk', 'breached', 'awaiting_customer'],
  director: ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'my_approvals', 'awaiting_customer'],
  'quality-manager': ['my_approvals', 'my_overdue_actions', 'at_risk', 'breached'],
  'cft-member': [],
  'content-editor': [],
};

/** Roles without queues get a short welcome and links to the lists they work in. */
export const WELCOME_BY_ROLE: Partial<Record<StaffRole, { text: string; resources: readonly ResourceName[] }>> = {
  'cft-member': {
    text: 'resources.dashboard.cft_welcome',
    resources: ['cft-reviews', 'corrective-actions', 'root-causes', 'complaints'],
  },
  'content-editor': {
    text: 'resources.dashboard.content_welcome',
    resources: ['categories', 'channels', 'response-templates'],
  },
};

/** Corrective-action states that no longer need the owner. */
export const CLOSED_ACTION_STATUSES = ['implemented', 'verification', 'effective', 'ineffective', 'cancelled'] as const satisfies readonly CorrectiveActionStatus[];

/** "My overdue corrective actions": owned by me, due by now, not done/verified/cancelled. */
export const overdueActionsFilter = (userId: string | number, nowIso: string) => ({
  ownerId: String(userId),
  dueAt_lte: nowIso,
  status_nin: [...CLOSED_ACTION_STATUSES],
});
