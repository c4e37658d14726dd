/**
 * The continuous-improvement reports (`GET /api/complaint-desk/reports/{name}`): their names, the
 * filters every report takes and the answer's envelope. Each report's row shape is declared here
 * too, so the console's charts and the server's queries agree on one set of fields.
 */
import type { Channel, Language } from './enums';

export const REPORT_NAMES = [
  'root-causes',
  'trends',
  'sla-compliance',
  'capa-effectiveness',
  'first-contact-resolution',
  'satisfaction',
  'repeat-complainants',
  'regulator',
  'mass-incidents',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** Buckets of the trends report, in the business calendar's time zone. */
export const TREND_INTERVALS = ['day', 'week', 'month'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

/** The regulator's five complaint classes, which content editors map categories to. */
export const REGULATOR_CLASSES = ['support', 'financial', 'contract', 'service_quality', 'service_not_provided'] as const;
export type RegulatorClass = (typeof REGULATOR_CLASSES)[number];

/** The longest period one report covers. */
export const REPORT_MAX_PERIOD_YEARS = 5;

/** The query every report takes (dates are ISO 8601; `to` is exclusive). */
export interface ReportQuery {
  from: string;
  to: string;
  categoryId?: string;
  channel?: Channel;
  teamId?: string;
  language?: Language;
  /** Trends only. */
  interval?: TrendInterval;
  /** Trends only: Jalali buckets (the default with `locale=fa`). */
  calendar?: ReportCalendar;
  /** The CSV's column labels; the caller's language by default. */
  locale?: ReportLocale;
}

/** One column of a report: the row field it shows and its kind, for the CSV and the table. */
export interface ReportColumn {
  field: string;
  kind: 'text' | 'count' | 'share' | 'number' | 'date';
}

/** A report's answer as JSON. */
export interface ReportResult<Row = Record<string, unknown>> {
  name: ReportName;
  query: ReportQuery;
  /** `team`: an agent's or specialist's figures, limited to their teams. */
  scope: 'all' | 'team';
  columns: ReportColumn[];
  rows: Row[];
  /** Trends only: the time zone and calendar of the buckets. */
  timeZone?: string;
  calendar?: ReportCalendar;
}

/** The calendars a trends report can bucket in; `jalali` is the Persian view's (also chosen by `locale=fa`). */
export const REPORT_CALENDARS = ['gregorian', 'jalali'] as const;
export type ReportCalendar = (typeof REPORT_CALENDARS)[number];

/** The CSV's column-label languages (a `locale` query, else the caller's language, else English). */
export const REPORT_LOCALES = ['en', 'fa', 'ru', 'zh'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

/**
 * Common to every report: the period `[from, to)` applies to the complaint's `receivedAt` unless a
 * report says otherwise; `categoryId` selects that category and its whole subtree; `channel`,
 * `teamId` (the complaint's queue team) and `language` filter the complaints counted. An agent's or
 * specialist's report counts only complaints of their own teams (`scope: "team"`).
 */

/**
 * `root-causes` — the Pareto of recurring causes. Each complaint received in the period that links
 * to a root cause counts once for each of its root causes. Rows are sorted by `count` descending,
 * then `code`; `share` is `count` over the sum of all rows' counts, and `cumulativeShare` adds the
 * shares down to this row (the last row is 1). Complaints without a root cause are not counted.
 */
export interface RootCauseReportRow {
  rootCauseId: string;
  code: string;
  title: string;
  sixM: string | null;
  count: number;
  /** 0..1 */
  share: number;
  /** 0..1, non-decreasing down the rows */
  cumulativeShare: number;
}

/**
 * `trends` — volume per bucket (`interval` day, week or month, default month) in the business
 * calendar's time zone (the default SLA policy's calendar, else UTC). Weeks start on Saturday in the
 * Jalali calendar and on Monday in the Gregorian one. `received` counts complaints whose
 * `receivedAt` falls in the bucket; `resolved` counts complaints whose `resolvedAt` falls in it (of
 * those matching the filters). Every bucket of the period has a row, empty ones with zeros; the
 * first and last buckets are cut to the period.
 */
export interface TrendReportRow {
  /**
   * The calendar bucket's first day, `YYYY-MM-DD` in the report's calendar (Jalali with Latin
   * digits), even when the period starts later in it: it names the day, week or month.
   */
  bucket: string;
  /** The instants the bucket covers, `[start, end)`, ISO 8601 UTC. */
  start: string;
  end: string;
  received: number;
  resolved: number;
}

/**
 * `sla-compliance` — per SLA stage and queue team, over complaints received in the period. A stage
 * is `met` when its met moment is at or before its deadline, `breached` when it was met late or is
 * still unmet after its deadline, `pending` when it is unmet and not yet due. `compliance` is
 * `met / (met + breached)` (null with no decided stage). Stages without a deadline are not counted.
 */
export interface SlaComplianceReportRow {
  stage: 'acknowledgment' | 'assessment' | 'evaluation' | 'resolution';
  teamId: string | null;
  teamName: string | null;
  met: number;
  breached: number;
  pending: number;
  /** 0..1 or null */
  compliance: number | null;
}

/**
 * `capa-effectiveness` — one row per corrective action implemented in the period (the period
 * applies to the action's `implementedAt`; `categoryId` to the action's category subtree). `before`
 * counts complaints with the action's root cause, in its category subtree (any category when the
 * action has none), received in the verification window before `implementedAt`; `after` those
 * received in the window after it (`[implementedAt, implementedAt + window days)`), so far. The
 * complaint filters (channel, team, language) apply to both counts. `result` is the action's
 * effectiveness result (the override's when one is set), null until evaluated.
 */
export interface CapaEffectivenessReportRow {
  correctiveActionId: string;
  title: string;
  status: string;
  rootCauseId: string | null;
  rootCauseCode: string | null;
  categoryId: string | null;
  implementedAt: string;
  verificationWindowDays: number;
  before: number;
  after: number;
  result: 'effective' | 'ineffective' | null;
}

/**
 * `first-contact-resolution` — per channel (every channel has a row), over complaints received in
 * the period that are concluded (status `resolved`, `closed` or `open_external`; rejected ones are
 * not complaints the desk resolved): `concluded` counts them; `firstContact` those concluded on the
 * first line (`escalationLevel` line1), in the first response round, without a CFT review, and not
 * `open_external`; `share` is `firstContact / concluded`.
 */
export interface FirstContactResolutionReportRow {
  channel: Channel;
  concluded: number;
  firstContact: number;
  /** 0..1 or null when nothing was concluded */
  share: number | null;
}

/**
 * `satisfaction` — the distribution of survey scores, one row per score 1..5: how many surveys
 * recorded in the period (the survey's `createdAt`) gave that score for the result and for the
 * process. The complaint filters apply to the survey's complaint.
 */
export interface SatisfactionReportRow {
  score: 1 | 2 | 3 | 4 | 5;
  result: number;
  process: number;
}

/**
 * `repeat-complainants` — customers with two or more complaints received in the period, most
 * complaints first (then the latest), at most 100 rows. Name, phone and email are null for roles
 * that do not receive personal data.
 */
export interface RepeatComplainantReportRow {
  customerId: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  complaints: number;
  firstReceivedAt: string;
  lastReceivedAt: string;
}

/**
 * `regulator` — complaints received in the period by the regulator class of their category (the
 * category's `regulatorClass`, else its nearest ancestor's); `regulatorClass` null gathers the
 * unmapped ones. One row per class in REGULATOR_CLASSES order (zeros included), then the unmapped
 * row when it is not empty; `share` is over all rows.
 */
export interface RegulatorReportRow {
  regulatorClass: RegulatorClass | null;
  count: number;
  share: number;
}

/**
 * `mass-incidents` — mass incidents with complaints received in the period: `complaints` counts
 * them, `open` those of them not yet concluded (not resolved, closed, rejected or open_external).
 * Most complaints first.
 */
export interface MassIncidentReportRow {
  massIncidentId: string;
  title: string;
  status: string;
  startedAt: string | null;
  endedAt: string | null;
  complaints: number;
  open: number;
}

/** Each report's row type by name. */
export interface ReportRows {
  'root-causes': RootCauseReportRow;
  trends: TrendReportRow;
  'sla-compliance': SlaComplianceReportRow;
  'capa-effectiveness': CapaEffectivenessReportRow;
  'first-contact-resolution': FirstContactResolutionReportRow;
  satisfaction: SatisfactionReportRow;
  'repeat-complainants': RepeatComplainantReportRow;
  regulator: RegulatorReportRow;
  'mass-incidents': MassIncidentReportRow;
}

/** A report's JSON answer with its row type. */
export type ReportAnswer<N extends ReportName> = ReportResult<ReportRows[N]> & { name: N };
