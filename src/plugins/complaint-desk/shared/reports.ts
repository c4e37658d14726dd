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
}
