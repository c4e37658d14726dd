import fc from 'fast-check';
import {
  addWorkingTime,
  durationMs,
  fromLocal,
  isWorkingMoment,
  nextWorkingMoment,
  timeZoneOffsetMs,
  toLocal,
  validateCalendar,
  validateDuration,
  workingDayMs,
  workingTimeBetween,
  WorkingTimeError,
  type Calendar,
  type Duration,
  type Weekday,
} from '../../src/plugins/complaint-desk/server/src/domain/working-time';
import {
  ALL_WEEK,
  BERLIN_24H,
  BERLIN_OFFICE,
  DST_CHANGE_DAYS,
  FIXED_ZONES,
  MOSCOW,
  SHANGHAI,
  TEHRAN,
  ZONES,
  at,
  hhmm,
  hours,
} from './working-time.fixtures';

const iso = (d: Date) => d.toISOString();
/** addWorkingTime as an ISO string, for readable failures. */
const add = (start: string, d: Duration, cal: Calendar) => iso(addWorkingTime(at(start), d, cal));
const between = (a: string, b: string, cal: Calendar) => workingTimeBetween(at(a), at(b), cal);

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** Independent Intl reading of the offset (not through the module): 'GMT+03:30' → ms. */
function intlOffsetMs(t: number, timeZone: string): number {
  let f = offsetFormats.get(timeZone);
  if (!f) offsetFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(t).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset name ${name}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3_600_000 + Number(m[3]) * 60_000) : 0;
}

// =============================================================================================
// Table tests, hand-checked.
// =============================================================================================

describe('Asia/Tehran, Saturday–Wednesday 08:00–17:30 (Thursday and Friday off)', () => {
  const cal = TEHRAN;

  it('is +03:30 all year: no DST since 2022', () => {
    for (const t of ['2026-01-15T12:00:00Z', '2026-06-15T12:00:00Z', '2027-03-22T12:00:00Z', '2027-09-21T12:00:00Z', '2028-04-01T00:00:00Z', '2029-12-31T23:59:59Z']) {
      expect(timeZoneOffsetMs(at(t), 'Asia/Tehran')).toBe(3.5 * 3_600_000);
      expect(intlOffsetMs(at(t).getTime(), 'Asia/Tehran')).toBe(3.5 * 3_600_000);
    }
  });

  it('a working day is 9.5 h', () => {
    expect(workingDayMs(cal)).toBe(hours(9.5));
    expect(durationMs({ days: 2 }, cal)).toBe(hours(19));
    expect(durationMs({ days: 4 }, cal)).toBe(hours(38));
    expect(durationMs({ days: 1, hours: 3 }, cal)).toBe(hours(12.5));
  });

  it.each<[string, Duration, string, string]>([
    // [received (local, +03:30), duration, deadline (local, +03:30), why]
    ['2027-01-13T16:00:00+03:30', { days: 2 }, '2027-01-17T16:00:00+03:30', 'Wed 1.5 h + Sat 9.5 h + Sun 8 h'],
    ['2027-01-13T08:00:00+03:30', { days: 2 }, '2027-01-16T17:30:00+03:30', 'Wed + Sat, ends at Saturday close, not Sunday 08:00'],
    ['2027-01-13T17:30:00+03:30', { days: 2 }, '2027-01-17T17:30:00+03:30', 'received at closing: Sat + Sun'],
    ['2027-01-13T18:00:00+03:30', { days: 1 }, '2027-01-16T17:30:00+03:30', 'received after hours: clock starts Sat 08:00'],
    ['2027-01-14T10:00:00+03:30', { days: 2 }, '2027-01-17T17:30:00+03:30', 'received Thursday: clock starts Sat 08:00'],
    ['2027-01-15T10:00:00+03:30', { days: 2 }, '2027-01-17T17:30:00+03:30', 'received Friday: clock starts Sat 08:00'],
    ['2027-01-15T10:00:00+03:30', { days: 4 }, '2027-01-19T17:30:00+03:30', 'evaluation: Sat–Tue'],
    ['2027-01-16T12:00:00+03:30', { days: 1 }, '2027-01-17T12:00:00+03:30', 'resolution: one working day'],
    ['2027-01-13T15:00:00+03:30', { hours: 3 }, '2027-01-16T08:30:00+03:30', '2.5 h Wed + 0.5 h Sat'],
    ['2027-01-16T08:00:00+03:30', { hours: 9.5 }, '2027-01-16T17:30:00+03:30', 'exactly one day: the close'],
    ['2027-01-16T08:00:00+03:30', { days: 5 }, '2027-01-20T17:30:00+03:30', 'a full working week'],
    ['2027-01-16T08:00:00+03:30', { days: 6 }, '2027-01-23T17:30:00+03:30', 'six days: into next week'],
    ['2027-01-16T08:00:00+03:30', { days: 0.5 }, '2027-01-16T12:45:00+03:30', 'half a day = 4.75 h'],
    // Nowruz: 2027-03-21 (a Sunday) is both a dated and a yearly holiday.
    ['2027-03-17T16:00:00+03:30', { days: 2 }, '2027-03-22T16:00:00+03:30', 'Wed 1.5 + Sat 9.5 + (Sun Nowruz) + Mon 8'],
    ['2027-03-20T08:00:00+03:30', { days: 1 }, '2027-03-20T17:30:00+03:30', 'Saturday before Nowruz'],
    ['2027-03-21T09:00:00+03:30', { days: 0 }, '2027-03-22T08:00:00+03:30', 'received on Nowruz: clock starts Monday'],
    // The yearly '03-21' without a dated entry: 2026-03-21 is a Saturday, 2028-03-21 a Tuesday.
    ['2026-03-18T16:00:00+03:30', { days: 2 }, '2026-03-23T16:00:00+03:30', 'Wed 1.5 + (Sat Nowruz) + Sun 9.5 + Mon 8'],
    ['2028-03-20T16:00:00+03:30', { days: 1 }, '2028-03-22T16:00:00+03:30', 'Mon 1.5 + (Tue Nowruz) + Wed 8'],
    // 2028 is a leap year: Tuesday 2028-02-29 is an ordinary working day in Tehran.
    ['2028-02-28T16:00:00+03:30', { days: 1 }, '2028-02-29T16:00:00+03:30', 'Mon 1.5 + Tue 29 Feb 8'],
  ])('%s + %j → %s (%s)', (start, d, expected) => {
    expect(add(start, d, cal)).toBe(iso(at(expected)));
  });

  it('Wednesday evening is the last working moment of the week', () => {
    expect(isWorkingMoment(at('2027-01-13T17:29:59.999+03:30'), cal)).toBe(true);
    expect(isWorkingMoment(at('2027-01-13T17:30:00+03:30'), cal)).toBe(false);
    expect(isWorkingMoment(at('2027-01-14T10:00:00+03:30'), cal)).toBe(false); // Thursday
    expect(isWorkingMoment(at('2027-01-15T10:00:00+03:30'), cal)).toBe(false); // Friday
    expect(isWorkingMoment(at('2027-01-16T07:59:59.999+03:30'), cal)).toBe(false);
    expect(isWorkingMoment(at('2027-01-16T08:00:00+03:30'), cal)).toBe(true); // Saturday
    expect(isWorkingMoment(at('2027-03-21T10:00:00+03:30'), cal)).toBe(false); // Nowruz
    expect(iso(nextWorkingMoment(at('2027-01-13T17:30:00+03:30'), cal))).toBe(iso(at('2027-01-16T08:00:00+03:30')));
  });

  it('measures working time between two instants', () => {
    // Wed 16:00 → Sun 16:00: 1.5 + 9.5 + 8 = 19 h = 2 working days
    expect(between('2027-01-13T16:00:00+03:30', '2027-01-17T16:00:00+03:30', cal)).toEqual({ ms: hours(19), hours: 19, days: 2 });
    // over Nowruz: Sat 9.5 + Mon 9.5
    expect(between('2027-03-20T00:00:00+03:30', '2027-03-23T00:00:00+03:30', cal).hours).toBe(19);
    // a whole Thursday–Friday weekend
    expect(between('2027-01-13T17:30:00+03:30', '2027-01-16T08:00:00+03:30', cal).ms).toBe(0);
    // reversed or empty intervals
    expect(between('2027-01-17T16:00:00+03:30', '2027-01-13T16:00:00+03:30', cal)).toEqual({ ms: 0, hours: 0, days: 0 });
    expect(between('2027-01-17T16:00:00+03:30', '2027-01-17T16:00:00+03:30', cal).ms).toBe(0);
  });

  it('SLA stages of one complaint: acknowledgment immediately, assessment 2, evaluation 4, resolution 1', () => {
    const received = at('2027-01-13T16:00:00+03:30'); // a Wednesday
    expect(iso(addWorkingTime(received, { hours: 0 }, cal))).toBe(iso(received));
    const assessed = addWorkingTime(received, { days: 2 }, cal);
    expect(iso(assessed)).toBe(iso(at('2027-01-17T16:00:00+03:30')));
    const evaluated = addWorkingTime(assessed, { days: 4 }, cal);
    // Sun 16:00 + 38 h: Sun 1.5, Mon 9.5 (11), Tue 9.5 (20.5), Wed 9.5 (30), Sat 8 (38)
    expect(iso(evaluated)).toBe(iso(at('2027-01-23T16:00:00+03:30')));
    expect(iso(addWorkingTime(evaluated, { days: 1 }, cal))).toBe(iso(at('2027-01-24T16:00:00+03:30')));
  });
});

