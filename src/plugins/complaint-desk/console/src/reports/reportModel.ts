/**
 * The Reports section's pure helpers: the filters as URL search and as API query, the Pareto's
 * chart data, the drill-down to the complaint list, and the labels of trend buckets (Jalali in
 * Persian). No React and no react-admin here, so unit tests import them directly.
 */
import {
  CHANNELS,
  LANGUAGES,
  REPORT_NAMES,
  TREND_INTERVALS,
  type ReportName,
  type ReportQuery,
  type RootCauseReportRow,
  type TrendInterval,
} from '@contract';
import { formatNumber, intlLocale } from '../i18n/locales';

export const isReportName = (value: unknown): value is ReportName =>
  typeof value === 'string' && (REPORT_NAMES as readonly string[]).includes(value);

/** What the filter bar holds; `from` inclusive and `to` exclusive, both `YYYY-MM-DD` local days. */
export type ReportFilters = Pick<ReportQuery, 'from' | 'to' | 'categoryId' | 'channel' | 'teamId' | 'language' | 'interval'>;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as `YYYY-MM-DD`. */
export const dayString = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `YYYY-MM-DD` → the local midnight that starts it (null for anything else). */
export const parseDay = (day: string | undefined | null): Date | null => {
  if (!day || !DAY_RE.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
};

/** `days` after a local day, across DST changes (calendar arithmetic, not 24 h steps). */
export const addDays = (day: string, days: number): string => {
  const date = parseDay(day) ?? new Date();
  return dayString(new Date(date.getFullYear(), date.getMonth(), date.getDate() + days));
};

/** The default period: the last 90 days up to and including today. */
export const defaultFilters = (now: Date = new Date()): ReportFilters => {
  const to = dayString(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  return { from: addDays(to, -90), to };
};

/** The period that ends where this one starts and lasts as long ("this period against the last one"). */
export const previousPeriod = ({ from, to }: { from: string; to: string }): { from: string; to: string } => {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) return { from, to };
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  return { from: addDays(from, -days), to: from };
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** The filters kept in the page's URL (`#/reports/trends?from=…&to=…`), so a view can be shared and printed. */
export const filtersFromSearch = (search: string, now: Date = new Date()): ReportFilters => {
  const params = new URLSearchParams(search);
  const fallback = defaultFilters(now);
  const from = parseDay(params.get('from')) ? params.get('from')! : fallback.from;
  const to = parseDay(params.get('to')) ? params.get('to')! : fallback.to;
  const filters: ReportFilters = { from, to };
  const categoryId = params.get('categoryId');
  const teamId = params.get('teamId');
  if (categoryId) filters.categoryId = categoryId;
  if (teamId) filters.teamId = teamId;
  const channel = oneOf(CHANNELS, params.get('channel'));
  const language = oneOf(LANGUAGES, params.get('language'));
  const interval = oneOf(TREND_INTERVALS, params.get('interval'));
  if (channel) filters.channel = channel;
  if (language) filters.language = language;
  if (interval) filters.interval = interval;
  return filters;
};

const FILTER_KEYS = ['from', 'to', 'categoryId', 'channel', 'teamId', 'language', 'interval'] as const;

export const filtersToSearch = (filters: ReportFilters): string => {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
};

/**
 * The API query of `GET /reports/{name}` (SPEC §8): the period as plain days, which the server
 * reads as midnights in the business calendar's time zone (`to` exclusive); the other filters as
 * given; and the console's language, which names the CSV's columns and, in Persian, buckets trends
 * in the Jalali calendar.
 */
export const reportQuery = (name: ReportName, filters: ReportFilters, locale: string): Record<string, string> => {
  const query: Record<string, string> = { from: filters.from, to: filters.to, locale };
  if (filters.categoryId) query.categoryId = filters.categoryId;
  if (filters.channel) query.channel = filters.channel;
  if (filters.teamId) query.teamId = filters.teamId;
  if (filters.language) query.language = filters.language;
  if (name === 'trends') {
    query.interval = filters.interval ?? 'month';
    query.calendar = locale === 'fa' ? 'jalali' : 'gregorian';
  }
  return query;
};

/** A category with its parent, as the categories list answers it. */
export interface CategoryNode {
  id: string | number;
  parentId?: string | number | null;
}

/** A category and all its descendants (the reports' category filter selects a whole subtree). */
export const categorySubtree = (rootId: string, categories: readonly CategoryNode[]): string[] => {
  const children = new Map<string, string[]>();
  for (const c of categories) {
    if (c.parentId === null || c.parentId === undefined) continue;
    const parent = String(c.parentId);
    children.set(parent, [...(children.get(parent) ?? []), String(c.id)]);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
};

/**
 * The complaint list's filter for "the complaints behind this figure": received in the period
 * (`period` as the report's answer echoes it, instants in the business calendar's zone), the
 * report's other filters, and the extra ones of the bar clicked (a root cause, a channel…). The
 * category subtree becomes the list of its ids, since the list filters a category exactly.
 */
export const complaintListFilter = (
  period: { from: string; to: string },
  filters: Omit<ReportFilters, 'from' | 'to'>,
  extra: Record<string, unknown> = {},
  categories: readonly CategoryNode[] = []
): Record<string, unknown> => {
  const filter: Record<string, unknown> = { receivedAt_gte: period.from, receivedAt_lt: period.to };
  if (filters.categoryId) {
    const ids = categorySubtree(filters.categoryId, categories);
    filter.categoryId = ids.length > 1 ? ids : filters.categoryId;
  }
  if (filters.channel) filter.channel = filters.channel;
  if (filters.teamId) filter.teamId = filters.teamId;
  if (filters.language) filter.language = filters.language;
  return { ...filter, ...extra };
};

/** The react-admin route of the complaint list with a filter. */
export const complaintListPath = (filter: Record<string, unknown>): string =>
  `/complaints?${new URLSearchParams({ filter: JSON.stringify(filter), page: '1' }).toString()}`;

/** One bar of the Pareto. */
export interface ParetoBar {
  /** The root cause's id; null for the bar that gathers the tail. */
  id: string | null;
  label: string;
  code: string | null;
  count: number;
  /** 0..100 */
  share: number;
  /** 0..100, non-decreasing */
  cumulative: number;
  /** Among the causes that make up the first 80 % (the "vital few"). */
  vital: boolean;
}

/** The cumulative share the Pareto marks. */
export const PARETO_MARK = 80;

/**
 * The Pareto's bars from the report's rows: sorted by count (then code, as the server sorts), with
 * the share and the cumulative share in percent recomputed from the counts, so the line ends at
 * exactly 100 %. Beyond `maxBars` the tail is one bar (`id` null) labelled `otherLabel`. A cause
 * is "vital" while the cumulative share before it is under 80 %: the few that explain most.
 */
export const paretoBars = (rows: readonly RootCauseReportRow[], { maxBars = 12, otherLabel = 'Other' } = {}): ParetoBar[] => {
  const sorted = [...rows].filter((r) => r.count > 0).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const total = sorted.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) return [];
  const head = sorted.length > maxBars ? sorted.slice(0, maxBars - 1) : sorted;
  const tail = sorted.length > maxBars ? sorted.slice(maxBars - 1) : [];
  const items: Array<Pick<ParetoBar, 'id' | 'label' | 'code' | 'count'>> = head.map((r) => ({ id: r.rootCauseId, label: r.title || r.code, code: r.code, count: r.count }));
  if (tail.length) items.push({ id: null, label: otherLabel, code: null, count: tail.reduce((s, r) => s + r.count, 0) });
  let running = 0;
  return items.map((item) => {
    const before = running;
    running += item.count;
    return {
      ...item,
      share: (item.count / total) * 100,
      cumulative: running === total ? 100 : (running / total) * 100,
      vital: item.id !== null && (before / total) * 100 < PARETO_MARK,
    };
  });
};

/** A number in the console's language (Persian digits in Persian). */
export const formatCount = (value: number, locale: string): string => formatNumber(value, locale);

/** A percentage given as 0..100, one decimal at most, in the console's language ("۸۰٪" in Persian). */
export const formatPercent = (value: number | null | undefined, locale: string, digits = 1): string =>
  value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: digits });

