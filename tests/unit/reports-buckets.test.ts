/**
 * Trend buckets, table-driven: Gregorian and Jalali days, weeks and months in the business
 * calendar's zone, cut to the period, across DST and Nowruz.
 */
import { jalaliDate, trendBuckets, MAX_BUCKETS } from '../../src/plugins/complaint-desk/server/src/domain/reports/buckets';

const rows = (from: string, to: string, interval: 'day' | 'week' | 'month', calendar: 'gregorian' | 'jalali', tz: string) =>
  trendBuckets(new Date(from), new Date(to), interval, calendar, tz).map((b) => [b.bucket, b.start.toISOString(), b.end.toISOString()]);

describe('trendBuckets', () => {
  it.each<[string, string, string, 'day' | 'week' | 'month', 'gregorian' | 'jalali', string, string[][]]>([
    ['UTC months cut to the period', '2026-01-15T00:00:00Z', '2026-03-10T00:00:00Z', 'month', 'gregorian', 'UTC', [
      ['2026-01-01', '2026-01-15T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
      ['2026-02-01', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
      ['2026-03-01', '2026-03-01T00:00:00.000Z', '2026-03-10T00:00:00.000Z'],
    ]],
    ['Tehran days (+03:30)', '2026-01-30T20:30:00Z', '2026-02-01T20:30:00Z', 'day', 'gregorian', 'Asia/Tehran', [
      ['2026-01-31', '2026-01-30T20:30:00.000Z', '2026-01-31T20:30:00.000Z'],
      ['2026-02-01', '2026-01-31T20:30:00.000Z', '2026-02-01T20:30:00.000Z'],
    ]],
    ['Berlin spring-forward day lasts 23 h', '2026-03-28T23:00:00Z', '2026-03-30T22:00:00Z', 'day', 'gregorian', 'Europe/Berlin', [
      ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
      ['2026-03-30', '2026-03-29T22:00:00.000Z', '2026-03-30T22:00:00.000Z'],
    ]],
    ['ISO weeks start on Monday', '2026-12-02T00:00:00Z', '2026-12-15T00:00:00Z', 'week', 'gregorian', 'UTC', [
      ['2026-11-30', '2026-12-02T00:00:00.000Z', '2026-12-07T00:00:00.000Z'],
      ['2026-12-07', '2026-12-07T00:00:00.000Z', '2026-12-14T00:00:00.000Z'],
      ['2026-12-14', '2026-12-14T00:00:00.000Z', '2026-12-15T00:00:00.000Z'],
    ]],
    ['Jalali weeks start on Saturday', '2026-12-02T20:30:00Z', '2026-12-09T20:30:00Z', 'week', 'jalali', 'Asia/Tehran', [
      ['1405-09-07', '2026-12-02T20:30:00.000Z', '2026-12-04T20:30:00.000Z'],
      ['1405-09-14', '2026-12-04T20:30:00.000Z', '2026-12-09T20:30:00.000Z'],
    ]],
    ['Jalali months across Nowruz', '2026-02-19T20:30:00Z', '2026-04-20T20:30:00Z', 'month', 'jalali', 'Asia/Tehran', [
      ['1404-12-01', '2026-02-19T20:30:00.000Z', '2026-03-20T20:30:00.000Z'],
      ['1405-01-01', '2026-03-20T20:30:00.000Z', '2026-04-20T20:30:00.000Z'],
    ]],
    ['Gregorian month across a year end', '2026-12-20T00:00:00Z', '2027-01-02T00:00:00Z', 'month', 'gregorian', 'UTC', [
      ['2026-12-01', '2026-12-20T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
      ['2027-01-01', '2027-01-01T00:00:00.000Z', '2027-01-02T00:00:00.000Z'],
    ]],
  ])('%s', (_name, from, to, interval, calendar, tz, expected) => {
    expect(rows(from, to, interval, calendar, tz)).toEqual(expected);
  });

  it('buckets tile the period without gaps or overlaps', () => {
    for (const [interval, calendar, tz] of [['day', 'jalali', 'Asia/Tehran'], ['week', 'gregorian', 'America/New_York'], ['month', 'jalali', 'Europe/Moscow']] as const) {
      const from = new Date('2025-02-11T13:17:00Z');
      const to = new Date('2026-09-03T07:00:00Z');
      const b = trendBuckets(from, to, interval, calendar, tz);
      expect(b[0].start).toEqual(from);
      expect(b[b.length - 1].end).toEqual(to);
      for (let i = 1; i < b.length; i += 1) expect(b[i].start).toEqual(b[i - 1].end);
      expect(new Set(b.map((x) => x.bucket)).size).toBe(b.length);
    }
  });

  it('five years of days fit; more is refused', () => {
    expect(trendBuckets(new Date('2021-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'), 'day', 'gregorian', 'UTC')).toHaveLength(1826);
    expect(() => trendBuckets(new Date('2010-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'), 'day', 'gregorian', 'UTC')).toThrow(RangeError);
    expect(MAX_BUCKETS).toBeGreaterThanOrEqual(1827);
  });
});

describe('jalaliDate', () => {
  it.each([
    ['2025-03-21', '1404-01-01'],
    ['2026-03-20', '1404-12-29'],
    ['2026-03-21', '1405-01-01'],
    ['2026-12-03', '1405-09-12'],
  ])('%s → %s', (g, j) => {
    expect(jalaliDate(g)).toBe(j);
  });
});