describe('half days', () => {
  const thursdayHalf: Calendar = { ...TEHRAN, halfDays: [{ weekday: 'thu', hours: [['08:00', '13:00']] }] };

  it('a weekday half day makes Thursday a half working day in a Saturday–Wednesday week', () => {
    expect(isWorkingMoment(at('2027-01-14T08:00:00+03:30'), thursdayHalf)).toBe(true);
    expect(isWorkingMoment(at('2027-01-14T12:59:59.999+03:30'), thursdayHalf)).toBe(true);
    expect(isWorkingMoment(at('2027-01-14T13:00:00+03:30'), thursdayHalf)).toBe(false);
    expect(isWorkingMoment(at('2027-01-15T10:00:00+03:30'), thursdayHalf)).toBe(false); // Friday still off
    // Wed 1.5 + Thu 5 + Sat 9.5 + Sun 3 = 19 h
    expect(add('2027-01-13T16:00:00+03:30', { days: 2 }, thursdayHalf)).toBe(iso(at('2027-01-17T11:00:00+03:30')));
    // Wed 1.5 + Thu 3.5 = 5 h
    expect(add('2027-01-13T16:00:00+03:30', { hours: 5 }, thursdayHalf)).toBe(iso(at('2027-01-14T11:30:00+03:30')));
    // ends exactly at the half day's close
    expect(add('2027-01-13T16:00:00+03:30', { hours: 6.5 }, thursdayHalf)).toBe(iso(at('2027-01-14T13:00:00+03:30')));
  });

  it('a half day does not change the length of a working day', () => {
    expect(workingDayMs(thursdayHalf)).toBe(hours(9.5));
    expect(between('2027-01-14T00:00:00+03:30', '2027-01-15T00:00:00+03:30', thursdayHalf).days).toBeCloseTo(5 / 9.5, 12);
  });

  it('a dated half day shortens that date only', () => {
    const cal: Calendar = { ...TEHRAN, halfDays: [{ date: '2027-01-16', hours: [['08:00', '12:00']] }] };
    // Wed 1.5 + Sat 4 + Sun 9.5 + Mon 4 = 19 h
    expect(add('2027-01-13T16:00:00+03:30', { days: 2 }, cal)).toBe(iso(at('2027-01-18T12:00:00+03:30')));
    // the next Saturday is a full day again
    expect(between('2027-01-23T00:00:00+03:30', '2027-01-24T00:00:00+03:30', cal).hours).toBe(9.5);
  });

  it('a dated half day on a day off makes it a working day; a dated one beats a weekday one', () => {
    const cal: Calendar = {
      ...TEHRAN,
      halfDays: [
        { date: '2027-01-15', hours: [['09:00', '11:00']] }, // a Friday
        { weekday: 'thu', hours: [['08:00', '13:00']] },
        { date: '2027-01-21', hours: [['10:00', '11:00']] }, // a Thursday
      ],
    };
    expect(add('2027-01-13T17:00:00+03:30', { hours: 6 }, cal)).toBe(iso(at('2027-01-15T09:30:00+03:30'))); // 0.5 + 5 + 0.5
    expect(between('2027-01-21T00:00:00+03:30', '2027-01-22T00:00:00+03:30', cal).hours).toBe(1);
  });

  it('a holiday beats a half day', () => {
    const cal: Calendar = { ...TEHRAN, halfDays: [{ date: '2027-03-21', hours: [['08:00', '12:00']] }] };
    expect(isWorkingMoment(at('2027-03-21T10:00:00+03:30'), cal)).toBe(false);
  });

  it('a split half day', () => {
    const cal: Calendar = { ...MOSCOW, halfDays: [{ weekday: 'fri', hours: [['09:00', '11:00'], ['12:00', '13:00']] }] };
    // Fri 2027-01-15: 09–11 (2 h), 12–13 (1 h); then Monday
    expect(add('2027-01-15T09:00:00+03:00', { hours: 2.5 }, cal)).toBe(iso(at('2027-01-15T12:30:00+03:00')));
    expect(add('2027-01-15T09:00:00+03:00', { hours: 4 }, cal)).toBe(iso(at('2027-01-18T10:00:00+03:00')));
  });
});

