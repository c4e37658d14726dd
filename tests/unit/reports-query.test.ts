/**
 * The report query's rules, table-driven: names, enumerations, dates (plain dates are local
 * midnights of the business calendar), the period's order and its five-year bound, defaults.
 */
import { parseReportQuery } from '../../src/plugins/complaint-desk/server/src/domain/reports/query';
import { reportScope } from '../../src/plugins/complaint-desk/server/src/domain/reports/definitions';

const NOW = new Date('2026-12-03T12:00:00.000Z');
const parse = (name: string, raw: Record<string, unknown>, tz = 'UTC') => parseReportQuery(name, raw, tz, NOW);
const issuePaths = (r: ReturnType<typeof parse>) => (r.ok ? [] : r.issues.map((i) => i.path));

describe('parseReportQuery: 400 issues name the field', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['nope', {}, ['name']],
    ['nope', { channel: 'pigeon' }, ['name', 'channel']],
    ['trends', { from: '2026-02-01', to: '2026-01-01' }, ['from']],
    ['trends', { from: '2026-01-01', to: '2026-01-01' }, ['from']],
    ['trends', { from: '2020-12-31', to: '2026-01-01' }, ['to']],
    ['trends', { interval: 'year' }, ['interval']],
    ['trends', { calendar: 'hebrew' }, ['calendar']],
    ['trends', { locale: 'de' }, ['locale']],
    ['trends', { format: 'xlsx' }, ['format']],
    ['trends', { language: 'ar' }, ['language']],
    ['trends', { from: '2026-13-01' }, ['from']],
    ['trends', { from: '01/02/2026' }, ['from']],
    ['trends', { from: '2026-01-01T10:00' }, ['from']],
    ['trends', { categoryId: "x' or 1=1" }, ['categoryId']],
    ['trends', { teamId: ['a', 'b'] }, ['teamId']],
    ['trends', { extra: '1', other: '2' }, ['extra', 'other']],
  ])('%s %j → %j', (name, raw, paths) => {
    expect(issuePaths(parse(name, raw))).toEqual(paths);
  });
});

describe('parseReportQuery: accepted queries', () => {
  it.each<[string, Record<string, unknown>, string, Partial<Record<string, unknown>>]>([
    ['root-causes', { from: '2026-01-01', to: '2027-01-01' }, 'UTC', { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', interval: 'month', calendar: 'gregorian', format: 'json' }],
    ['root-causes', { from: '2026-01-01', to: '2027-01-01' }, 'Asia/Tehran', { from: '2025-12-31T20:30:00.000Z', to: '2026-12-31T20:30:00.000Z' }],
    ['root-causes', { from: '2026-03-29', to: '2026-03-30' }, 'Europe/Berlin', { from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' }],
    ['root-causes', { from: '2026-01-01T00:00:00+03:30', to: '2026-01-02T00:00:00Z' }, 'UTC', { from: '2025-12-31T20:30:00.000Z', to: '2026-01-02T00:00:00.000Z' }],
    ['trends', {}, 'UTC', { from: '2025-12-03T12:00:00.000Z', to: '2026-12-03T12:00:00.000Z' }],
    ['trends', { locale: 'fa' }, 'UTC', { calendar: 'jalali', locale: 'fa' }],
    ['trends', { locale: 'fa', calendar: 'gregorian' }, 'UTC', { calendar: 'gregorian' }],
    ['trends', { calendar: 'jalali', interval: 'week', format: 'csv' }, 'UTC', { calendar: 'jalali', interval: 'week', format: 'csv' }],
    ['regulator', { from: '2021-01-01', to: '2026-01-01', channel: 'sms', language: 'fa', categoryId: 'abc123', teamId: 'T-1' }, 'UTC', { channel: 'sms', language: 'fa', categoryId: 'abc123', teamId: 'T-1' }],
  ])('%s %j in %s', (name, raw, tz, expected) => {
    const r = parse(name, raw, tz);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const q = { ...r.query, from: r.query.from.toISOString(), to: r.query.to.toISOString() };
    expect(q).toMatchObject({ name, ...expected });
  });
});

describe('reportScope', () => {
  it.each([
    ['agent', 'team'],
    ['specialist', 'team'],
    ['director', 'all'],
    ['quality-manager', 'all'],
    ['cft-member', 'all'],
    ['content-editor', null],
  ] as const)('%s → %s', (role, scope) => {
    expect(reportScope(role)).toBe(scope);
  });
});
