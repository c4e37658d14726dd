/**
 * Working-time SLA arithmetic: deadlines such as "2 working days" in any IANA time zone and any
 * working week (e.g. Iran's Saturday–Wednesday week). Framework-free: no imports at all; time zones
 * come from `Intl` (Node's full ICU), never from hand-written offsets.
 *
 * Model
 * - A calendar gives, for every local date, a list of wall-clock spans ('08:00'–'17:30', possibly
 *   split). Holidays (dated or yearly) have none; a half day replaces that date's/weekday's spans.
 * - Each span is turned into a real interval [start, end) of UTC instants. Working time is the real
 *   elapsed time inside those intervals, so on a DST day the span 01:00–04:00 lasts 2 h or 4 h.
 * - Wall time → instant: a time that does not exist (spring-forward gap) moves forward to the first
 *   valid instant (the transition itself); an ambiguous one (fall-back) takes the earlier instant.
 * - A "working day" in a Duration is the nominal length of a regular full working day: the sum of
 *   `hours` (08:00–17:30 → 9.5 h), independent of DST, half days and holidays.
 * - Days are walked in the calendar's local dates (never by adding 24 h).
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** ['08:00', '17:30']: local wall-clock times; '24:00' is allowed as an end. */
export type Span = [string, string];
/** Replaces that day's hours: by weekday (every week; makes the weekday a working day) or by date. */
export interface HalfDay {
  weekday?: Weekday;
  date?: string;
  hours: Span[];
}
export interface Calendar {
  /** IANA name, e.g. 'Asia/Tehran'. */
  timezone: string;
  workingDays: Weekday[];
  /** Daily hours, possibly split: [['08:00','12:00'],['13:00','17:30']]. */
  hours: Span[];
  halfDays?: HalfDay[];
  /** 'YYYY-MM-DD' dates off. */
  holidays?: string[];
  /** 'MM-DD' dates off every year ('02-29' only in leap years). */
  yearlyHolidays?: string[];
}
/** Non-negative. `days` are nominal working days of the calendar (see workingDayMs). */
export interface Duration {
  days?: number;
  hours?: number;
}
export interface Issue {
  path: string;
  message: string;
}

/**
 * Upper bounds of what a calendar or a duration may hold. A deadline more than a year of working days
 * away is no service level, and the arithmetic walks day by day: bounded input keeps every request
 * short and every deadline computable.
 */
export const LIMITS = {
  /** Working days of one duration (an SLA stage, a preview). */
  days: 365,
  /** Hours of one duration (a year of round-the-clock hours). */
  hours: 8760,
  /** Dated holidays of one calendar (about 30 years of a generous country's). */
  holidays: 2000,
  yearlyHolidays: 366,
  halfDays: 1000,
  /** Spans of one day's hours. */
  spans: 48,
  timezone: 64,
} as const;

/** Thrown by the arithmetic functions when handed an invalid calendar, duration or date. */
export class WorkingTimeError extends RangeError {
  override name = 'WorkingTimeError';
  constructor(
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Longest run of consecutive local dates without working time before we give up. */
export const MAX_EMPTY_DAYS = 3660;
/** Longest total scan (about 200 years): guards against absurd durations. */
const MAX_SCAN_DAYS = 366 * 200;

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_INDEX = new Map<string, number>(WEEKDAYS.map((w, i) => [w, i]));

// ---------------------------------------------------------------------------------------------
// Civil (proleptic Gregorian) date arithmetic on day numbers (days since 1970-01-01).
// ---------------------------------------------------------------------------------------------

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' → day number, or null. */
function parseDate(s: unknown): number | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

/** 'MM-DD' → month * 100 + day, or null ('02-29' is valid). */
function parseMonthDay(s: unknown): number | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [mo, d] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(2000, mo)) return null;
  return mo * 100 + d;
}

