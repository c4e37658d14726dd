/**
 * The SQL form of the queues that are a test on the complaint row itself (domain/queues.ts
 * ROW_QUEUE_NAMES), on the alias `c`: the list's filter and the queue counts use the same text.
 * `now` as the dialect stores datetimes (PostgreSQL a Date, SQLite epoch ms).
 */
import { QUEUES, type RowQueueName } from '../domain/queues';

export interface RowPredicate {
  /** Whether the list adds the open statuses (domain/queues.ts `openOnly`). */
  open: boolean;
  sql: string;
  bindings: unknown[];
}

/**
 * "At risk" and "breached" as SQL over the complaint's SLA columns: a running clock (not paused)
 * past its at-risk moment with the deadline ahead, or past the deadline.
 */
export function slaQueuePredicates(now: Date | number): Record<'at_risk' | 'breached', RowPredicate> {
  return {
    at_risk: { open: QUEUES.at_risk.openOnly, sql: 'c.sla_paused_at is null and c.sla_at_risk_at <= ? and c.sla_due_at > ?', bindings: [now, now] },
    breached: { open: QUEUES.breached.openOnly, sql: 'c.sla_paused_at is null and c.sla_due_at <= ?', bindings: [now] },
  };
}

/** Every row queue's predicate at `now`. */
export function rowQueuePredicates(now: Date | number): Record<RowQueueName, RowPredicate> {
  return {
    ...slaQueuePredicates(now),
    awaiting_approval: { open: QUEUES.awaiting_approval.openOnly, sql: "c.status = 'pending_approval'", bindings: [] },
    awaiting_customer: { open: QUEUES.awaiting_customer.openOnly, sql: "c.status = 'awaiting_customer'", bindings: [] },
  };
}
