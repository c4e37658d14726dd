/**
 * SLA policies and calendars (SPEC §5): the policy chosen by category and customer value tier
 * gives the targets, the policy's business calendar the working time. The stage arithmetic is
 * domain/sla-stages.ts over domain/working-time.ts; this service reads policies and calendars,
 * keeps the calendars cached and warns about stored values it has to correct.
 */
import type { Core } from '@strapi/strapi';
import { addWorkingTime, durationMs, nextWorkingMoment, validateCalendarRecord, type Calendar, type Duration } from '../domain/working-time';
import { choosePolicy, clampPolicyTargets, type PolicyRow } from '../domain/sla-policy';
import { DEFAULT_TARGETS, elapsedShare, stageAtRiskAt, stageDueAt, type PolicyTargets, type Stage } from '../domain/sla-stages';
import { uid } from '../pluginId';
import { TtlCache } from '../domain/ttl-cache';
import { onWrites } from '../utils';

export { choosePolicy, DEFAULT_TARGETS, type PolicyRow, type PolicyTargets, type Stage };

/**
 * How long a policy's calendar stays cached in a server process: every list page needs the
 * calendars of its rows. A write to a policy or a calendar clears the cache of the process that
 * makes it once the write commits; other processes see it within this bound.
 */
export const CALENDAR_CACHE_TTL_MS = 10_000;

/** A business-calendar row as the working-time math wants it (null when unusable). */
export function calendarOf(row: Record<string, unknown> | null | undefined): Calendar | null {
  if (!row) return null;
  const checked = validateCalendarRecord(row);
  return checked.ok ? checked.calendar : null;
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
  const fellBack = (err: Error) => warnOnce(`calendar:${err.message}`, `SLA deadline counted in calendar time: ${err.message}`);
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
      return stageDueAt(targetsOf(targets), stage, start, calendar, fellBack);
    },

    /** The moment the configured share of the stage's working time has elapsed. */
    atRiskAt(targets: PolicyTargets, start: Date, due: Date, calendar: Calendar | null): Date {
      return stageAtRiskAt(targetsOf(targets), start, due, calendar, fellBack);
    },

    /** Share of the stage's working time elapsed at `at` (1 = due). */
    elapsedShare,

    /** SLA preview (SPEC §8): the deadlines of the given durations from `start`. */
    preview(calendar: Calendar, start: Date, durations: Duration[]): Date[] {
      return durations.map((d) => (durationMs(d, calendar) === 0 ? nextWorkingMoment(start, calendar) : addWorkingTime(start, d, calendar)));
    },
  };
};

export type SlaService = ReturnType<typeof createSlaService>;
export default createSlaService;
