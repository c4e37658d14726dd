/**
 * The one definition of "at risk" and "breached" for a complaint's running SLA clock (SPEC §5).
 *
 * A complaint row carries the clock of its current stage: the at-risk moment (`slaAtRiskAt`), the
 * deadline (`slaDueAt`), the pause (`slaPausedAt`, set while the customer decides) and, per
 * threshold, the moment the sweeper fired it. The thresholds are data (`SLA_THRESHOLDS`); the
 * JS predicates below read that data, and database/sla-clock.ts generates the SQL forms of the
 * same predicates from it, so the API's `sla` view, the queues, the sweeper's claim and the
 * timer triggers cannot disagree. Framework-free.
 */
import { OPEN_STATUSES } from './lifecycle';

export type Threshold = 'at_risk' | 'breached';

/** The clock attributes of a complaint (API names; database/sla-clock.ts maps them to columns). */
export type ClockAttribute = 'slaAtRiskAt' | 'slaDueAt' | 'slaAtRiskFiredAt' | 'slaBreachedAt' | 'slaPausedAt';

export interface ThresholdDefinition {
  threshold: Threshold;
  /** The moment the threshold is crossed. */
  due: ClockAttribute;
  /** Set once the sweeper fired it for the current stage (cleared when a new stage starts). */
  fired: ClockAttribute;
}

/** The thresholds of a running stage, in the order they happen. */
export const SLA_THRESHOLDS: readonly ThresholdDefinition[] = [
  { threshold: 'at_risk', due: 'slaAtRiskAt', fired: 'slaAtRiskFiredAt' },
  { threshold: 'breached', due: 'slaDueAt', fired: 'slaBreachedAt' },
];

export const thresholdDefinition = (threshold: Threshold): ThresholdDefinition => SLA_THRESHOLDS.find((t) => t.threshold === threshold)!;

/** A moment as rows hold it: a Date, an ISO string, epoch milliseconds (SQLite), or nothing. */
export type Moment = Date | string | number | null | undefined;

export type ClockRow = { status: string } & Partial<Record<ClockAttribute, Moment>>;

export const momentMs = (m: Moment): number | null => {
  if (m === null || m === undefined) return null;
  if (m instanceof Date) return m.getTime();
  if (typeof m === 'number') return m;
  return /^\d+$/.test(m) ? Number(m) : new Date(m).getTime();
};

/** A moment has been reached at `at` (the moment itself counts: a deadline at 10:00 is breached at 10:00). */
export function reached(moment: Moment, at: Date | number): boolean {
  const ms = momentMs(moment);
  return ms !== null && ms <= (typeof at === 'number' ? at : at.getTime());
}

export const isOpenStatus = (status: string): boolean => (OPEN_STATUSES as readonly string[]).includes(status);

/** The clock runs unless it is paused (awaiting the customer). */
export const isRunning = (row: ClockRow): boolean => row.slaPausedAt === null || row.slaPausedAt === undefined;

/** The threshold waits to fire: open complaint, running clock, moment set, not fired yet (a timer row exists). */
export function hasTimer(row: ClockRow, threshold: Threshold): boolean {
  const { due, fired } = thresholdDefinition(threshold);
  return isOpenStatus(row.status) && isRunning(row) && momentMs(row[due]) !== null && momentMs(row[fired]) === null;
}

/** The threshold is due to fire now: it has a timer and its moment is reached. */
export function isPending(row: ClockRow, threshold: Threshold, now: Date | number): boolean {
  return hasTimer(row, threshold) && reached(row[thresholdDefinition(threshold).due], now);
}

/** The threshold is crossed on a running clock (whether or not it fired). */
export function isCrossed(row: ClockRow, threshold: Threshold, now: Date | number): boolean {
  return isRunning(row) && reached(row[thresholdDefinition(threshold).due], now);
}

/**
 * The queue a running clock puts an open complaint in: `breached` once the deadline is reached,
 * `at_risk` from the at-risk moment until then, else none. The queues list open complaints only.
 */
export function clockQueue(row: ClockRow, now: Date | number): Threshold | null {
  if (!isOpenStatus(row.status)) return null;
  if (isCrossed(row, 'breached', now)) return 'breached';
  // At risk until a deadline that is set and still ahead.
  if (isCrossed(row, 'at_risk', now) && momentMs(row.slaDueAt) !== null) return 'at_risk';
  return null;
}

export type StageState = 'met' | 'paused' | 'breached' | 'at_risk' | 'ok' | 'no_contact';

/**
 * The state of one stage's clock in the API's `sla.stages` (SPEC §8): met when its met moment is
 * set or the complaint is over; paused when the clock stands still in this stage; breached once
 * its deadline is reached (`reached`, as for the rows above); at risk once the policy's share of
 * its working time has elapsed. A stage whose message cannot be sent (the acknowledgment of a
 * customer who left no contact) says `no_contact` instead, never a silent `met`.
 */
export function stageState(s: { met: boolean; terminal: boolean; paused: boolean; end: Date; dueAt: Date; elapsedShare: number; atRiskShare: number; noContact?: boolean }): StageState {
  if (s.met) return 'met';
  if (s.noContact) return 'no_contact';
  if (s.terminal) return 'met';
  if (s.paused) return 'paused';
  if (reached(s.dueAt, s.end)) return 'breached';
  return s.elapsedShare >= s.atRiskShare ? 'at_risk' : 'ok';
}
