/**
 * node-pg type parsers for the complaint page statement: datetimes become the ISO strings the
 * record shows, straight from PostgreSQL's text, instead of a Date object parsed with regular
 * expressions and formatted again (~10% of a list request's CPU).
 */

/** The part of node-pg's `types` module the parsers use. */
export interface PgTypes {
  getTypeParser(oid: number, format?: string): (text: string) => unknown;
}

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

const PG_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{1,6})?$/;
/**
 * PostgreSQL's text of a UTC timestamp ('2026-11-30 14:27:21.81', ISO DateStyle) → the ISO string
 * `new Date(…).toISOString()` gives for it ('2026-11-30T14:27:21.810Z'): the fraction is cut to
 * whole milliseconds as node-pg's parser and Date cut it (`Math.trunc(1000 * 0.81…)`). Undefined
 * for anything else (years before 100, BC, infinity…), which the caller leaves to node-pg's parser.
 */
export function pgUtcTimestampToIso(text: string): string | undefined {
  const m = PG_TIMESTAMP.exec(text);
  if (!m || text < '0100') return undefined;
  const ms = m[3] ? Math.trunc(1000 * parseFloat(m[3])) : 0;
  return `${m[1]}T${m[2]}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

/** True when this process's local time is UTC (node-pg reads `timestamp without time zone` as local time). */
export function processIsUtc(): boolean {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ['UTC', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu', 'Etc/GMT', 'GMT', 'Etc/Greenwich'].includes(tz);
}

/**
 * Per-query type parsers (node-pg's `types` query option): datetimes as ISO strings; text that is
 * not plainly UTC goes through node-pg's own parser and `toISOString`. Other types: node-pg's parsers.
 */
export function pgPageTypes(driverTypes: PgTypes): PgTypes {
  const viaDate = (parse: (text: string) => unknown) => (text: string) => {
    const v = parse(text);
    const d = v instanceof Date ? v : new Date(v as string | number);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  };
  const local = viaDate(driverTypes.getTypeParser(TIMESTAMP, 'text'));
  const zoned = viaDate(driverTypes.getTypeParser(TIMESTAMPTZ, 'text'));
  // `timestamp without time zone` is read as local time by node-pg: the text is UTC only when the process is.
  const timestamp = processIsUtc() ? (text: string) => pgUtcTimestampToIso(text) ?? local(text) : local;
  const timestamptz = (text: string) => (text.endsWith('+00') ? pgUtcTimestampToIso(text.slice(0, -3)) : undefined) ?? zoned(text);
  return {
    getTypeParser(oid: number, format?: string) {
      if (format === undefined || format === 'text') {
        if (oid === TIMESTAMP) return timestamp;
        if (oid === TIMESTAMPTZ) return timestamptz;
      }
      return driverTypes.getTypeParser(oid, format);
    },
  };
}