/** A share given as 0..1, as a percentage. */
export const formatShare = (value: number | null | undefined, locale: string, digits = 1): string =>
  value === null || value === undefined ? '—' : formatPercent(value * 100, locale, digits);

/** Persian month names of the Solar Hijri calendar, Farvardin first. */
export const JALALI_MONTHS_FA = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

/**
 * A trend bucket's label. The server names a bucket by its first day in the report's calendar:
 * Jalali (`1405-08-01`, Latin digits) when the console asks in Persian, Gregorian otherwise. A
 * month reads "آبان ۱۴۰۵" / "Nov 2026", a day or a week's first day "۱۲ آبان" / "12 Nov".
 */
export const bucketLabel = (bucket: string, interval: TrendInterval, locale: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(bucket);
  if (!match) return bucket;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (locale === 'fa' && y < 1700) {
    const digits = (n: number) => formatNumber(n, 'fa', { useGrouping: false });
    const month = JALALI_MONTHS_FA[m - 1] ?? String(m);
    return interval === 'month' ? `${month} ${digits(y)}` : `${digits(d)} ${month}`;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    interval === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
};

/** A report's CSV file name: `complaint-desk-root-causes-2026-09-04_2026-12-03.csv` (last day inclusive). */
export const csvFileName = (name: ReportName, filters: ReportFilters): string =>
  `complaint-desk-${name}-${filters.from}_${addDays(filters.to, -1)}.csv`;

/** Whether an answer has nothing to show (no rows, or only zeros). */
export const isEmptyAnswer = (answer: { rows: readonly unknown[] }): boolean => {
  if (answer.rows.length === 0) return true;
  const numbers = (answer.rows as unknown as Array<Record<string, unknown>>).flatMap((row) =>
    Object.entries(row)
      .filter(([key, v]) => typeof v === 'number' && !['score', 'verificationWindowDays'].includes(key))
      .map(([, v]) => v as number)
  );
  return numbers.length > 0 && numbers.every((n) => n === 0);
};
