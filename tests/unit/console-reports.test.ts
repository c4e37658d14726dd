/**
 * The console's Reports section, pure parts: the Pareto's bars, the filters in the URL and in the
 * API query, the drill-down to the complaint list, Persian digits and Jalali bucket labels, and the
 * role dashboards' figures.
 */
import type { RootCauseReportRow, SlaComplianceReportRow } from '../../src/plugins/complaint-desk/shared';
import {
  addDays,
  bucketLabel,
  categorySubtree,
  complaintListFilter,
  complaintListPath,
  csvFileName,
  defaultFilters,
  filtersFromSearch,
  filtersToSearch,
  formatCount,
  formatPercent,
  formatShare,
  isEmptyAnswer,
  JALALI_MONTHS_FA,
  paretoBars,
  previousPeriod,
  reportQuery,
} from '../../src/plugins/complaint-desk/console/src/reports/reportModel';
import {
  compareRootCauses,
  dashboardPeriods,
  dueSoonCorrectiveActions,
  dueTodayFilter,
  listPath,
  openComplaintsFilter,
  overallCompliance,
  overdueCorrectiveActions,
  PANELS_BY_ROLE,
} from '../../src/plugins/complaint-desk/console/src/dashboard/dashboardModel';
import { canSeeReports } from '../../src/plugins/complaint-desk/console/src/reports/reportAccess';

const row = (code: string, count: number): RootCauseReportRow => ({
  rootCauseId: `id-${code}`,
  code,
  title: `Title of ${code}`,
  sixM: 'method',
  count,
  share: 0,
  cumulativeShare: 0,
});

describe('paretoBars', () => {
  it('sorts by count then code, with shares and a cumulative line ending at exactly 100 %', () => {
    const bars = paretoBars([row('b', 10), row('a', 30), row('c', 10), row('d', 50)]);
    expect(bars.map((b) => b.code)).toEqual(['d', 'a', 'b', 'c']);
    expect(bars.map((b) => b.count)).toEqual([50, 30, 10, 10]);
    expect(bars.map((b) => b.share)).toEqual([50, 30, 10, 10]);
    expect(bars.map((b) => b.cumulative)).toEqual([50, 80, 90, 100]);
    expect(bars.map((b) => b.label)).toEqual(['Title of d', 'Title of a', 'Title of b', 'Title of c']);
  });

  it.each([
    // counts → which causes are "vital" (the cumulative share before them is under 80 %)
    [[50, 30, 10, 10], [true, true, false, false]],
    [[79, 1, 20], [true, true, false]],
    [[100], [true]],
    [[25, 25, 25, 25], [true, true, true, true]],
    [[90, 5, 5], [true, false, false]],
  ])('marks the vital few of %j', (counts, vital) => {
    const bars = paretoBars(counts.map((n, i) => row(String.fromCharCode(97 + i), n)));
    expect(bars.map((b) => b.vital)).toEqual(vital);
  });

  it('keeps the cumulative line non-decreasing and at 100 % with awkward fractions', () => {
    const bars = paretoBars([row('a', 1), row('b', 1), row('c', 1)]);
    for (let i = 1; i < bars.length; i++) expect(bars[i].cumulative).toBeGreaterThanOrEqual(bars[i - 1].cumulative);
    expect(bars[bars.length - 1].cumulative).toBe(100);
  });

  it('gathers the tail beyond maxBars into one "other" bar without an id', () => {
    const rows = Array.from({ length: 15 }, (_, i) => row(`c${String(i).padStart(2, '0')}`, 15 - i));
    const bars = paretoBars(rows, { maxBars: 5, otherLabel: 'Other causes' });
    expect(bars).toHaveLength(5);
    expect(bars[4]).toMatchObject({ id: null, label: 'Other causes', code: null, vital: false });
    expect(bars[4].count).toBe(rows.slice(4).reduce((s, r) => s + r.count, 0));
    expect(bars.reduce((s, b) => s + b.count, 0)).toBe(rows.reduce((s, r) => s + r.count, 0));
    expect(bars[4].cumulative).toBe(100);
  });

  it('leaves out causes with no complaints and answers nothing when there are none', () => {
    expect(paretoBars([row('a', 0), row('b', 3)]).map((b) => b.code)).toEqual(['b']);
    expect(paretoBars([])).toEqual([]);
    expect(paretoBars([row('a', 0)])).toEqual([]);
  });

  it('labels a cause by its code when it has no title', () => {
    expect(paretoBars([{ ...row('x', 2), title: '' }])[0].label).toBe('x');
  });
});