describe('Europe/Moscow, Monday–Friday 09:00–13:00 and 14:00–18:00 (lunch not counted)', () => {
  const cal = MOSCOW;

  it('is +03:00 all year and a working day is 8 h', () => {
    for (const t of ['2026-01-15T12:00:00Z', '2027-07-01T00:00:00Z', '2028-10-30T02:00:00Z']) {
      expect(timeZoneOffsetMs(at(t), 'Europe/Moscow')).toBe(3 * 3_600_000);
    }
    expect(workingDayMs(cal)).toBe(hours(8));
  });

  it.each<[string, Duration, string, string]>([
    ['2027-01-11T12:00:00+03:00', { hours: 3 }, '2027-01-11T16:00:00+03:00', '1 h before lunch, 2 h after'],
    ['2027-01-11T13:30:00+03:00', { hours: 0 }, '2027-01-11T14:00:00+03:00', 'received at lunch: acknowledged at 14:00'],
    ['2027-01-11T13:30:00+03:00', { hours: 1 }, '2027-01-11T15:00:00+03:00', 'clock starts after lunch'],
    ['2027-01-11T09:00:00+03:00', { hours: 4 }, '2027-01-11T13:00:00+03:00', 'ends at the start of lunch, not 14:00'],
    ['2027-01-11T09:00:00+03:00', { days: 1 }, '2027-01-11T18:00:00+03:00', 'one day: the close'],
    ['2027-01-11T09:00:00+03:00', { days: 0.5 }, '2027-01-11T13:00:00+03:00', 'half a day: the morning'],
    ['2027-01-15T17:00:00+03:00', { days: 1 }, '2027-01-18T17:00:00+03:00', 'Fri 1 h + Mon 7 h'],
    ['2027-01-15T10:00:00+03:00', { days: 1 }, '2027-01-18T10:00:00+03:00', 'Fri 7 h + Mon 1 h'],
    ['2027-01-16T10:00:00+03:00', { days: 2 }, '2027-01-19T18:00:00+03:00', 'received Saturday: Mon + Tue'],
    ['2027-01-13T12:30:00+03:00', { days: 4 }, '2027-01-19T12:30:00+03:00', 'Wed–Tue over the weekend'],
  ])('%s + %j → %s (%s)', (start, d, expected) => {
    expect(add(start, d, cal)).toBe(iso(at(expected)));
  });

  it('lunch is not working time', () => {
    expect(isWorkingMoment(at('2027-01-11T12:59:59.999+03:00'), cal)).toBe(true);
    expect(isWorkingMoment(at('2027-01-11T13:00:00+03:00'), cal)).toBe(false);
    expect(isWorkingMoment(at('2027-01-11T13:59:59.999+03:00'), cal)).toBe(false);
    expect(isWorkingMoment(at('2027-01-11T14:00:00+03:00'), cal)).toBe(true);
    expect(between('2027-01-11T08:00:00+03:00', '2027-01-12T08:00:00+03:00', cal)).toEqual({ ms: hours(8), hours: 8, days: 1 });
    expect(between('2027-01-11T12:30:00+03:00', '2027-01-11T14:30:00+03:00', cal).hours).toBe(1);
  });
});

describe('Asia/Shanghai, Monday–Friday 09:00–12:00 and 13:00–18:00', () => {
  const cal = SHANGHAI;

  it.each<[string, Duration, string, string]>([
    ['2027-01-14T17:00:00+08:00', { days: 2 }, '2027-01-18T17:00:00+08:00', 'Thu 1 + Fri 8 + Mon 7'],
    ['2027-01-16T10:00:00+08:00', { days: 0 }, '2027-01-18T09:00:00+08:00', 'received Saturday: acknowledged Monday 09:00'],
    ['2027-01-15T11:00:00+08:00', { hours: 2 }, '2027-01-15T14:00:00+08:00', '1 h + lunch + 1 h'],
    ['2027-01-15T11:00:00+08:00', { hours: 1 }, '2027-01-15T12:00:00+08:00', 'ends at the lunch break'],
  ])('%s + %j → %s (%s)', (start, d, expected) => {
    expect(add(start, d, cal)).toBe(iso(at(expected)));
  });

  it('measures across a weekend and lunch', () => {
    expect(timeZoneOffsetMs(at('2027-07-01T00:00:00Z'), 'Asia/Shanghai')).toBe(8 * 3_600_000);
    // Fri 11:00–12:00 (1) + 13:00–18:00 (5) + Mon 09:00–10:00 (1)
    expect(between('2027-01-15T11:00:00+08:00', '2027-01-18T10:00:00+08:00', cal).hours).toBe(7);
  });
});

