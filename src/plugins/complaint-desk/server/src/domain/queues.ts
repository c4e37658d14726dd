/**
 * The named queues of the complaint list (docs/API.md "Queues"): which exist and what each holds.
 * `GET /complaints?filter={"queue":…}` lists one, `GET /complaints/queue-counts` counts them all;
 * their SQL form is database/queues.ts.
 */
import { QUEUE_NAMES, isQueueName, type QueueName } from '../../../shared/queues';

export { QUEUE_NAMES, isQueueName, type QueueName };

export interface QueueDefinition {
  /** Whether the queue holds open complaints only. */
  openOnly: boolean;
  /** Whether membership depends on who asks (assignee, team membership), not on the complaint alone. */
  perCaller: boolean;
  holds: string;
}

export const QUEUES: Readonly<Record<QueueName, QueueDefinition>> = {
  mine: { openOnly: false, perCaller: true, holds: 'complaints assigned to the caller' },
  team: { openOnly: false, perCaller: true, holds: 'complaints whose team counts the caller as a member' },
  unassigned: { openOnly: true, perCaller: false, holds: 'open complaints with no assignee' },
  at_risk: { openOnly: true, perCaller: false, holds: "open complaints, not paused, past the policy's at-risk share of the stage's time, deadline still ahead" },
  breached: { openOnly: true, perCaller: false, holds: 'open complaints, not paused, whose stage deadline has passed' },
  awaiting_approval: { openOnly: false, perCaller: false, holds: 'complaints in pending_approval' },
  awaiting_customer: { openOnly: false, perCaller: false, holds: 'complaints in awaiting_customer' },
};

/** The queues decided by the complaint row alone (no caller, no relation): counted in one pass. */
export const ROW_QUEUE_NAMES = ['at_risk', 'breached', 'awaiting_approval', 'awaiting_customer'] as const satisfies readonly QueueName[];
export type RowQueueName = (typeof ROW_QUEUE_NAMES)[number];