describe('numbers in the console language', () => {
  it.each([
    ['en', 1234, '1,234'],
    ['fa', 1234, '۱٬۲۳۴'],
    ['ru', 1234, '1 234'],
    ['zh', 1234, '1,234'],
  ])('%s counts', (locale, value, text) => {
    expect(formatCount(value, locale).replace(/\u00a0|\u202f/g, ' ')).toBe(text);
  });

  it.each([
    ['en', 80, '80%'],
    ['fa', 80, '۸۰٪'],
    ['fa', 12.34, '۱۲٫۳٪'],
    ['ru', 80, '80 %'],
    ['zh', 80, '80%'],
  ])('%s percentages', (locale, value, text) => {
    expect(formatPercent(value, locale).replace(/\u00a0|\u202f/g, ' ')).toBe(text);
  });

  it('shares (0..1) are percentages, and a missing one is a dash', () => {
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(null, 'fa')).toBe('—');
    expect(formatPercent(undefined, 'en')).toBe('—');
  });

  it('Persian text carries no Latin digit', () => {
    expect(formatCount(9876543, 'fa')).not.toMatch(/[0-9]/);
    expect(formatPercent(99.5, 'fa')).not.toMatch(/[0-9]/);
  });
});

describe('trend bucket labels', () => {
  it.each([
    ['1405-08-01', 'month', 'fa', 'آبان ۱۴۰۵'],
    ['1405-01-01', 'month', 'fa', 'فروردین ۱۴۰۵'],
    ['1404-12-01', 'month', 'fa', 'اسفند ۱۴۰۴'],
    ['1405-08-12', 'day', 'fa', '۱۲ آبان'],
    ['1405-09-01', 'week', 'fa', '۱ آذر'],
    ['2026-11-01', 'month', 'en', 'Nov 2026'],
    ['2026-11-12', 'day', 'en', '12 Nov'],
    ['2026-11-09', 'week', 'zh', '11月9日'],
    ['2026-11-01', 'month', 'zh', '2026年11月'],
  ] as const)('%s by %s in %s → %s', (bucket, interval, locale, label) => {
    expect(bucketLabel(bucket, interval, locale)).toBe(label);
  });

  it('Russian months are Russian', () => {
    expect(bucketLabel('2026-11-01', 'month', 'ru')).toMatch(/нояб/);
  });

  it("names the Jalali months as the platform's Persian calendar does", () => {
    // Any Gregorian day, read in the Persian calendar by Intl, gives a Jalali date whose month
    // name must be the one the label uses.
    const parts = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const names = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2026, m, 15));
      const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
      const bucket = `${p.year}-${String(p.month).padStart(2, '0')}-01`;
      expect(JALALI_MONTHS_FA[Number(p.month) - 1]).toBe(names.format(date));
      expect(bucketLabel(bucket, 'month', 'fa')).toContain(names.format(date));
    }
  });

  it('leaves an unknown bucket as it is', () => {
    expect(bucketLabel('week 12', 'week', 'en')).toBe('week 12');
  });
});

