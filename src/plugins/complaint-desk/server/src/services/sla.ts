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
  type Calendar,
  type Duration,
} from '../domain/working-time';
import { uid } from '../pluginId';

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

export const createSlaService = ({ strapi }: { strapi: Core.Strapi }) => ({
  calendarOf,
  choosePolicy,

  /** All policies with their category and calendar (a handful of rows). */
  async policies(): Promise<PolicyRow[]> {
    return strapi.db.query(uid('sla-policy') as any).findMany({ populate: { category: { select: ['id', 'documentId'] }, calendar: true } });
  },

  /** Calendars of the given policies, by policy documentId. */
  async calendarsByPolicy(policyDocumentIds: string[]): Promise<Map<string, Calendar | null>> {
    const out = new Map<string, Calendar | null>();
    if (policyDocumentIds.length === 0) return out;
    const rows = await strapi.db.query(uid('sla-policy') as any).findMany({ where: { documentId: { $in: policyDocumentIds } }, select: ['documentId'], populate: { calendar: true } });
    for (const r of rows) out.set(r.documentId, calendarOf(r.calendar));
    return out;
  },

  dueAt(targets: PolicyTargets, stage: Stage, start: Date, calendar: Calendar | null): Date {
    const d = stageDuration(targets, stage);
    if (!calendar) return new Date(start.getTime() + (d.hours ?? 0) * HOUR + (d.days ?? 0) * 24 * HOUR);
    return addWorkingTime(start, d, calendar);
  },

  /** The moment the configured share of the stage's working time has elapsed. */
  atRiskAt(targets: PolicyTargets, start: Date, due: Date, calendar: Calendar | null): Date {
    const share = Number(targets.atRiskShare);
    if (!calendar) return new Date(start.getTime() + share * (due.getTime() - start.getTime()));
    const total = workingTimeBetween(start, due, calendar).ms;
    return addWorkingTime(nextWorkingMoment(start, calendar), { hours: (share * total) / HOUR }, calendar);
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
});

export type SlaService = ReturnType<typeof createSlaService>;
export default createSlaService;
