import {
  OPEN_STATUSES,
  type RootCauseReportRow,
  type SlaComplianceReportRow,
  type StaffRole,
} from '@contract';
import { CLOSED_ACTION_STATUSES } from './dashboardCards';

/**
 * The role dashboards' figures as pure functions: which panels a role sees, the periods they
 * compare, the list filters behind each figure, and the sums drawn from report rows. Unit-tested.
 */
export type DashboardPanel = 'director' | 'quality' | 'front';

export const PANELS_BY_ROLE: Record<StaffRole, readonly DashboardPanel[]> = {
  director: ['director'],
  'quality-manager': ['quality'],
  agent: ['front'],
  specialist: ['front'],
  'cft-member': [],
  'content-editor': [],
};

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const startOfDay = (d: Date, plusDays = 0) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays);

/**
 * The dashboard's period: the last `days` days including today, as report days (`to` exclusive),
 * and the equally long period before it, which "this period against the last one" compares.
 */
export const dashboardPeriods = (now: Date, days = 30) => {
  const to = startOfDay(now, 1);
  const from = startOfDay(now, 1 - days);
  const previousFrom = startOfDay(now, 1 - 2 * days);
  return {
    current: { from: day(from), to: day(to) },
    previous: { from: day(previousFrom), to: day(from) },
  };
};

/** Today's bounds as instants (local midnight to the next), for "falls due today". */
export const todayBounds = (now: Date) => ({ from: startOfDay(now).toISOString(), to: startOfDay(now, 1).toISOString() });

/** Open complaints (not rejected, closed or sent to external recourse). */
export const openComplaintsFilter = (extra: Record<string, unknown> = {}) => ({ status: [...OPEN_STATUSES], ...extra });

/** The caller's complaints whose running SLA stage falls due today. */
export const dueTodayFilter = (now: Date) => {
  const { from, to } = todayBounds(now);
  return { queue: 'mine', slaDueAt_gte: from, slaDueAt_lt: to };
};

/** Corrective actions not done, verified or cancelled, due before now. */
export const overdueCorrectiveActions = (now: Date) => ({ dueAt_lt: now.toISOString(), status_nin: [...CLOSED_ACTION_STATUSES] });

/** Corrective actions not done, verified or cancelled, due within `days` from now. */
export const dueSoonCorrectiveActions = (now: Date, days = 14) => ({
  dueAt_gte: now.toISOString(),
  dueAt_lt: new Date(now.getTime() + days * 86_400_000).toISOString(),
  status_nin: [...CLOSED_ACTION_STATUSES],
});

/** SLA compliance over every stage and team: met on time over all decided stages (null when none). */
export const overallCompliance = (rows: readonly SlaComplianceReportRow[]): number | null => {
  const met = rows.reduce((s, r) => s + r.met, 0);
  const breached = rows.reduce((s, r) => s + r.breached, 0);
  return met + breached === 0 ? null : met / (met + breached);
};

/** One root cause in both periods. */
export interface RootCauseComparison {
  rootCauseId: string;
  title: string;
  current: number;
  previous: number;
}

/**
 * The top `n` root causes of this period with their counts in the previous one (zero when the
 * cause did not occur then), most frequent first.
 */
export const compareRootCauses = (
  current: readonly RootCauseReportRow[],
  previous: readonly RootCauseReportRow[],
  n = 5
): RootCauseComparison[] => {
  const before = new Map(previous.map((r) => [r.rootCauseId, r.count]));
  return [...current]
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
    .slice(0, n)
    .map((r) => ({ rootCauseId: r.rootCauseId, title: r.title || r.code, current: r.count, previous: before.get(r.rootCauseId) ?? 0 }));
};

/** A list route of the console with a filter (and a sort). */
export const listPath = (resource: string, filter: Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }) => {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) {
    params.set('sort', sort.field);
    params.set('order', sort.order);
  }
  return `/${resource}?${params.toString()}`;
};