describe('filters in the URL and the API query', () => {
  const now = new Date(2026, 11, 3, 15, 0);

  it('defaults to the last 90 days including today', () => {
    expect(defaultFilters(now)).toEqual({ from: '2026-09-05', to: '2026-12-04' });
    expect(filtersFromSearch('', now)).toEqual(defaultFilters(now));
  });

  it('round-trips through the search string and drops what is not a valid value', () => {
    const filters = { from: '2026-01-01', to: '2026-07-01', channel: 'email', language: 'fa', teamId: 't1', categoryId: 'c1', interval: 'week' } as const;
    expect(filtersFromSearch(filtersToSearch(filters), now)).toEqual(filters);
    expect(filtersFromSearch('from=2026-02-30&to=bad&channel=pigeon&language=de&interval=hour', now)).toEqual(defaultFilters(now));
  });

  it('sends plain days, the locale, and for trends the interval and the calendar (Jalali in Persian)', () => {
    const filters = { from: '2026-01-01', to: '2026-07-01', channel: 'email' } as const;
    expect(reportQuery('root-causes', filters, 'en')).toEqual({ from: '2026-01-01', to: '2026-07-01', channel: 'email', locale: 'en' });
    expect(reportQuery('trends', filters, 'fa')).toMatchObject({ interval: 'month', calendar: 'jalali', locale: 'fa' });
    expect(reportQuery('trends', { ...filters, interval: 'day' }, 'ru')).toMatchObject({ interval: 'day', calendar: 'gregorian' });
  });

  it('counts days across a DST change by the calendar', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 3)).toBe('2026-10-27');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('the period before has the same length', () => {
    expect(previousPeriod({ from: '2026-11-04', to: '2026-12-04' })).toEqual({ from: '2026-10-05', to: '2026-11-04' });
  });

  it('names the CSV after the report and the period with its last day', () => {
    expect(csvFileName('root-causes', { from: '2026-01-01', to: '2026-07-01' })).toBe('complaint-desk-root-causes-2026-01-01_2026-06-30.csv');
  });
});

describe('drill-down to the complaint list', () => {
  const categories = [
    { id: 'root', parentId: null },
    { id: 'a', parentId: 'root' },
    { id: 'b', parentId: 'root' },
    { id: 'a1', parentId: 'a' },
    { id: 'other', parentId: null },
  ];
  const period = { from: '2026-08-31T20:30:00.000Z', to: '2026-11-30T20:30:00.000Z' };

  it('a category selects its whole subtree', () => {
    expect(categorySubtree('root', categories).sort()).toEqual(['a', 'a1', 'b', 'root']);
    expect(categorySubtree('a1', categories)).toEqual(['a1']);
    // A cycle in bad data does not loop.
    expect(categorySubtree('x', [{ id: 'x', parentId: 'y' }, { id: 'y', parentId: 'x' }]).sort()).toEqual(['x', 'y']);
  });

  it("filters by the report's period (as instants), its filters and the bar clicked", () => {
    expect(complaintListFilter(period, { categoryId: 'a', channel: 'phone', teamId: 't', language: 'zh' }, { rootCauseIds: 'rc1' }, categories)).toEqual({
      receivedAt_gte: period.from,
      receivedAt_lt: period.to,
      categoryId: ['a', 'a1'],
      channel: 'phone',
      teamId: 't',
      language: 'zh',
      rootCauseIds: 'rc1',
    });
    expect(complaintListFilter(period, { categoryId: 'b' }, {}, categories)).toMatchObject({ categoryId: 'b' });
  });

  it("is a react-admin list route with the filter in the URL", () => {
    const path = complaintListPath({ rootCauseIds: 'rc 1' });
    expect(path.startsWith('/complaints?')).toBe(true);
    const params = new URLSearchParams(path.split('?')[1]);
    expect(JSON.parse(params.get('filter')!)).toEqual({ rootCauseIds: 'rc 1' });
  });
});

describe('empty answers', () => {
  it.each([
    [[], true],
    [[{ count: 0, share: 0 }], true],
    [[{ score: 5, result: 0, process: 0 }], true],
    [[{ count: 2, share: 1 }], false],
    [[{ title: 'x' }], false],
  ])('%j → %s', (rows, empty) => {
    expect(isEmptyAnswer({ rows })).toBe(empty);
  });
});

