/**
 * The trends report's buckets: days, weeks or months of the business calendar's time zone, in the
 * Gregorian calendar or the Jalali one (the Persian view). Each bucket is a local calendar span
 * turned into the instants `[start, end)` it covers (a DST day lasts 23 or 25 hours), cut to the
 * report's period, so the SQL only counts rows between instants. Gregorian weeks start on Monday
 * (ISO 8601), Jalali weeks on Saturday (the Iranian week). Framework-free.
 */
import { addDays as jAddDays, addMonths as jAddMonths, format as jFormat, startOfMonth as jStartOfMonth, startOfWeek as jStartOfWeek } from 'date-fns-jalali';
import type { ReportCalendar, TrendInterval } from '../../../../shared/reports';
import { fromLocal, toLocal } from '../working-time';

export interface Bucket {
  /** The bucket's first local day in the report's calendar, `YYYY-MM-DD`. */
  bucket: string;
  start: Date;
  end: Date;
}

/** The most buckets one report answers (5 years of days and a margin). */
export const MAX_BUCKETS = 2000;

type Civil = [year: number, month: number, day: number];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = ([y, m, d]: Civil) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const parse = (date: string): Civil => date.split('-').map(Number) as Civil;

// Gregorian steps on UTC dates (no zone, no DST).
function gregorian(date: Civil, interval: TrendInterval): { first: Civil; next: (c: Civil) => Civil } {
  const asUtc = (c: Civil) => new Date(Date.UTC(c[0], c[1] - 1, c[2]));
  const civil = (d: Date): Civil => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  if (interval === 'day') return { first: date, next: (c) => civil(new Date(asUtc(c).getTime() + 86_400_000)) };
  if (interval === 'week') {
    const d = asUtc(date);
    const back = (d.getUTCDay() + 6) % 7; // days since Monday
    return { first: civil(new Date(d.getTime() - back * 86_400_000)), next: (c) => civil(new Date(asUtc(c).getTime() + 7 * 86_400_000)) };
  }
  return { first: [date[0], date[1], 1], next: ([y, m]) => (m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1]) };
}

// Jalali steps through date-fns-jalali, on process-local Date objects standing for civil days
// (only their local Y-M-D is read, so the process's own zone does not matter).
function jalali(date: Civil, interval: TrendInterval): { first: Civil; next: (c: Civil) => Civil } {
  const asLocal = (c: Civil) => new Date(c[0], c[1] - 1, c[2], 12);
  const civil = (d: Date): Civil => [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  const d = asLocal(date);
  if (interval === 'day') return { first: date, next: (c) => civil(jAddDays(asLocal(c), 1)) };
  if (interval === 'week') return { first: civil(jStartOfWeek(d, { weekStartsOn: 6 })), next: (c) => civil(jAddDays(asLocal(c), 7)) };
  return { first: civil(jStartOfMonth(d)), next: (c) => civil(jStartOfMonth(jAddMonths(asLocal(c), 1))) };
}

/** The Jalali form `YYYY-MM-DD` (Latin digits) of a Gregorian civil date. */
export function jalaliDate(gregorianDate: string): string {
  const [y, m, d] = parse(gregorianDate);
  return jFormat(new Date(y, m - 1, d, 12), 'yyyy-MM-dd');
}

/**
 * The buckets covering `[from, to)` in `timeZone`, first to last, every one present (a quiet day
 * is a bucket with nothing in it). Throws a RangeError past MAX_BUCKETS.
 */
export function trendBuckets(from: Date, to: Date, interval: TrendInterval, calendar: ReportCalendar, timeZone: string): Bucket[] {
  const firstDay = parse(toLocal(from, timeZone).date);
  const lastDay = toLocal(new Date(to.getTime() - 1), timeZone).date;
  const step = calendar === 'jalali' ? jalali(firstDay, interval) : gregorian(firstDay, interval);
  const out: Bucket[] = [];
  for (let c = step.first; iso(c) <= lastDay; ) {
    const nextDay = step.next(c);
    const start = fromLocal(iso(c), '00:00', timeZone);
    const end = fromLocal(iso(nextDay), '00:00', timeZone);
    out.push({
      bucket: calendar === 'jalali' ? jalaliDate(iso(c)) : iso(c),
      start: start < from ? from : start,
      end: end > to ? to : end,
    });
    if (out.length > MAX_BUCKETS) throw new RangeError(`more than ${MAX_BUCKETS} buckets`);
    c = nextDay;
  }
  return out;
}
