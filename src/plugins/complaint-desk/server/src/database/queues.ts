/**
 * The SQL form of the queues that are a test on the complaint row itself (domain/queues.ts
 * ROW_QUEUE_NAMES), on the alias `c`: the list's filter and the queue counts use the same text.
 * `now` as the dialect stores datetimes (PostgreSQL a Date, SQLite epoch ms).
 */
import type { Core } from '@strapi/strapi';
import { QUEUES, type RowQueueName } from '../domain/queues';
import { slaClockSql } from './sla-clock';

export interface RowPredicate {
  /** Whether the list adds the open statuses (domain/queues.ts `openOnly`). */
  open: boolean;
  sql: string;
  bindings: unknown[];
}

/**
 * "At risk" and "breached" as SQL over the complaint's SLA columns, generated from the one
 * definition of the SLA clock (domain/sla-clock.ts through database/sla-clock.ts).
 */
export function slaQueuePredicates(strapi: Core.Strapi, now: Date | number): Record<'at_risk' | 'breached', RowPredicate> {
  const clock = slaClockSql(strapi);
  const of = (queue: 'at_risk' | 'breached'): RowPredicate => ({ ...clock.queue('c', queue, now), open: QUEUES[queue].openOnly });
  return { at_risk: of('at_risk'), breached: of('breached') };
}

/** Every row queue's predicate at `now`. */
export function rowQueuePredicates(strapi: Core.Strapi, now: Date | number): Record<RowQueueName, RowPredicate> {
  return {
    ...slaQueuePredicates(strapi, now),
    awaiting_approval: { open: QUEUES.awaiting_approval.openOnly, sql: "c.status = 'pending_approval'", bindings: [] },
    awaiting_customer: { open: QUEUES.awaiting_customer.openOnly, sql: "c.status = 'awaiting_customer'", bindings: [] },
  };
}
