/**
 * The SQL forms of the SLA clock predicates, generated from domain/sla-clock.ts (the thresholds
 * as data) with the columns Strapi's metadata gives the complaint's attributes. Each predicate
 * selects exactly the rows its JS namesake accepts (tests/integration/sla-clock.test.ts checks it
 * on both databases). `now` is bound as the dialect stores datetimes: `dbMoment`.
 *
 *   const clock = slaClockSql(strapi);
 *   clock.queue('c', 'at_risk', now)   // { open: true, sql: 'c.sla_paused_at is null and c.sla_at_risk_at <= ? and c.sla_due_at > ?', bindings }
 *   clock.queue('c', 'breached', now)  // { open: true, sql: 'c.sla_paused_at is null and c.sla_due_at <= ?', bindings }
 *   clock.pending('c', 'breached', now) // the sweeper's claim test on a locked row
 *   clock.timerRows('cd_complaints c', 'c') // the timer triggers' SELECT of (id, threshold, due)
 */
import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { SLA_THRESHOLDS, thresholdDefinition, type ClockAttribute, type Threshold } from '../domain/sla-clock';
import { columnOf, isPostgres } from './tables';

export interface SqlPredicate {
  sql: string;
  bindings: unknown[];
}

/** A predicate of the complaint queues: `open` asks the caller to add the open-status filter. */
export interface QueuePredicate extends SqlPredicate {
  open: true;
}

/** A moment as this dialect stores datetimes: Strapi keeps SQLite datetimes as epoch milliseconds. */
export const dbMoment = (strapi: Core.Strapi, d: Date): Date | number => (isPostgres(strapi) ? d : d.getTime());

/** A status list as SQL literals (for trigger bodies, which take no bindings). */
const literalList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

export function slaClockSql(strapi: Core.Strapi) {
  const col = (attr: ClockAttribute | 'status') => columnOf(strapi, 'complaint', attr);
  const at = (now: Date | number) => (now instanceof Date ? dbMoment(strapi, now) : now);
  const running = (a: string) => `${a}.${col('slaPausedAt')} is null`;
  const openIn = (a: string) => ({ sql: `${a}.${col('status')} in (${OPEN_STATUSES.map(() => '?').join(', ')})`, bindings: [...OPEN_STATUSES] });
  const due = (a: string, th: Threshold) => `${a}.${col(thresholdDefinition(th).due)}`;
  const fired = (a: string, th: Threshold) => `${a}.${col(thresholdDefinition(th).fired)}`;

  return {
    /** domain `isCrossed`: running clock, the threshold's moment reached. */
    crossed(a: string, th: Threshold, now: Date | number): SqlPredicate {
      return { sql: `${running(a)} and ${due(a, th)} <= ?`, bindings: [at(now)] };
    },

    /** domain `isPending`: open, running, not fired, moment reached (the sweeper's claim on a locked row). */
    pending(a: string, th: Threshold, now: Date | number): SqlPredicate {
      const open = openIn(a);
      return { sql: `(${open.sql} and ${running(a)} and ${fired(a, th)} is null and ${due(a, th)} <= ?)`, bindings: [...open.bindings, at(now)] };
    },

    /** domain `clockQueue` as the queue filters (the open-status filter is the caller's: `open: true`). */
    queue(a: string, queue: Threshold, now: Date | number): QueuePredicate {
      const n = at(now);
      return queue === 'breached'
        ? { open: true, sql: `${running(a)} and ${due(a, 'breached')} <= ?`, bindings: [n] }
        : { open: true, sql: `${running(a)} and ${due(a, 'at_risk')} <= ? and ${due(a, 'breached')} > ?`, bindings: [n, n] };
    },

    /** The open-status filter the queues add (`open: true`), with bindings. */
    open: openIn,

    /**
     * domain `hasTimer` as one SELECT of (id, threshold, due moment) over `from` (a table with an
     * alias, or a trigger's row set), with literal values only: trigger bodies take no bindings.
     */
    timerRows(from: string, a: string): string {
      return SLA_THRESHOLDS.map(
        ({ threshold }) =>
          `select ${a}.id, '${threshold}', ${due(a, threshold)} from ${from} where ${a}.${col('status')} in (${literalList(OPEN_STATUSES)}) and ${running(a)} and ${due(a, threshold)} is not null and ${fired(a, threshold)} is null`,
      ).join(' union all ');
    },

    /** Each threshold's due and fired columns (the triggers watch them). */
    columns(): Array<{ threshold: Threshold; due: string; fired: string }> {
      return SLA_THRESHOLDS.map(({ threshold, due: d, fired: f }) => ({ threshold, due: col(d), fired: col(f) }));
    },
  };
}

export type SlaClockSql = ReturnType<typeof slaClockSql>;
