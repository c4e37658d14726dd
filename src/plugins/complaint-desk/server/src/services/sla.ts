/**
 * SLA stage deadlines in working time (SPEC §5, issue #4): the policy chosen by category and
 * customer value tier gives the targets, the policy's business calendar the working time.
 * The arithmetic is domain/working-time.ts; this service picks policies and calendars.
 * A policy without a calendar counts calendar time (a working day = 24 h).
 */
import type { Core } from '@strapi/strapi';
import {
  addWorkingTime,
  durationMs,
  nextWorkingMoment,
  validateCalendarRecord,
  workingTimeBetween,
  WorkingTimeError,
  type Calendar,
  type Duration,
} from '../domain/working-time';
import { clampPolicyTargets } from '../domain/sla-policy';
import { uid } from '../pluginId';
import { TtlCache } from '../domain/ttl-cache';
import { onWrites } from '../utils';

/**
 * How long a policy's calendar stays cached in a server process (issue #3: every list page needs
 * the calendars of its rows). A write to a policy or a calendar clears the cache of the process
 * that makes it at once; other processes see it within this bound.
 */
export const CALENDAR_CACHE_TTL_MS = 10_000;

export type Stage = 'acknowledgment' | 'assessment' | 'evaluation' | 'resolution';

export interface PolicyTargets {
  acknowledgmentHours: number;
  assessmentDays: number;
  evaluationDays: number;
  resolutionDays: number;
  atRiskShare: number;
}

export const DEFAULT_TARGETS: PolicyTargets = { acknowledgmentHours: 0, assessmentDays: 2, evaluationDays: 4, resolutionDays: 1, atRiskShare: 0.75 };

const HOUR = 3_600_000;

export interface PolicyRow extends Partial<PolicyTargets> {
  id: number;
  documentId: string;
  isDefault?: boolean;
  priority?: number;
  minValueTier?: number | null;
  maxValueTier?: number | null;
  category?: { id: number; documentId: string } | null;
  calendar?: Record<string, unknown> | null;
}

/** A business-calendar row as the working-time math wants it (null when unusable). */
export function calendarOf(row: Record<string, unknown> | null | undefined): Calendar | null {
  if (!row) return null;
  const checked = validateCalendarRecord(row);
  return checked.ok ? checked.calendar : null;
}

const stageDuration = (targets: PolicyTargets, stage: Stage): Duration =>
  stage === 'acknowledgment' ? { hours: Number(targets.acknowledgmentHours) } : { days: Number(targets[`${stage}Days` as 'assessmentDays']) };

/**
 * The policy for a complaint: among policies whose value-tier range admits the tier, those for
 * the complaint's category win over general ones, then higher priority, then the default.
 */
export function choosePolicy(policies: PolicyRow[], categoryIds: number[], valueTier: number): PolicyRow | null {
  const fits = policies.filter(
    (p) =>
      (p.minValueTier == null || valueTier >= p.minValueTier) &&
      (p.maxValueTier == null || valueTier <= p.maxValueTier) &&
      (!p.category || categoryIds.includes(p.category.id)),
  );
  const rank = (p: PolicyRow) => [p.category ? 1 : 0, Number(p.priority ?? 0), p.isDefault ? 1 : 0];
  fits.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || a.id - b.id;
  });
  return fits[0] ?? null;
}