/** 'HH:MM' → minutes since midnight, or null. '24:00' (1440) only where `allow24`. */
function parseTime(s: unknown, allow24: boolean): number | null {
  if (typeof s !== 'string') return null;
  if (s === '24:00') return allow24 ? 1440 : null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

// ---------------------------------------------------------------------------------------------
// Time zones through Intl.
// ---------------------------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** UTC offset (local − UTC, ms) at instant `t`, straight from Intl (slow: ~20 µs). */
function intlOffset(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000; // Intl resolves seconds; transitions are on whole seconds
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of formatter(timeZone).formatToParts(whole)) {
    switch (p.type) {
      case 'year': y = Number(p.value); break;
      case 'month': mo = Number(p.value); break;
      case 'day': d = Number(p.value); break;
      case 'hour': h = Number(p.value) % 24; break; // some ICU builds print 24 for midnight
      case 'minute': mi = Number(p.value); break;
      case 'second': s = Number(p.value); break;
      default: break;
    }
  }
  return daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + s * 1000 - whole;
}

/**
 * Offsets of one zone, memoised so that Intl is asked rarely. Instants are split into 4-day cells;
 * the offset is read at each cell boundary. Equal offsets at both ends ⇒ the cell is constant
 * (checked against every zone for 1990–2040: transitions are at least ~7 days apart, the closest
 * being Brazil's one-week DST of October 2000); different ⇒ the one transition inside is located to
 * the second (binary search by hour, then by second) and memoised. A cell that turns out to hold
 * more than one transition is answered directly from Intl.
 */
const CELL = 4 * DAY;
interface CellTransition {
  at: number; // first instant with the new offset
  irregular: boolean;
}

class ZoneOffsets {
  private readonly grid = new Map<number, number>();
  private readonly cells = new Map<number, CellTransition>();

  constructor(readonly timeZone: string) {}

  offsetAt(t: number): number {
    const k = Math.floor(t / CELL);
    const a = this.gridAt(k);
    const b = this.gridAt(k + 1);
    if (a === b) return a;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = this.locate(k * CELL, a, b);
      this.cells.set(k, cell);
    }
    if (cell.irregular) return intlOffset(t, this.timeZone);
    return t < cell.at ? a : b;
  }

  private gridAt(k: number): number {
    let o = this.grid.get(k);
    if (o === undefined) {
      if (this.grid.size > 200_000) this.grid.clear();
      o = intlOffset(k * CELL, this.timeZone);
      this.grid.set(k, o);
    }
    return o;
  }

  private locate(lo: number, a: number, b: number): CellTransition {
    const tz = this.timeZone;
    // Smallest whole hour j in [1, 96] whose start already has a different offset.
    let jLo = 0; // offset a at lo + jLo h
    let jHi = CELL / HOUR; // offset b ≠ a at the cell end
    while (jHi - jLo > 1) {
      const mid = (jLo + jHi) >> 1;
      if (intlOffset(lo + mid * HOUR, tz) === a) jLo = mid;
      else jHi = mid;
    }
    const hourEnd = lo + jHi * HOUR;
    let at = hourEnd;
    if (intlOffset(hourEnd - 1000, tz) !== a) {
      // Not on the hour: search seconds inside (lo + jLo h, hourEnd].
      let sLo = 0;
      let sHi = 3600;
      const base = lo + jLo * HOUR;
      while (sHi - sLo > 1) {
        const mid = (sLo + sHi) >> 1;
        if (intlOffset(base + mid * 1000, tz) === a) sLo = mid;
        else sHi = mid;
      }
      at = base + sHi * 1000;
    }
    return { at, irregular: intlOffset(at, tz) !== b };
  }
}

const zones = new Map<string, ZoneOffsets>();

function zone(timeZone: string): ZoneOffsets {
  let z = zones.get(timeZone);
  if (!z) {
    formatter(timeZone); // throws RangeError for an unknown zone
    z = new ZoneOffsets(timeZone);
    zones.set(timeZone, z);
  }
  return z;
}

/**
 * Wall-clock time (local ms as if it were UTC) → instant. Gap → the first valid instant (the
 * transition); ambiguous → the earlier instant.
 */
