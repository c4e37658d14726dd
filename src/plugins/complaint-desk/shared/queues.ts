/**
 * The complaint work queues (SPEC §7): `GET /complaints?queue=<name>` lists one, and
 * `GET /complaints/queue-counts` counts them all for the caller.
 */
export const QUEUE_NAMES = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'awaiting_approval', 'awaiting_customer'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const isQueueName = (value: unknown): value is QueueName => typeof value === 'string' && (QUEUE_NAMES as readonly string[]).includes(value);