/** Freezes a calendar and everything in it (cached calendars are shared; the working-time math compiles a frozen one once). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

export const createSlaService = ({ strapi }: { strapi: Core.Strapi }) => {
  const calendars = new TtlCache<string, Calendar | null>(CALENDAR_CACHE_TTL_MS, 1000);
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key)) return;
    if (warned.size > 1000) warned.clear();
    warned.add(key);
    strapi.log.warn(`[complaint-desk] ${message}`);
  };
  /**
   * A policy's targets over the defaults, within bounds (domain/sla-policy.ts). A stored policy out
   * of bounds is clamped with a warning rather than stopping registration.
   */
  const targetsOf = (policy: (Partial<PolicyTargets> & { documentId?: string }) | null | undefined): PolicyTargets => {
    const { targets, clamped } = clampPolicyTargets({ ...DEFAULT_TARGETS, ...(policy ?? {}) }, DEFAULT_TARGETS);
    if (clamped.length) warnOnce(`policy:${policy?.documentId}:${clamped.join(',')}`, `SLA policy ${policy?.documentId ?? '?'} has targets out of bounds (${clamped.join(', ')}); deadlines use them clamped`);
    return targets;
  };
  /**
   * Working-time arithmetic on a stored calendar; a calendar that cannot give the deadline (e.g.
   * years of holidays in a row) falls back to calendar time with a warning: a complaint is always
   * registered, and a WorkingTimeError is never a 500.
   */
  const onCalendar = (fn: () => Date, plain: () => Date): Date => {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof WorkingTimeError)) throw err;
      warnOnce(`calendar:${err.message}`, `SLA deadline counted in calendar time: ${err.message}`);
      return plain();
    }
  };
  let watching = false;
  return {
    calendarOf,
    choosePolicy,

    /** Clears the calendar cache on writes to policies and calendars. Called once from bootstrap(). */
    watch(): void {
      if (watching) return;
      watching = true;
      onWrites(strapi, [uid('sla-policy'), uid('business-calendar')], () => calendars.clear());
    },

    /** All policies with their category and calendar (a handful of rows). */
    async policies(): Promise<PolicyRow[]> {
      return strapi.db.query(uid('sla-policy') as any).findMany({ populate: { category: { select: ['id', 'documentId'] }, calendar: true } });
    },

    /**
     * Calendars of the given policies, by policy documentId (deep-frozen; cached for
     * CALENDAR_CACHE_TTL_MS, except inside a transaction, which reads its own writes).
     */
    async calendarsByPolicy(policyDocumentIds: string[]): Promise<Map<string, Calendar | null>> {
      const out = new Map<string, Calendar | null>();
      if (policyDocumentIds.length === 0) return out;
      const now = Date.now();
      const cacheable = !strapi.db.inTransaction();
      const missing = cacheable ? policyDocumentIds.filter((id) => {
        const hit = calendars.get(id, now);
        if (hit !== undefined) out.set(id, hit);
        return hit === undefined;
      }) : policyDocumentIds;
      if (missing.length === 0) return out;
      const generation = calendars.generation;
      const rows = await strapi.db.query(uid('sla-policy') as any).findMany({ where: { documentId: { $in: missing } }, select: ['documentId'], populate: { calendar: true } });
      for (const r of rows) {
        const calendar = deepFreeze(calendarOf(r.calendar));
        out.set(r.documentId, calendar);
        if (cacheable) calendars.set(r.documentId, calendar, now, generation);
      }
      return out;
    },

    targetsOf,

    dueAt(targets: PolicyTargets, stage: Stage, start: Date, calendar: Calendar | null): Date {
      const d = stageDuration(targetsOf(targets), stage);
      const plain = () => new Date(start.getTime() + (d.hours ?? 0) * HOUR + (d.days ?? 0) * 24 * HOUR);
      if (!calendar) return plain();
      return onCalendar(() => addWorkingTime(start, d, calendar), plain);
    },

    /** The moment the configured share of the stage's working time has elapsed. */
    atRiskAt(targets: PolicyTargets, start: Date, due: Date, calendar: Calendar | null): Date {
      const share = Number(targetsOf(targets).atRiskShare);
      const plain = () => new Date(start.getTime() + share * (due.getTime() - start.getTime()));
      if (!calendar) return plain();
      return onCalendar(() => {
        const total = workingTimeBetween(start, due, calendar).ms;
        return addWorkingTime(nextWorkingMoment(start, calendar), { hours: (share * total) / HOUR }, calendar);
      }, plain);
    },

    /** Share of the stage's working time elapsed at `at` (1 = due). */
    elapsedShare(start: Date, at: Date, due: Date, calendar: Calendar | null): number {
      if (!calendar) {
        const span = due.getTime() - start.getTime();
        return span > 0 ? Math.max(0, (at.getTime() - start.getTime()) / span) : at >= due ? 1 : 0;
      }
      const total = workingTimeBetween(start, due, calendar).ms;
      if (total <= 0) return at >= due ? 1 : 0;
      return workingTimeBetween(start, at, calendar).ms / total;
    },

    /** SLA preview (SPEC §8): the deadlines of the given durations from `start`. */
    preview(calendar: Calendar, start: Date, durations: Duration[]): Date[] {
      return durations.map((d) => (durationMs(d, calendar) === 0 ? nextWorkingMoment(start, calendar) : addWorkingTime(start, d, calendar)));
    },
  };
};

export type SlaService = ReturnType<typeof createSlaService>;
export default createSlaService;