describe('role dashboards', () => {
  const now = new Date(2026, 11, 3, 15, 0);

  it('each role gets its panels; the content editor and the CFT member none', () => {
    expect(PANELS_BY_ROLE.director).toEqual(['director']);
    expect(PANELS_BY_ROLE['quality-manager']).toEqual(['quality']);
    expect(PANELS_BY_ROLE.agent).toEqual(['front']);
    expect(PANELS_BY_ROLE.specialist).toEqual(['front']);
    expect(PANELS_BY_ROLE['content-editor']).toEqual([]);
  });

  it('the Reports section is for the roles the server lets read reports', () => {
    expect(canSeeReports('quality-manager')).toBe(true);
    expect(canSeeReports('director')).toBe(true);
    expect(canSeeReports('agent')).toBe(true);
    expect(canSeeReports('content-editor')).toBe(false);
    expect(canSeeReports('nobody')).toBe(false);
  });

  it('compares the last 30 days with the 30 before', () => {
    expect(dashboardPeriods(now, 30)).toEqual({
      current: { from: '2026-11-04', to: '2026-12-04' },
      previous: { from: '2026-10-05', to: '2026-11-04' },
    });
  });

  it('the top five root causes of this period, with last period’s counts', () => {
    const current = [row('a', 9), row('b', 7), row('c', 7), row('d', 3), row('e', 2), row('f', 1), row('z', 0)];
    const previous = [row('a', 4), row('c', 10), row('q', 50)];
    expect(compareRootCauses(current, previous)).toEqual([
      { rootCauseId: 'id-a', title: 'Title of a', current: 9, previous: 4 },
      { rootCauseId: 'id-b', title: 'Title of b', current: 7, previous: 0 },
      { rootCauseId: 'id-c', title: 'Title of c', current: 7, previous: 10 },
      { rootCauseId: 'id-d', title: 'Title of d', current: 3, previous: 0 },
      { rootCauseId: 'id-e', title: 'Title of e', current: 2, previous: 0 },
    ]);
    expect(compareRootCauses([], previous)).toEqual([]);
  });

  it('SLA compliance over all stages and teams', () => {
    const sla = (met: number, breached: number): SlaComplianceReportRow => ({ stage: 'assessment', teamId: null, teamName: null, met, breached, pending: 3, compliance: null });
    expect(overallCompliance([sla(6, 2), sla(2, 0)])).toBe(0.8);
    expect(overallCompliance([sla(0, 0)])).toBeNull();
    expect(overallCompliance([])).toBeNull();
  });

  it('the filters behind the figures', () => {
    const today = new Date(2026, 11, 3).toISOString();
    const tomorrow = new Date(2026, 11, 4).toISOString();
    expect(dueTodayFilter(now)).toEqual({ queue: 'mine', slaDueAt_gte: today, slaDueAt_lt: tomorrow });
    expect(openComplaintsFilter({ teamId: 't' }).status).not.toContain('closed');
    expect(openComplaintsFilter().status).toContain('received');
    expect(overdueCorrectiveActions(now)).toEqual({ dueAt_lt: now.toISOString(), status_nin: expect.arrayContaining(['effective', 'cancelled']) });
    const soon = dueSoonCorrectiveActions(now, 14);
    expect(new Date(soon.dueAt_lt).getTime() - new Date(soon.dueAt_gte).getTime()).toBe(14 * 86_400_000);
    const path = listPath('complaints', { queue: 'mine' }, { field: 'slaDueAt', order: 'ASC' });
    const params = new URLSearchParams(path.split('?')[1]);
    expect([params.get('sort'), params.get('order'), params.get('filter')]).toEqual(['slaDueAt', 'ASC', '{"queue":"mine"}']);
  });
});