function wallToInstant(wall: number, z: ZoneOffsets): number {
  // An instant whose local time is `wall` lies in [wall − 14 h, wall + 12 h] (offsets −12…+14 h).
  const o1 = z.offsetAt(wall - 14 * HOUR);
  const o2 = z.offsetAt(wall + 12 * HOUR);
  if (o1 === o2) return wall - o1;
  const c1 = wall - o1;
  const c2 = wall - o2;
  const v1 = z.offsetAt(c1) === o1;
  const v2 = z.offsetAt(c2) === o2;
  if (v1 && v2) return Math.min(c1, c2);
  if (v1) return c1;
  if (v2) return c2;
  // Gap: the first instant whose local time is at or after `wall`.
  let lo = Math.min(c1, c2); // local time < wall
  let hi = Math.max(c1, c2); // local time > wall
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + z.offsetAt(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** UTC offset (local − UTC) in ms at instant `t` in `timeZone` (e.g. +03:30 → 12_600_000). */
export function timeZoneOffsetMs(t: Date | number, timeZone: string): number {
  return zone(timeZone).offsetAt(instantOf(t, 't'));
}

/** Local calendar date 'YYYY-MM-DD' and wall time 'HH:MM:SS' of instant `t` in `timeZone`. */
export function toLocal(t: Date | number, timeZone: string): { date: string; time: string; weekday: Weekday } {
  const ms = instantOf(t, 't');
  const local = ms + zone(timeZone).offsetAt(ms);
  const dn = Math.floor(local / DAY);
  const [y, m, d] = civilFromDays(dn);
  const sec = Math.floor((local - dn * DAY) / 1000);
  return {
    date: `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
    time: `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`,
    weekday: WEEKDAYS[weekdayOf(dn)],
  };
}

/**
 * The instant of local `date` ('YYYY-MM-DD') at wall `time` ('HH:MM', 'HH:MM:SS' or '24:00') in
 * `timeZone`; same DST rules as the calendar (gap → forward to the transition, overlap → earlier).
 */
export function fromLocal(date: string, time: string, timeZone: string): Date {
  const dn = parseDate(date);
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  const secs = m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : NaN;
  if (dn === null || !m || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59 || secs > 86400) {
    throw new WorkingTimeError(`invalid local date/time ${date} ${time}`);
  }
  return new Date(wallToInstant(dn * DAY + secs * 1000, zone(timeZone)));
}

// ---------------------------------------------------------------------------------------------
// Validation (400-style: every issue, each naming its field).
// ---------------------------------------------------------------------------------------------

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isKnownTimeZone(tz: string): boolean {
  if (!/^[A-Za-z]/.test(tz)) return false; // '+03:30' and friends: offsets are not zones
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** Validates spans; returns them as flat minutes [s0, e0, s1, e1, …] or null. */
function checkSpans(input: unknown, path: string, issues: Issue[]): number[] | null {
  if (!Array.isArray(input)) {
    issues.push({ path, message: 'must be a list of [start, end] spans like ["08:00", "17:30"]' });
    return null;
  }
  if (input.length === 0) {
    issues.push({ path, message: 'must contain at least one [start, end] span (no working time otherwise)' });
    return null;
  }
  if (input.length > LIMITS.spans) {
    issues.push({ path, message: `must hold at most ${LIMITS.spans} spans` });
    return null;
  }
  const out: number[] = [];
  let ok = true;
  input.forEach((span, i) => {
    if (!Array.isArray(span) || span.length !== 2) {
      issues.push({ path: `${path}[${i}]`, message: 'must be a [start, end] pair of "HH:MM" times' });
      ok = false;
      return;
    }
    const s = parseTime(span[0], false);
    const e = parseTime(span[1], true);
    if (s === null) issues.push({ path: `${path}[${i}][0]`, message: 'must be a time "HH:MM" from 00:00 to 23:59' });
    if (e === null) issues.push({ path: `${path}[${i}][1]`, message: 'must be a time "HH:MM" from 00:01 to 24:00' });
    if (s === null || e === null) {
      ok = false;
      return;
    }
    if (e <= s) {
      issues.push({ path, message: `span ${i} (${span[0]}–${span[1]}): the end must be after the start` });
      ok = false;
      return;
    }
    out.push(s, e);
  });
  if (!ok) return null;
  for (let i = 2; i < out.length; i += 2) {
    if (out[i] < out[i - 2]) {
      issues.push({ path, message: `spans must be in chronological order (span ${i / 2} starts before span ${i / 2 - 1})` });
      return null;
    }
    if (out[i] < out[i - 1]) {
      issues.push({ path, message: `spans ${i / 2 - 1} and ${i / 2} overlap` });
      return null;
    }
  }
  return out;
}

function checkStringList(input: unknown, path: string, issues: Issue[], max: number, each: (v: unknown, p: string) => void): void {
  if (input === undefined) return;
  if (!Array.isArray(input)) {
    issues.push({ path, message: 'must be a list' });
    return;
  }
  if (input.length > max) {
    issues.push({ path, message: `must hold at most ${max} dates` });
    return;
  }
  input.forEach((v, i) => each(v, `${path}[${i}]`));
}

export function validateCalendar(input: unknown): { ok: true; calendar: Calendar } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!isRecord(input)) return { ok: false, issues: [{ path: '', message: 'calendar must be an object' }] };

  const { timezone, workingDays, hours, halfDays, holidays, yearlyHolidays } = input;
  if (typeof timezone === 'string' && timezone.length > LIMITS.timezone) {
    issues.push({ path: 'timezone', message: `must be at most ${LIMITS.timezone} characters` });
  } else if (typeof timezone !== 'string' || timezone === '') {
    issues.push({ path: 'timezone', message: 'is required: an IANA time zone such as "Asia/Tehran"' });
  } else if (!isKnownTimeZone(timezone)) {
    issues.push({ path: 'timezone', message: `unknown time zone "${timezone}" (use an IANA name such as "Asia/Tehran")` });
  }

  if (!Array.isArray(workingDays)) {
    issues.push({ path: 'workingDays', message: 'must be a list of weekdays such as ["mon", "tue"]' });
  } else if (workingDays.length > 7) {
    issues.push({ path: 'workingDays', message: 'must list at most 7 weekdays' });
  } else {
    if (workingDays.length === 0) issues.push({ path: 'workingDays', message: 'must contain at least one working day' });
    workingDays.forEach((w, i) => {
      if (typeof w !== 'string' || !WEEKDAY_INDEX.has(w)) {
        issues.push({ path: `workingDays[${i}]`, message: `unknown weekday ${JSON.stringify(w)} (use ${WEEKDAYS.join(', ')})` });
      }
    });
  }

  checkSpans(hours, 'hours', issues);

  if (halfDays !== undefined) {
    if (!Array.isArray(halfDays)) {
      issues.push({ path: 'halfDays', message: 'must be a list of { weekday | date, hours }' });
    } else if (halfDays.length > LIMITS.halfDays) {
      issues.push({ path: 'halfDays', message: `must hold at most ${LIMITS.halfDays} half days` });
    } else {
      const seen = new Set<string>();
      halfDays.forEach((h, i) => {
        const p = `halfDays[${i}]`;
        if (!isRecord(h)) {
          issues.push({ path: p, message: 'must be an object { weekday | date, hours }' });
          return;
        }
        if ((h.weekday === undefined) === (h.date === undefined)) {
          issues.push({ path: p, message: 'must have exactly one of weekday or date' });
        } else if (h.weekday !== undefined) {
          if (typeof h.weekday !== 'string' || !WEEKDAY_INDEX.has(h.weekday)) {
            issues.push({ path: `${p}.weekday`, message: `unknown weekday ${JSON.stringify(h.weekday)} (use ${WEEKDAYS.join(', ')})` });
          } else if (seen.has(`w:${h.weekday}`)) {
            issues.push({ path: `${p}.weekday`, message: `${h.weekday} already has a half day` });
          } else seen.add(`w:${h.weekday}`);
        } else if (parseDate(h.date) === null) {
          issues.push({ path: `${p}.date`, message: 'must be a valid date "YYYY-MM-DD"' });
        } else if (seen.has(`d:${h.date}`)) {
          issues.push({ path: `${p}.date`, message: `${h.date} already has a half day` });
        } else seen.add(`d:${h.date}`);
        checkSpans(h.hours, `${p}.hours`, issues);
      });
    }
  }

  checkStringList(holidays, 'holidays', issues, LIMITS.holidays, (v, p) => {
    if (parseDate(v) === null) issues.push({ path: p, message: 'must be a valid date "YYYY-MM-DD"' });
  });
  const yearly = new Set<number>();
  checkStringList(yearlyHolidays, 'yearlyHolidays', issues, LIMITS.yearlyHolidays, (v, p) => {
    const md = parseMonthDay(v);
    if (md === null) issues.push({ path: p, message: 'must be a valid month and day "MM-DD"' });
    else yearly.add(md);
  });
  if (yearly.size - (yearly.has(229) ? 1 : 0) >= 365) {
    issues.push({ path: 'yearlyHolidays', message: 'leaves no working day in the year' });
  }

  if (issues.length > 0) return { ok: false, issues };

  const v = input as unknown as Calendar;
  const calendar: Calendar = {
    timezone: v.timezone,
    workingDays: [...new Set(v.workingDays)],
    hours: v.hours.map(([s, e]) => [s, e] as Span),
  };
  if (v.halfDays !== undefined) {
    calendar.halfDays = v.halfDays.map((h) => ({
      ...(h.weekday !== undefined ? { weekday: h.weekday } : { date: h.date }),
      hours: h.hours.map(([s, e]) => [s, e] as Span),
    }));
  }
  if (v.holidays !== undefined) calendar.holidays = [...v.holidays];
  if (v.yearlyHolidays !== undefined) calendar.yearlyHolidays = [...v.yearlyHolidays];
  return { ok: true, calendar };
}

export function validateDuration(input: unknown, path?: string): { ok: true; duration: Duration } | { ok: false; issues: Issue[] } {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (!isRecord(input)) {
    return { ok: false, issues: [{ path: path ?? '', message: 'must be an object like { days: 2 } or { hours: 3 }' }] };
  }
  const issues: Issue[] = [];
  const duration: Duration = {};
  for (const key of ['days', 'hours'] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v !== 'number') issues.push({ path: at(key), message: 'must be a number' });
    else if (!Number.isFinite(v)) issues.push({ path: at(key), message: 'must be a finite number' });
    else if (v < 0) issues.push({ path: at(key), message: 'must not be negative' });
    else if (v > LIMITS[key]) issues.push({ path: at(key), message: `must be at most ${LIMITS[key]}` });
    else duration[key] = v === 0 ? 0 : v; // -0 → 0
  }
  if (input.days === undefined && input.hours === undefined) {
    issues.push({ path: at('days'), message: 'give days and/or hours' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, duration };
}

// ---------------------------------------------------------------------------------------------
// Compiled calendars.
// ---------------------------------------------------------------------------------------------

interface Compiled {
  zone: ZoneOffsets;
  dayMs: number;
  hours: number[];
  working: boolean[]; // by weekday index (0 = sun)
  halfByWeekday: (number[] | undefined)[];
  halfByDate: Map<number, number[]>;
  holidays: Set<number>;
  yearly: Set<number>;
  plans: Map<number, number[]>; // day number → flat real intervals [s0, e0, s1, e1, …]
}

const EMPTY: number[] = [];
const compiledCache = new Map<string, Compiled>();
/** Frozen calendars (they cannot change) are compiled once per object, without building the key. */
const compiledFrozen = new WeakMap<Calendar, Compiled>();

function spansOf(spans: Span[]): number[] {
  return spans.flatMap(([s, e]) => [parseTime(s, false) as number, parseTime(e, true) as number]);
}

function compile(cal: Calendar): Compiled {
  const frozen = Object.isFrozen(cal) ? compiledFrozen.get(cal) : undefined;
  if (frozen) return frozen;
  const compiled = compileByValue(cal);
  if (Object.isFrozen(cal)) compiledFrozen.set(cal, compiled);
  return compiled;
}

function compileByValue(cal: Calendar): Compiled {
  let key: string | undefined;
  try {
    key = JSON.stringify(cal);
  } catch {
    key = undefined;
  }
  const hit = key !== undefined ? compiledCache.get(key) : undefined;
  if (hit) return hit;
  const v = validateCalendar(cal);
  if (!v.ok) {
    throw new WorkingTimeError(`invalid calendar: ${v.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, v.issues);
  }
  const c = v.calendar;
  const hours = spansOf(c.hours);
  const working = WEEKDAYS.map((w) => c.workingDays.includes(w));
  const halfByWeekday: (number[] | undefined)[] = WEEKDAYS.map(() => undefined);
  const halfByDate = new Map<number, number[]>();
  for (const h of c.halfDays ?? []) {
    if (h.weekday !== undefined) halfByWeekday[WEEKDAY_INDEX.get(h.weekday) as number] = spansOf(h.hours);
    else halfByDate.set(parseDate(h.date) as number, spansOf(h.hours));
  }
  let dayMs = 0;
  for (let i = 0; i < hours.length; i += 2) dayMs += (hours[i + 1] - hours[i]) * MINUTE;
  const compiled: Compiled = {
    zone: zone(c.timezone),
    dayMs,
    hours,
    working,
    halfByWeekday,
    halfByDate,
    holidays: new Set((c.holidays ?? []).map((d) => parseDate(d) as number)),
    yearly: new Set((c.yearlyHolidays ?? []).map((d) => parseMonthDay(d) as number)),
    plans: new Map(),
  };
  if (key !== undefined) {
    if (compiledCache.size >= 256) compiledCache.delete(compiledCache.keys().next().value as string);
    compiledCache.set(key, compiled);
  }
  return compiled;
}

/** Wall-clock spans (flat minutes) of local date `dn`. */
function wallSpans(c: Compiled, dn: number): number[] {
  if (c.holidays.has(dn)) return EMPTY;
  const [, m, d] = civilFromDays(dn);
  if (c.yearly.has(m * 100 + d)) return EMPTY;
  const byDate = c.halfByDate.get(dn);
  if (byDate) return byDate;
  const wd = weekdayOf(dn);
  return c.halfByWeekday[wd] ?? (c.working[wd] ? c.hours : EMPTY);
}

/** Real working intervals [s, e) (UTC ms, flat) of local date `dn`, in order. */
function plan(c: Compiled, dn: number): number[] {
  let p = c.plans.get(dn);
  if (p) return p;
  const spans = wallSpans(c, dn);
  p = spans.length === 0 ? EMPTY : [];
  const base = dn * DAY;
  for (let i = 0; i < spans.length; i += 2) {
    const s = wallToInstant(base + spans[i] * MINUTE, c.zone);
    const e = wallToInstant(base + spans[i + 1] * MINUTE, c.zone);
    if (e > s) p.push(s, e); // a span swallowed by a DST gap has no working time
  }
  if (c.plans.size >= 50_000) c.plans.clear();
  c.plans.set(dn, p);
  return p;
}

function localDay(c: Compiled, t: number): number {
  return Math.floor((t + c.zone.offsetAt(t)) / DAY);
}

function instantOf(t: Date | number, name: string): number {
  const ms = t instanceof Date ? t.getTime() : t;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new WorkingTimeError(`${name} is not a valid date`);
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Public arithmetic.
// ---------------------------------------------------------------------------------------------

/** Length of a regular full working day: the sum of the calendar's `hours` (nominal, no DST). */
export function workingDayMs(cal: Calendar): number {
  return compile(cal).dayMs;
}

/**
 * Working time of a duration in ms, rounded to the millisecond: days × workingDayMs + hours × 1 h.
 * Missing fields count as 0 (an empty duration is zero here; validateDuration rejects it as input).
 */
export function durationMs(d: Duration, cal: Calendar): number {
  return durationOf(d, compile(cal));
}

function durationOf(d: Duration, c: Compiled): number {
  const days = d?.days ?? 0;
  const hours = d?.hours ?? 0;
  for (const [k, v] of [['days', days], ['hours', hours]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new WorkingTimeError(`duration ${k} must be a non-negative finite number`, [{ path: k, message: 'must be a non-negative finite number' }]);
    }
  }
  return Math.round(days * c.dayMs + hours * HOUR);
}

/** Inside a working span: start inclusive, end exclusive. */
export function isWorkingMoment(t: Date, cal: Calendar): boolean {
  const c = compile(cal);
  const ms = instantOf(t, 't');
  const dn = localDay(c, ms);
  for (let day = dn - 1; day <= dn + 1; day++) {
    const p = plan(c, day);
    for (let i = 0; i < p.length; i += 2) if (p[i] <= ms && ms < p[i + 1]) return true;
  }
  return false;
}

/** Walks the working intervals from `from` on; returns the instant after `need` ms of working time. */
function advance(c: Compiled, from: number, need: number): number {
  let empty = 0;
  const first = localDay(c, from) - 1;
  for (let day = first; day - first < MAX_SCAN_DAYS; day++) {
    const p = plan(c, day);
    for (let i = 0; i < p.length; i += 2) {
      const e = p[i + 1];
      if (e <= from) continue;
      const cur = Math.max(p[i], from);
      if (need === 0) return cur;
      if (need <= e - cur) return cur + need;
      need -= e - cur;
    }
    if (p.length > 0) empty = 0;
    else if (++empty >= MAX_EMPTY_DAYS) {
      throw new WorkingTimeError(`no working time in ${MAX_EMPTY_DAYS} consecutive days: check the calendar`);
    }
  }
  throw new WorkingTimeError('duration too long: the deadline is more than 200 years away');
}

/**
 * The instant after `duration` of working time counted from `start`. Outside working time the clock
 * starts at the next working moment. Zero → `start` if it is a working moment, else the next one.
 * A duration ending exactly at a span end returns that end (17:30), never the next morning.
 */
export function addWorkingTime(start: Date, duration: Duration, cal: Calendar): Date {
  const c = compile(cal);
  return new Date(advance(c, instantOf(start, 'start'), durationOf(duration, c)));
}

/** The first working moment at or after `t`. */
export function nextWorkingMoment(t: Date, cal: Calendar): Date {
  return new Date(advance(compile(cal), instantOf(t, 't'), 0));
}

/** Working time in [a, b) (0 if b <= a); days = ms / workingDayMs. */
export function workingTimeBetween(a: Date, b: Date, cal: Calendar): { ms: number; hours: number; days: number } {
  const c = compile(cal);
  const from = instantOf(a, 'a');
  const to = instantOf(b, 'b');
  let ms = 0;
  if (to > from) {
    const last = localDay(c, to) + 1;
    for (let day = localDay(c, from) - 1; day <= last; day++) {
      const p = plan(c, day);
      for (let i = 0; i < p.length; i += 2) {
        const s = Math.max(p[i], from);
        const e = Math.min(p[i + 1], to);
        if (e > s) ms += e - s;
      }
    }
  }
  return { ms, hours: ms / HOUR, days: ms / c.dayMs };
}

/** Validates the calendar fields of a stored business-calendar record (other fields are ignored). */
export function validateCalendarRecord(record: Record<string, unknown>): ReturnType<typeof validateCalendar> {
  return validateCalendar({
    timezone: record.timezone,
    workingDays: record.workingDays,
    hours: record.hours,
    halfDays: record.halfDays ?? undefined,
    holidays: record.holidays ?? undefined,
    yearlyHolidays: record.yearlyHolidays ?? undefined,
  });
}