describe('Europe/Berlin across the DST changes of 2027-03-28 and 2027-10-31', () => {
  it('offsets switch at 01:00 UTC, to the millisecond', () => {
    const spring = Date.parse('2027-03-28T01:00:00Z');
    const autumn = Date.parse('2027-10-31T01:00:00Z');
    expect(timeZoneOffsetMs(spring - 1, 'Europe/Berlin')).toBe(3_600_000);
    expect(timeZoneOffsetMs(spring, 'Europe/Berlin')).toBe(7_200_000);
    expect(timeZoneOffsetMs(autumn - 1, 'Europe/Berlin')).toBe(7_200_000);
    expect(timeZoneOffsetMs(autumn, 'Europe/Berlin')).toBe(3_600_000);
  });

  it('wall clock → instant: a time in the spring gap moves forward to 03:00, a repeated autumn time takes the earlier instant', () => {
    expect(iso(fromLocal('2027-03-28', '01:59', 'Europe/Berlin'))).toBe('2027-03-28T00:59:00.000Z');
    expect(iso(fromLocal('2027-03-28', '02:00', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(fromLocal('2027-03-28', '02:30', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(fromLocal('2027-03-28', '03:00', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(fromLocal('2027-03-28', '03:01', 'Europe/Berlin'))).toBe('2027-03-28T01:01:00.000Z');
    expect(iso(fromLocal('2027-10-31', '01:59', 'Europe/Berlin'))).toBe('2027-10-30T23:59:00.000Z');
    expect(iso(fromLocal('2027-10-31', '02:00', 'Europe/Berlin'))).toBe('2027-10-31T00:00:00.000Z');
    expect(iso(fromLocal('2027-10-31', '02:30', 'Europe/Berlin'))).toBe('2027-10-31T00:30:00.000Z');
    expect(iso(fromLocal('2027-10-31', '03:00', 'Europe/Berlin'))).toBe('2027-10-31T02:00:00.000Z');
    expect(iso(fromLocal('2027-10-31', '24:00', 'Europe/Berlin'))).toBe('2027-10-31T23:00:00.000Z');
    expect(toLocal(at('2027-10-31T01:30:00Z'), 'Europe/Berlin')).toEqual({ date: '2027-10-31', time: '02:30:00', weekday: 'sun' });
  });

  it('a 00:00–24:00 every-day calendar counts real time: 23 h in March, 25 h in October', () => {
    const cal = BERLIN_24H;
    expect(workingDayMs(cal)).toBe(hours(24));
    expect(between('2027-03-28T00:00:00+01:00', '2027-03-29T00:00:00+02:00', cal).hours).toBe(23);
    expect(between('2027-10-31T00:00:00+02:00', '2027-11-01T00:00:00+01:00', cal).hours).toBe(25);
    expect(between('2027-03-27T00:00:00+01:00', '2027-03-28T00:00:00+01:00', cal).hours).toBe(24);
    // one "working day" is 24 real hours, so it ends an hour later on the wall clock in March…
    expect(add('2027-03-28T00:00:00+01:00', { days: 1 }, cal)).toBe(iso(at('2027-03-29T01:00:00+02:00')));
    // …and an hour earlier in October
    expect(add('2027-10-31T00:00:00+02:00', { days: 1 }, cal)).toBe(iso(at('2027-10-31T23:00:00+01:00')));
    expect(add('2027-03-27T23:00:00+01:00', { hours: 5 }, cal)).toBe(iso(at('2027-03-28T05:00:00+02:00')));
    expect(add('2027-10-30T23:00:00+02:00', { hours: 5 }, cal)).toBe(iso(at('2027-10-31T03:00:00+01:00')));
    // the repeated hour is working time both times round
    expect(isWorkingMoment(at('2027-10-31T02:30:00+02:00'), cal)).toBe(true);
    expect(isWorkingMoment(at('2027-10-31T02:30:00+01:00'), cal)).toBe(true);
  });

  it('a night span 01:00–04:00 is 2 real hours in March and 4 in October', () => {
    const cal: Calendar = { timezone: 'Europe/Berlin', workingDays: ALL_WEEK, hours: [['01:00', '04:00']] };
    expect(workingDayMs(cal)).toBe(hours(3));
    expect(between('2027-03-28T00:00:00+01:00', '2027-03-28T12:00:00+02:00', cal).hours).toBe(2);
    expect(between('2027-10-31T00:00:00+02:00', '2027-10-31T12:00:00+01:00', cal).hours).toBe(4);
    expect(between('2027-03-27T00:00:00+01:00', '2027-03-27T12:00:00+01:00', cal).hours).toBe(3);
    // 2 h on the 28th (01:00 CET → 04:00 CEST), then half an hour on the 29th
    expect(add('2027-03-28T01:00:00+01:00', { hours: 2.5 }, cal)).toBe(iso(at('2027-03-29T01:30:00+02:00')));
    expect(add('2027-03-28T01:00:00+01:00', { hours: 2 }, cal)).toBe(iso(at('2027-03-28T04:00:00+02:00')));
    expect(add('2027-10-31T01:00:00+02:00', { hours: 3 }, cal)).toBe(iso(at('2027-10-31T03:00:00+01:00')));
    expect(add('2027-10-31T01:00:00+02:00', { hours: 4 }, cal)).toBe(iso(at('2027-10-31T04:00:00+01:00')));
    expect(add('2027-10-31T01:00:00+02:00', { days: 1 }, cal)).toBe(iso(at('2027-10-31T03:00:00+01:00')));
  });

  it('a span starting inside the spring gap starts at 03:00 CEST; one wholly inside the gap is empty', () => {
    const gapStart: Calendar = { timezone: 'Europe/Berlin', workingDays: ALL_WEEK, hours: [['02:30', '03:30']] };
    expect(iso(nextWorkingMoment(at('2027-03-28T00:00:00+01:00'), gapStart))).toBe(iso(at('2027-03-28T03:00:00+02:00')));
    expect(between('2027-03-28T00:00:00+01:00', '2027-03-28T12:00:00+02:00', gapStart).hours).toBe(0.5);
    // 02:30 in October is ambiguous: the earlier (CEST) one; 03:30 is CET: 2 real hours
    expect(between('2027-10-31T00:00:00+02:00', '2027-10-31T12:00:00+01:00', gapStart).hours).toBe(2);
    expect(iso(nextWorkingMoment(at('2027-10-31T00:00:00+02:00'), gapStart))).toBe(iso(at('2027-10-31T02:30:00+02:00')));

    const inGap: Calendar = { timezone: 'Europe/Berlin', workingDays: ALL_WEEK, hours: [['02:00', '03:00']] };
    expect(between('2027-03-28T00:00:00+01:00', '2027-03-29T00:00:00+02:00', inGap).ms).toBe(0);
    expect(iso(nextWorkingMoment(at('2027-03-28T00:00:00+01:00'), inGap))).toBe(iso(at('2027-03-29T02:00:00+02:00')));
    expect(add('2027-03-27T02:30:00+01:00', { hours: 1 }, inGap)).toBe(iso(at('2027-03-29T02:30:00+02:00')));
  });

  it('an office calendar keeps wall-clock hours on both sides of the change', () => {
    const cal = BERLIN_OFFICE;
    expect(add('2027-03-26T16:00:00+01:00', { hours: 2 }, cal)).toBe(iso(at('2027-03-29T10:00:00+02:00')));
    expect(add('2027-10-29T16:00:00+02:00', { hours: 2 }, cal)).toBe(iso(at('2027-11-01T10:00:00+01:00')));
    expect(add('2027-03-26T09:00:00+01:00', { days: 2 }, cal)).toBe(iso(at('2027-03-29T17:00:00+02:00')));
    expect(between('2027-03-26T00:00:00+01:00', '2027-03-30T00:00:00+02:00', cal).days).toBe(2);
  });
});

describe('other DST zones', () => {
  it('America/New_York: 23 h on 2027-03-14, 25 h on 2027-11-07', () => {
    const cal: Calendar = { timezone: 'America/New_York', workingDays: ALL_WEEK, hours: [['00:00', '24:00']] };
    expect(between('2027-03-14T00:00:00-05:00', '2027-03-15T00:00:00-04:00', cal).hours).toBe(23);
    expect(between('2027-11-07T00:00:00-04:00', '2027-11-08T00:00:00-05:00', cal).hours).toBe(25);
    expect(iso(fromLocal('2027-03-14', '02:30', 'America/New_York'))).toBe('2027-03-14T07:00:00.000Z');
    expect(iso(fromLocal('2027-11-07', '01:30', 'America/New_York'))).toBe('2027-11-07T05:30:00.000Z');
  });

  it('Australia/Sydney (southern hemisphere): 25 h on 2027-04-04, 23 h on 2027-10-03', () => {
    const cal: Calendar = { timezone: 'Australia/Sydney', workingDays: ALL_WEEK, hours: [['00:00', '24:00']] };
    expect(between('2027-04-04T00:00:00+11:00', '2027-04-05T00:00:00+10:00', cal).hours).toBe(25);
    expect(between('2027-10-03T00:00:00+10:00', '2027-10-04T00:00:00+11:00', cal).hours).toBe(23);
    const office: Calendar = { timezone: 'Australia/Sydney', workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: [['09:00', '17:00']] };
    expect(add('2027-04-02T16:00:00+11:00', { hours: 2 }, office)).toBe(iso(at('2027-04-05T10:00:00+10:00')));
  });
});

describe('leap years', () => {
  const utcOffice: Calendar = { timezone: 'UTC', workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: [['09:00', '17:00']] };

  it('2028-02-29 (a Tuesday) is an ordinary working day', () => {
    expect(isWorkingMoment(at('2028-02-29T12:00:00Z'), utcOffice)).toBe(true);
    expect(add('2028-02-28T16:00:00Z', { days: 1 }, utcOffice)).toBe('2028-02-29T16:00:00.000Z');
    expect(add('2028-02-28T16:00:00Z', { days: 2 }, utcOffice)).toBe('2028-03-01T16:00:00.000Z');
  });

  it("a yearly '02-29' holiday only exists in leap years", () => {
    const cal: Calendar = { ...utcOffice, yearlyHolidays: ['02-29'] };
    expect(isWorkingMoment(at('2028-02-29T12:00:00Z'), cal)).toBe(false);
    expect(add('2028-02-28T16:00:00Z', { days: 1 }, cal)).toBe('2028-03-01T16:00:00.000Z');
    // 2027: Feb 28 is a Sunday, Mar 1 a Monday; nothing skipped
    expect(add('2027-02-26T16:00:00Z', { days: 1 }, cal)).toBe('2027-03-01T16:00:00.000Z');
    expect(isWorkingMoment(at('2027-03-01T12:00:00Z'), cal)).toBe(true);
  });

  it("a dated '2028-02-29' holiday", () => {
    const cal: Calendar = { ...utcOffice, holidays: ['2028-02-29'] };
    expect(between('2028-02-28T00:00:00Z', '2028-03-02T00:00:00Z', cal).days).toBe(2);
  });
});

describe('zero and small durations', () => {
  it('zero = immediately: the same instant (to the ms) when working, else the next working moment', () => {
    const t = at('2027-01-16T10:11:12.345+03:30');
    expect(addWorkingTime(t, { days: 0 }, TEHRAN).getTime()).toBe(t.getTime());
    expect(addWorkingTime(t, { hours: 0 }, TEHRAN).getTime()).toBe(t.getTime());
    expect(addWorkingTime(t, {}, TEHRAN).getTime()).toBe(t.getTime());
    expect(add('2027-01-16T07:00:00+03:30', { days: 0 }, TEHRAN)).toBe(iso(at('2027-01-16T08:00:00+03:30')));
    // at a span end the clock is not running: the next span
    expect(add('2027-01-11T13:00:00+03:00', { days: 0 }, MOSCOW)).toBe(iso(at('2027-01-11T14:00:00+03:00')));
    expect(add('2027-01-11T18:00:00+03:00', {}, MOSCOW)).toBe(iso(at('2027-01-12T09:00:00+03:00')));
  });

  it('fractional hours round to the millisecond', () => {
    expect(durationMs({ hours: 1 / 3 }, MOSCOW)).toBe(1_200_000);
    expect(durationMs({ hours: 0.0000001 }, MOSCOW)).toBe(0);
    expect(add('2027-01-11T09:00:00+03:00', { hours: 1 / 3 }, MOSCOW)).toBe(iso(at('2027-01-11T09:20:00+03:00')));
    expect(add('2027-01-11T09:00:00.250+03:00', { hours: 0.001 }, MOSCOW)).toBe(iso(at('2027-01-11T09:00:03.850+03:00')));
  });

  it('touching spans behave as one', () => {
    const cal: Calendar = { timezone: 'UTC', workingDays: ['mon'], hours: [['08:00', '12:00'], ['12:00', '16:00']] };
    expect(add('2027-01-11T08:00:00Z', { hours: 4 }, cal)).toBe('2027-01-11T12:00:00.000Z');
    expect(add('2027-01-11T12:00:00Z', { hours: 0 }, cal)).toBe('2027-01-11T12:00:00.000Z');
    expect(isWorkingMoment(at('2027-01-11T12:00:00Z'), cal)).toBe(true);
    expect(add('2027-01-11T08:00:00Z', { days: 1 }, cal)).toBe('2027-01-11T16:00:00.000Z');
  });
});

describe('errors', () => {
  it('invalid calendars, durations and dates throw a WorkingTimeError carrying the issues', () => {
    const bad = { ...TEHRAN, timezone: 'Mars/Olympus_Mons' };
    expect(() => addWorkingTime(at('2027-01-13T16:00:00Z'), { days: 1 }, bad)).toThrow(WorkingTimeError);
    try {
      workingDayMs(bad);
      throw new Error('not thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError);
      expect((e as WorkingTimeError).issues).toEqual([expect.objectContaining({ path: 'timezone' })]);
    }
    expect(() => addWorkingTime(at('2027-01-13T16:00:00Z'), { days: -1 }, TEHRAN)).toThrow(WorkingTimeError);
    expect(() => durationMs({ hours: NaN }, TEHRAN)).toThrow(WorkingTimeError);
    expect(() => durationMs({ hours: Infinity }, TEHRAN)).toThrow(WorkingTimeError);
    expect(() => addWorkingTime(new Date(NaN), { days: 1 }, TEHRAN)).toThrow(WorkingTimeError);
    expect(() => workingTimeBetween(new Date(NaN), new Date(), TEHRAN)).toThrow(WorkingTimeError);
    expect(() => isWorkingMoment(new Date('nope'), TEHRAN)).toThrow(WorkingTimeError);
    expect(() => fromLocal('2027-02-29', '10:00', 'UTC')).toThrow(WorkingTimeError);
    expect(() => fromLocal('2027-02-28', '24:01', 'UTC')).toThrow(WorkingTimeError);
  });

  it('gives up after 3660 days without working time instead of looping', () => {
    // Mondays only, and every Monday of 2027–2037 is a holiday.
    const holidays: string[] = [];
    for (let t = Date.UTC(2027, 0, 4); t < Date.UTC(2038, 0, 1); t += 7 * 86_400_000) holidays.push(new Date(t).toISOString().slice(0, 10));
    const cal: Calendar = { timezone: 'UTC', workingDays: ['mon'], hours: [['09:00', '10:00']], holidays };
    expect(validateCalendar(cal).ok).toBe(true);
    expect(() => nextWorkingMoment(at('2027-01-01T00:00:00Z'), cal)).toThrow(/3660/);
    // once the holidays run out it works again
    expect(iso(nextWorkingMoment(at('2037-12-30T00:00:00Z'), cal))).toBe('2038-01-04T09:00:00.000Z');
  });

  it('does not mutate its inputs and is not fooled by a calendar mutated after use', () => {
    const cal: Calendar = JSON.parse(JSON.stringify(MOSCOW));
    const start = at('2027-01-11T09:00:00+03:00');
    expect(iso(addWorkingTime(start, { days: 1 }, cal))).toBe(iso(at('2027-01-11T18:00:00+03:00')));
    expect(cal).toEqual(MOSCOW);
    expect(start.toISOString()).toBe('2027-01-11T06:00:00.000Z');
    cal.hours = [['09:00', '12:00']];
    expect(iso(addWorkingTime(start, { days: 1 }, cal))).toBe(iso(at('2027-01-11T12:00:00+03:00')));
  });
});

// =============================================================================================
// Validation.
// =============================================================================================

describe('validateCalendar', () => {
  it.each([
    ['Tehran', TEHRAN],
    ['Moscow', MOSCOW],
    ['Shanghai', SHANGHAI],
    ['Berlin 24 h', BERLIN_24H],
    ['with half days', { ...TEHRAN, halfDays: [{ weekday: 'thu', hours: [['08:00', '13:00']] }, { date: '2027-01-15', hours: [['09:00', '11:00']] }] }],
    ['leap-day holidays', { ...MOSCOW, holidays: ['2028-02-29'], yearlyHolidays: ['02-29', '12-31', '01-01'] }],
    ['UTC', { timezone: 'UTC', workingDays: ['sun'], hours: [['23:59', '24:00']] }],
  ])('accepts the %s calendar', (_name, cal) => {
    const r = validateCalendar(cal);
    expect(r).toEqual({ ok: true, calendar: cal });
  });

  it('returns a clean copy: unknown fields dropped, duplicate weekdays collapsed', () => {
    const r = validateCalendar({ ...MOSCOW, id: 7, workingDays: ['mon', 'mon', 'tue'] });
    expect(r).toEqual({ ok: true, calendar: { ...MOSCOW, workingDays: ['mon', 'tue'] } });
    if (r.ok) expect(r.calendar.hours).not.toBe(MOSCOW.hours);
  });

  const base = { timezone: 'Asia/Tehran', workingDays: ['sat', 'sun'], hours: [['08:00', '17:30']] };
  it.each<[string, unknown, string[]]>([
    ['not an object', 'Asia/Tehran', ['']],
    ['null', null, ['']],
    ['an array', [], ['']],
    ['no timezone', { ...base, timezone: undefined }, ['timezone']],
    ['empty timezone', { ...base, timezone: '' }, ['timezone']],
    ['unknown timezone', { ...base, timezone: 'Asia/Atlantis' }, ['timezone']],
    ['a fixed offset instead of a zone', { ...base, timezone: '+03:30' }, ['timezone']],
    ['a numeric timezone', { ...base, timezone: 3.5 }, ['timezone']],
    ['no working days', { ...base, workingDays: [] }, ['workingDays']],
    ['workingDays not a list', { ...base, workingDays: 'sat' }, ['workingDays']],
    ['unknown weekday', { ...base, workingDays: ['sat', 'funday', 'Mon'] }, ['workingDays[1]', 'workingDays[2]']],
    ['no hours', { ...base, hours: [] }, ['hours']],
    ['hours missing', { ...base, hours: undefined }, ['hours']],
    ['a span is not a pair', { ...base, hours: [['08:00']] }, ['hours[0]']],
    ['a span is a string', { ...base, hours: ['08:00-17:00'] }, ['hours[0]']],
    ['bad start', { ...base, hours: [['8:00', '17:30']] }, ['hours[0][0]']],
    ['bad end', { ...base, hours: [['08:00', '17:60']] }, ['hours[0][1]']],
    ['end past midnight', { ...base, hours: [['08:00', '24:30']] }, ['hours[0][1]']],
    ['24:00 as a start', { ...base, hours: [['24:00', '24:00']] }, ['hours[0][0]']],
    ['both bad', { ...base, hours: [['08:00', '12:00'], ['1pm', 17]] }, ['hours[1][0]', 'hours[1][1]']],
    ['end before start', { ...base, hours: [['17:30', '08:00']] }, ['hours']],
    ['empty span', { ...base, hours: [['08:00', '08:00']] }, ['hours']],
    ['overlapping spans', { ...base, hours: [['08:00', '12:00'], ['11:00', '13:00']] }, ['hours']],
    ['unsorted spans', { ...base, hours: [['13:00', '17:00'], ['08:00', '12:00']] }, ['hours']],
    ['bad holiday dates', { ...base, holidays: ['2027-03-21', '2027-02-29', '2027-13-01', '21/03/2027', 20270321] }, ['holidays[1]', 'holidays[2]', 'holidays[3]', 'holidays[4]']],
    ['holidays not a list', { ...base, holidays: '2027-03-21' }, ['holidays']],
    ['bad yearly holidays', { ...base, yearlyHolidays: ['03-21', '02-30', '2027-03-21', '00-10'] }, ['yearlyHolidays[1]', 'yearlyHolidays[2]', 'yearlyHolidays[3]']],
    ['yearly holidays on every day', { ...base, yearlyHolidays: everyMonthDay() }, ['yearlyHolidays']],
    ['halfDays not a list', { ...base, halfDays: { weekday: 'thu' } }, ['halfDays']],
    ['half day not an object', { ...base, halfDays: ['thu'] }, ['halfDays[0]']],
    ['half day without weekday or date', { ...base, halfDays: [{ hours: [['08:00', '12:00']] }] }, ['halfDays[0]']],
    ['half day with both', { ...base, halfDays: [{ weekday: 'thu', date: '2027-01-14', hours: [['08:00', '12:00']] }] }, ['halfDays[0]']],
    ['half day unknown weekday', { ...base, halfDays: [{ weekday: 'thursday', hours: [['08:00', '12:00']] }] }, ['halfDays[0].weekday']],
    ['half day bad date', { ...base, halfDays: [{ date: '2027-02-30', hours: [['08:00', '12:00']] }] }, ['halfDays[0].date']],
    ['half day without hours', { ...base, halfDays: [{ weekday: 'thu', hours: [] }] }, ['halfDays[0].hours']],
    ['half day hours missing', { ...base, halfDays: [{ weekday: 'thu' }] }, ['halfDays[0].hours']],
    ['half day bad time', { ...base, halfDays: [{ weekday: 'thu', hours: [['08:00', '13:0']] }] }, ['halfDays[0].hours[0][1]']],
    ['half day overlapping spans', { ...base, halfDays: [{ weekday: 'thu', hours: [['08:00', '12:00'], ['09:00', '10:00']] }] }, ['halfDays[0].hours']],
    ['duplicate half-day weekday', { ...base, halfDays: [{ weekday: 'thu', hours: [['08:00', '12:00']] }, { weekday: 'thu', hours: [['08:00', '13:00']] }] }, ['halfDays[1].weekday']],
    ['duplicate half-day date', { ...base, halfDays: [{ date: '2027-01-14', hours: [['08:00', '12:00']] }, { date: '2027-01-14', hours: [['08:00', '13:00']] }] }, ['halfDays[1].date']],
  ])('%s → issues at %j', (_name, input, paths) => {
    const r = validateCalendar(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(paths);
    for (const i of r.issues) expect(i.message).toEqual(expect.any(String));
  });

  it('collects every issue at once', () => {
    const r = validateCalendar({
      timezone: 'Nowhere/Land',
      workingDays: ['sat', 'xyz'],
      hours: [['08:00', '25:00']],
      halfDays: [{ weekday: 'thu', hours: [['13:00', '08:00']] }],
      holidays: ['2027-03-21', 'x', 'y'],
      yearlyHolidays: ['13-01'],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(['timezone', 'workingDays[1]', 'hours[0][1]', 'halfDays[0].hours', 'holidays[1]', 'holidays[2]', 'yearlyHolidays[0]']);
      expect(r.issues[0].message).toContain('Nowhere/Land');
    }
  });

  it('accepts every IANA zone Intl knows', () => {
    for (const tz of Intl.supportedValuesOf('timeZone')) {
      expect(validateCalendar({ ...MOSCOW, timezone: tz }).ok).toBe(true);
    }
  });
});

function everyMonthDay(): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) out.push(new Date(t).toISOString().slice(5, 10));
  return out;
}

describe('validateDuration', () => {
  it.each<[unknown, Duration]>([
    [{ days: 2 }, { days: 2 }],
    [{ hours: 3 }, { hours: 3 }],
    [{ days: 0 }, { days: 0 }],
    [{ hours: 0 }, { hours: 0 }],
    [{ days: 1, hours: 1.5 }, { days: 1, hours: 1.5 }],
    [{ days: 0.5, extra: true }, { days: 0.5 }],
    [{ days: -0 }, { days: 0 }],
  ])('accepts %j', (input, duration) => {
    expect(validateDuration(input)).toEqual({ ok: true, duration });
  });

  it.each<[unknown, string[]]>([
    [{}, ['days']],
    [{ day: 2 }, ['days']],
    [{ days: -1 }, ['days']],
    [{ hours: -0.5 }, ['hours']],
    [{ days: NaN }, ['days']],
    [{ hours: Infinity }, ['hours']],
    [{ days: '2' }, ['days']],
    [{ days: null }, ['days']],
    [{ days: -1, hours: 'x' }, ['days', 'hours']],
    [null, ['']],
    [2, ['']],
    [[], ['']],
  ])('rejects %j with issues at %j', (input, paths) => {
    const r = validateDuration(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(paths);
  });

  it('prefixes paths with the given field path', () => {
    const r = validateDuration({ days: -1 }, 'targets.evaluation');
    expect(r).toEqual({ ok: false, issues: [{ path: 'targets.evaluation.days', message: expect.any(String) }] });
    expect(validateDuration('x', 'targets.evaluation')).toEqual({ ok: false, issues: [{ path: 'targets.evaluation', message: expect.any(String) }] });
    expect(validateDuration({}, 'sla')).toEqual({ ok: false, issues: [{ path: 'sla.days', message: expect.any(String) }] });
  });
});

// =============================================================================================
// Properties.
// =============================================================================================

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY = 86_400_000;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2030, 0, 1);

const dateArb = fc.integer({ min: FROM / DAY, max: TO / DAY - 1 }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** 1–2 sorted, non-overlapping spans at minute resolution (so they often cross 02:00–03:00). */
const spansArb = fc
  .oneof(fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 2 }), fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 4, maxLength: 4 }))
  .map((points) => {
    const p = [...points].sort((a, b) => a - b);
    const spans: [string, string][] = [];
    for (let i = 0; i < p.length; i += 2) spans.push([hhmm(p[i]), hhmm(p[i + 1])]);
    return spans;
  });

function calendarArb(zones: string[]): fc.Arbitrary<Calendar> {
  return fc
    .record({
      timezone: fc.constantFrom(...zones),
      workingDays: fc.subarray(WEEKDAYS, { minLength: 1 }),
      hours: spansArb,
      holidays: fc.array(dateArb, { maxLength: 40 }),
      yearlyHolidays: fc.array(fc.constantFrom('01-01', '03-21', '02-29', '05-01', '12-25', '10-31', '03-28', '11-07', '04-04'), { maxLength: 3 }),
      weekdayHalf: fc.option(fc.record({ weekday: fc.constantFrom(...WEEKDAYS), hours: spansArb }), { nil: undefined }),
      dateHalf: fc.option(fc.record({ date: dateArb, hours: spansArb }), { nil: undefined }),
    })
    .map(({ weekdayHalf, dateHalf, ...cal }) => {
      const halfDays = [weekdayHalf, dateHalf].filter((h) => h !== undefined);
      return halfDays.length > 0 ? { ...cal, halfDays } : cal;
    });
}

/** Instants in 2026–2029, half of them within ±3 days of a DST change (Berlin, New York, Sydney). */
const instantArb = fc.oneof(
  fc.integer({ min: FROM, max: TO - 1 }),
  fc.tuple(fc.constantFrom(...DST_CHANGE_DAYS), fc.integer({ min: -3 * DAY, max: 3 * DAY })).map(([d, o]) => d + o),
);
/** Hours of working time in a regular week (weekday half days included, holidays not). */
function weeklyHours(cal: Calendar): number {
  const len = (spans: [string, string][]) => spans.reduce((sum, [a, b]) => sum + toMinutes(b) - toMinutes(a), 0) / 60;
  return WEEKDAYS.reduce((sum, w) => {
    const half = cal.halfDays?.find((h) => h.weekday === w);
    return sum + (half ? len(half.hours) : cal.workingDays.includes(w) ? len(cal.hours) : 0);
  }, 0);
}
const toMinutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

/**
 * Durations scaled to the calendar: up to 30 working days, or 30 weeks of work where a week holds
 * less than a day (so that odd generated calendars stay within years, not centuries).
 */
function durationArb(cal: Calendar): fc.Arbitrary<Duration> {
  const dayHours = workingDayMs(cal) / 3_600_000;
  const budget = 30 * Math.min(dayHours, weeklyHours(cal)); // hours
  return fc.oneof(
    fc.record({ days: fc.integer({ min: 0, max: Math.floor(budget / dayHours) }) }),
    fc.record({ hours: fc.integer({ min: 0, max: Math.floor(budget) }) }),
    fc.record({ days: fc.double({ min: 0, max: budget / dayHours / 2, noNaN: true }), hours: fc.double({ min: 0, max: budget / 2, noNaN: true }) }),
    fc.record({ hours: fc.integer({ min: 0, max: Math.floor(budget * 60) }).map((m) => m / 60) }),
  );
}
/** A calendar with one duration, or two. */
const withDuration = (cals: fc.Arbitrary<Calendar>) => cals.chain((cal) => fc.tuple(fc.constant(cal), durationArb(cal)));
const withDurations = (cals: fc.Arbitrary<Calendar>) => cals.chain((cal) => fc.tuple(fc.constant(cal), durationArb(cal), durationArb(cal)));

const RUNS = { numRuns: 300 };

describe('properties over generated calendars (7 zones, random weeks, spans, holidays, half days)', () => {
  const cals = calendarArb(ZONES);

  it('every generated calendar is valid', () => {
    fc.assert(fc.property(cals, (cal) => validateCalendar(cal).ok), RUNS);
  });

  it('adding a duration and measuring it gives it back, to the millisecond', () => {
    fc.assert(
      fc.property(withDuration(cals), instantArb, ([cal, d], t) => {
        const start = new Date(t);
        const end = addWorkingTime(start, d, cal);
        const clock = nextWorkingMoment(start, cal);
        expect(end.getTime()).toBeGreaterThanOrEqual(clock.getTime());
        expect(workingTimeBetween(clock, end, cal).ms).toBe(durationMs(d, cal));
        expect(workingTimeBetween(start, end, cal).ms).toBe(durationMs(d, cal));
      }),
      RUNS,
    );
  });

  it('is monotonic in the duration', () => {
    fc.assert(
      fc.property(withDurations(cals), instantArb, ([cal, a, b], t) => {
        const [d1, d2] = durationMs(a, cal) <= durationMs(b, cal) ? [a, b] : [b, a];
        const start = new Date(t);
        expect(addWorkingTime(start, d1, cal).getTime()).toBeLessThanOrEqual(addWorkingTime(start, d2, cal).getTime());
      }),
      RUNS,
    );
  });

  it('is monotonic in the start', () => {
    fc.assert(
      fc.property(withDuration(cals), instantArb, fc.integer({ min: 0, max: 10 * DAY }), ([cal, d], t, gap) => {
        const a = addWorkingTime(new Date(t), d, cal).getTime();
        const b = addWorkingTime(new Date(t + gap), d, cal).getTime();
        expect(a).toBeLessThanOrEqual(b);
      }),
      RUNS,
    );
  });

  it('a deadline for a positive duration is a working moment or exactly a span end', () => {
    fc.assert(
      fc.property(withDuration(cals), instantArb, ([cal, d], t) => {
        fc.pre(durationMs(d, cal) > 0);
        const end = addWorkingTime(new Date(t), d, cal);
        if (!isWorkingMoment(end, cal)) expect(isWorkingMoment(new Date(end.getTime() - 1), cal)).toBe(true);
      }),
      RUNS,
    );
  });

  it('workingTimeBetween is additive', () => {
    fc.assert(
      fc.property(cals, fc.array(instantArb, { minLength: 3, maxLength: 3 }), (cal, ts) => {
        const [a, b, c] = [...ts].sort((x, y) => x - y).map((x) => new Date(x));
        expect(workingTimeBetween(a, b, cal).ms + workingTimeBetween(b, c, cal).ms).toBe(workingTimeBetween(a, c, cal).ms);
      }),
      RUNS,
    );
  });

  it('adding in two steps equals adding once (second step positive)', () => {
    fc.assert(
      fc.property(cals, instantArb, fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (cal, t, x1, x2) => {
        // whole minutes, up to 5 working days (or weeks) each; the second step at least a minute
        const dayMinutes = Math.min(workingDayMs(cal) / 60_000, weeklyHours(cal) * 60);
        const m1 = Math.round(x1 * dayMinutes);
        const m2 = Math.max(1, Math.round(x2 * dayMinutes));
        const start = new Date(t);
        const once = addWorkingTime(start, { hours: (m1 + m2) / 60 }, cal);
        const twice = addWorkingTime(addWorkingTime(start, { hours: m1 / 60 }, cal), { hours: m2 / 60 }, cal);
        expect(iso(twice)).toBe(iso(once));
      }),
      RUNS,
    );
  });

  it('nextWorkingMoment is the first working moment at or after t', () => {
    fc.assert(
      fc.property(cals, instantArb, (cal, t) => {
        const start = new Date(t);
        const next = nextWorkingMoment(start, cal);
        expect(isWorkingMoment(next, cal)).toBe(true);
        expect(next.getTime()).toBeGreaterThanOrEqual(t);
        expect(workingTimeBetween(start, next, cal).ms).toBe(0);
        expect(workingTimeBetween(next, new Date(next.getTime() + 1), cal).ms).toBe(1);
        if (isWorkingMoment(start, cal)) expect(next.getTime()).toBe(t);
        expect(addWorkingTime(start, { days: 0 }, cal).getTime()).toBe(next.getTime());
      }),
      RUNS,
    );
  });

  it('isWorkingMoment agrees with one millisecond of measured working time', () => {
    fc.assert(
      fc.property(cals, instantArb, (cal, t) => {
        expect(workingTimeBetween(new Date(t), new Date(t + 1), cal).ms).toBe(isWorkingMoment(new Date(t), cal) ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('days and hours of a measurement are consistent', () => {
    fc.assert(
      fc.property(cals, instantArb, instantArb, (cal, a, b) => {
        const r = workingTimeBetween(new Date(a), new Date(b), cal);
        expect(r.ms).toBeGreaterThanOrEqual(0);
        if (b <= a) expect(r.ms).toBe(0);
        expect(r.ms).toBeLessThanOrEqual(Math.max(0, b - a));
        expect(r.hours).toBeCloseTo(r.ms / 3_600_000, 9);
        expect(r.days).toBeCloseTo(r.ms / workingDayMs(cal), 9);
      }),
      RUNS,
    );
  });
});

describe('cross-checks against independent oracles', () => {
  it('the memoised zone offsets equal a direct Intl reading, at random instants and around DST changes', () => {
    const zones = [...ZONES, 'America/Sao_Paulo', 'Africa/Casablanca', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.oneof(instantArb, fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })), (tz, t) => {
        expect(timeZoneOffsetMs(t, tz)).toBe(intlOffsetMs(t, tz));
      }),
      { numRuns: 500 },
    );
  });

  /** Naive reading of the calendar at local wall-clock time `wall` (ms, as if UTC). */
  function naiveWorkingWall(wall: number, cal: Calendar): boolean {
    const d = new Date(wall);
    const date = d.toISOString().slice(0, 10);
    const weekday = WEEKDAYS[d.getUTCDay()];
    const secs = (((wall % DAY) + DAY) % DAY) / 1000;
    if (cal.holidays?.includes(date) || cal.yearlyHolidays?.includes(date.slice(5))) return false;
    const spans =
      cal.halfDays?.find((h) => h.date === date)?.hours ?? cal.halfDays?.find((h) => h.weekday === weekday)?.hours ?? (cal.workingDays.includes(weekday) ? cal.hours : []);
    const toSecs = (s: string) => Number(s.slice(0, 2)) * 3600 + Number(s.slice(3)) * 60;
    return spans.some(([s, e]) => toSecs(s) <= secs && secs < toSecs(e));
  }

  it('isWorkingMoment agrees with a naive wall-clock reading away from DST changes', () => {
    fc.assert(
      fc.property(calendarArb(ZONES), instantArb, (cal, t) => {
        const offset = intlOffsetMs(t, cal.timezone);
        fc.pre(intlOffsetMs(t - 2 * DAY, cal.timezone) === offset && intlOffsetMs(t + 2 * DAY, cal.timezone) === offset);
        expect(isWorkingMoment(new Date(t), cal)).toBe(naiveWorkingWall(t + offset, cal));
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingTime agrees with minute-by-minute counting in fixed-offset zones', () => {
    fc.assert(
      fc.property(calendarArb(FIXED_ZONES), fc.integer({ min: FROM / 60_000, max: TO / 60_000 }), fc.double({ min: 0, max: 3, noNaN: true }), (cal, minute, share) => {
        // Count working minutes one by one (the calendar and the start are minute-aligned).
        const need = Math.max(1, Math.round(share * Math.min(workingDayMs(cal) / 60_000, weeklyHours(cal) * 60)));
        const offset = intlOffsetMs(minute * 60_000, cal.timezone);
        let t = minute * 60_000;
        let left = need;
        for (let steps = 0; left > 0 && steps < 300_000; steps++) {
          if (naiveWorkingWall(t + offset, cal)) left--;
          t += 60_000;
        }
        fc.pre(left === 0);
        expect(iso(addWorkingTime(new Date(minute * 60_000), { hours: need / 60 }, cal))).toBe(iso(new Date(t)));
      }),
      { numRuns: 40 },
    );
  });
});

describe('performance', () => {
  it('adds 30 working days in well under a millisecond once warm', () => {
    const cals = [TEHRAN, MOSCOW, SHANGHAI, BERLIN_OFFICE];
    for (const cal of cals) addWorkingTime(at('2027-06-01T00:00:00Z'), { days: 30 }, cal); // warm the zone caches
    const n = 2000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) addWorkingTime(new Date(Date.UTC(2027, 0, 1) + i * 3_517_000), { days: 30 }, cals[i % cals.length]);
    const perCall = (performance.now() - t0) / n;
    expect(perCall).toBeLessThan(1);
  });
});
