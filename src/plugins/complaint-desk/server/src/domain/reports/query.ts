/**
 * The report query (`GET /reports/{name}`): names, dates, filters and options checked with zod,
 * each problem a 400 issue naming its field. Dates are ISO 8601 instants or plain dates; a plain
 * date means local midnight in the business calendar's time zone, so `from=2026-01-01&to=2027-01-01`
 * is the calendar year where the desk works. `to` is exclusive. Framework-free.
 */
import { z } from 'zod';
import { CHANNELS, LANGUAGES } from '../../../../shared/enums';
import {
  REPORT_CALENDARS,
  REPORT_LOCALES,
  REPORT_MAX_PERIOD_YEARS,
  REPORT_NAMES,
  TREND_INTERVALS,
  type ReportCalendar,
  type ReportLocale,
  type ReportName,
  type TrendInterval,
} from '../../../../shared/reports';
import type { Channel, Language } from '../../../../shared/enums';
import { fromLocal } from '../working-time';

export interface Issue {
  path: string;
  message: string;
}

/** A checked report query: the period as instants, the filters, the options. */
export interface ParsedReportQuery {
  name: ReportName;
  from: Date;
  to: Date;
  categoryId?: string;
  channel?: Channel;
  teamId?: string;
  language?: Language;
  interval: TrendInterval;
  calendar: ReportCalendar;
  /** The CSV's label language when the caller named one. */
  locale?: ReportLocale;
  format: 'json' | 'csv';
}

/** The default period when `from` is absent: the twelve months before `to`. */
export const DEFAULT_PERIOD_MONTHS = 12;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// An instant with its offset (or Z): a bare local time would depend on the server's zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const date = z.string().refine((s) => DATE_ONLY.test(s) || INSTANT.test(s), 'must be a date (YYYY-MM-DD) or an ISO 8601 instant with its offset');
const documentId = z.string().regex(DOCUMENT_ID, 'must be a documentId');

const schema = z
  .object({
    from: date.optional(),
    to: date.optional(),
    categoryId: documentId.optional(),
    channel: z.enum(CHANNELS).optional(),
    teamId: documentId.optional(),
    language: z.enum(LANGUAGES).optional(),
    interval: z.enum(TREND_INTERVALS).optional(),
    calendar: z.enum(REPORT_CALENDARS).optional(),
    locale: z.enum(REPORT_LOCALES).optional(),
    format: z.enum(['json', 'csv']).optional(),
  })
  .strict();

/** The instant a query date names: a plain date is local midnight in `timeZone`. */
export function instantOf(value: string, timeZone: string): Date | null {
  if (DATE_ONLY.test(value)) {
    try {
      return fromLocal(value, '00:00', timeZone);
    } catch {
      return null;
    }
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `to` moved back by whole calendar years (29 February → 28 February). */
function yearsBefore(to: Date, years: number): Date {
  const d = new Date(to.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - years);
  if (d.getUTCDate() !== to.getUTCDate()) d.setUTCDate(0);
  return d;
}

function monthsBefore(to: Date, months: number): Date {
  const d = new Date(to.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export const isReportName = (value: unknown): value is ReportName => typeof value === 'string' && (REPORT_NAMES as readonly string[]).includes(value);

/**
 * Checks a report's name and query. Unknown names and fields, bad enumerations and dates, `from`
 * not before `to`, and a period over REPORT_MAX_PERIOD_YEARS each give an issue naming the field.
 * `timeZone` reads plain dates; `now` is the default `to`.
 */
export function parseReportQuery(name: string, raw: Record<string, unknown>, timeZone: string, now: Date): { ok: true; query: ParsedReportQuery } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!isReportName(name)) issues.push({ path: 'name', message: `unknown report; one of ${REPORT_NAMES.join(', ')}` });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const keys = (i as { keys?: string[] }).keys;
      if (keys?.length) for (const k of keys) issues.push({ path: k, message: 'unknown query parameter' });
      else issues.push({ path: i.path.join('.'), message: i.message });
    }
  }
  if (issues.length || !parsed.success || !isReportName(name)) return { ok: false, issues };
  const q = parsed.data;
  const to = q.to !== undefined ? instantOf(q.to, timeZone) : now;
  if (!to) return { ok: false, issues: [{ path: 'to', message: 'not a valid date' }] };
  const from = q.from !== undefined ? instantOf(q.from, timeZone) : monthsBefore(to, DEFAULT_PERIOD_MONTHS);
  if (!from) return { ok: false, issues: [{ path: 'from', message: 'not a valid date' }] };
  if (from.getTime() >= to.getTime()) return { ok: false, issues: [{ path: 'from', message: 'must be before to' }] };
  if (from.getTime() < yearsBefore(to, REPORT_MAX_PERIOD_YEARS).getTime()) {
    return { ok: false, issues: [{ path: 'to', message: `the period must not exceed ${REPORT_MAX_PERIOD_YEARS} years` }] };
  }
  const calendar: ReportCalendar = q.calendar ?? (q.locale === 'fa' ? 'jalali' : 'gregorian');
  return {
    ok: true,
    query: {
      name,
      from,
      to,
      ...(q.categoryId !== undefined && { categoryId: q.categoryId }),
      ...(q.channel !== undefined && { channel: q.channel }),
      ...(q.teamId !== undefined && { teamId: q.teamId }),
      ...(q.language !== undefined && { language: q.language }),
      interval: q.interval ?? 'month',
      calendar,
      ...(q.locale !== undefined && { locale: q.locale }),
      format: q.format ?? 'json',
    },
  };
}

/**
 * The period of the root-cause list's `complaintCount` (`complaintsFrom`, `complaintsTo`, read like
 * a report's `from` and `to`; by default the twelve months before now). Issues name the parameter.
 */
export function parseCountPeriod(raw: Record<string, unknown>, timeZone: string, now: Date): { ok: true; from: Date; to: Date } | { ok: false; issues: Issue[] } {
  const read = (key: 'complaintsFrom' | 'complaintsTo'): Date | null | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    return typeof v === 'string' && (DATE_ONLY.test(v) || INSTANT.test(v)) ? instantOf(v, timeZone) : null;
  };
  const to = read('complaintsTo');
  if (to === null) return { ok: false, issues: [{ path: 'complaintsTo', message: 'must be a date (YYYY-MM-DD) or an ISO 8601 instant with its offset' }] };
  const until = to ?? now;
  const from = read('complaintsFrom');
  if (from === null) return { ok: false, issues: [{ path: 'complaintsFrom', message: 'must be a date (YYYY-MM-DD) or an ISO 8601 instant with its offset' }] };
  const since = from ?? monthsBefore(until, DEFAULT_PERIOD_MONTHS);
  if (since.getTime() >= until.getTime()) return { ok: false, issues: [{ path: 'complaintsFrom', message: 'must be before complaintsTo' }] };
  return { ok: true, from: since, to: until };
}
