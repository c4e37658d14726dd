/**
 * The reports' arithmetic, table-driven: the Pareto's order and shares, category subtrees and
 * inherited regulator classes, the SLA stage outcome, column labels in four languages.
 */
import { categorySubtree, effectiveRegulatorClass, pareto, regulatorRows, shareOf } from '../../src/plugins/complaint-desk/server/src/domain/reports/maths';
import { COLUMN_LABELS, REPORT_COLUMNS, stageOutcome } from '../../src/plugins/complaint-desk/server/src/domain/reports/definitions';
import { REPORT_LOCALES, REPORT_NAMES } from '../../src/plugins/complaint-desk/shared/reports';

describe('pareto', () => {
  it.each<[string, Array<{ k: string; count: number }>, Array<[string, number, number]>]>([
    ['empty', [], []],
    ['one item is all of it', [{ k: 'a', count: 7 }], [['a', 1, 1]]],
    ['most first, ties by key', [{ k: 'b', count: 1 }, { k: 'c', count: 3 }, { k: 'a', count: 1 }], [['c', 0.6, 0.6], ['a', 0.2, 0.8], ['b', 0.2, 1]]],
    ['zero counts are left out', [{ k: 'a', count: 0 }, { k: 'b', count: 2 }], [['b', 1, 1]]],
    ['thirds end exactly at 1', [{ k: 'a', count: 1 }, { k: 'b', count: 1 }, { k: 'c', count: 1 }], [['a', 1 / 3, 1 / 3], ['b', 1 / 3, 2 / 3], ['c', 1 / 3, 1]]],
  ])('%s', (_n, items, expected) => {
    expect(pareto(items, (i) => i.k).map((r) => [r.k, r.share, r.cumulativeShare])).toEqual(expected);
  });

  it('the cumulative share never decreases and ends at 1', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ k: String(i).padStart(2, '0'), count: (i * 7919) % 13 }));
    const rows = pareto(items, (i) => i.k);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i].cumulativeShare).toBeGreaterThanOrEqual(rows[i - 1].cumulativeShare);
    expect(rows[rows.length - 1].cumulativeShare).toBe(1);
  });
});

describe('shareOf', () => {
  it.each([[1, 2, 0.5], [0, 0, null], [3, 3, 1]])('%d/%d → %s', (p, w, s) => expect(shareOf(p, w)).toBe(s));
});

const tree = new Map<string, string | null>([
  ['root', null],
  ['a', 'root'],
  ['a1', 'a'],
  ['a2', 'a'],
  ['b', 'root'],
  ['other', null],
  ['loop1', 'loop2'],
  ['loop2', 'loop1'],
]);

describe('categorySubtree', () => {
  it.each<[string, string[]]>([
    ['root', ['root', 'a', 'a1', 'a2', 'b']],
    ['a', ['a', 'a1', 'a2']],
    ['a1', ['a1']],
    ['other', ['other']],
    ['loop1', ['loop1', 'loop2']],
    ['unknown', ['unknown']],
  ])('%s', (id, expected) => {
    expect(categorySubtree(id, tree).sort()).toEqual(expected.sort());
  });
});

describe('effectiveRegulatorClass', () => {
  const classes = new Map<string, string | null>([['root', 'support'], ['a', 'financial'], ['a2', 'contract'], ['loop1', null], ['loop2', null], ['other', 'not-a-class']]);
  it.each<[string, string | null]>([
    ['a1', 'financial'],
    ['a2', 'contract'],
    ['b', 'support'],
    ['root', 'support'],
    ['other', null],
    ['loop1', null],
  ])('%s → %s', (id, cls) => {
    expect(effectiveRegulatorClass(id, tree, classes)).toBe(cls);
  });

  it('regulatorRows: five classes in order, the unmapped last when not empty, shares over all', () => {
    const rows = regulatorRows([{ categoryId: 'a1', count: 2 }, { categoryId: 'b', count: 1 }, { categoryId: null, count: 1 }], tree, classes);
    expect(rows).toEqual([
      { regulatorClass: 'support', count: 1, share: 0.25 },
      { regulatorClass: 'financial', count: 2, share: 0.5 },
      { regulatorClass: 'contract', count: 0, share: 0 },
      { regulatorClass: 'service_quality', count: 0, share: 0 },
      { regulatorClass: 'service_not_provided', count: 0, share: 0 },
      { regulatorClass: null, count: 1, share: 0.25 },
    ]);
    expect(regulatorRows([{ categoryId: 'a', count: 1 }], tree, classes).map((r) => r.regulatorClass)).not.toContain(null);
  });
});

describe('stageOutcome', () => {
  const d = (s: string) => new Date(s);
  const now = d('2026-06-01T12:00:00Z');
  it.each<[string | null, string | null, string | null]>([
    [null, null, null],
    [null, '2026-05-01T00:00:00Z', null],
    ['2026-05-01T00:00:00Z', '2026-04-30T00:00:00Z', 'met'],
    ['2026-05-01T00:00:00Z', '2026-05-01T00:00:00Z', 'met'],
    ['2026-05-01T00:00:00Z', '2026-05-01T00:00:01Z', 'breached'],
    ['2026-05-01T00:00:00Z', null, 'breached'],
    ['2026-06-01T12:00:00Z', null, 'pending'],
    ['2026-07-01T00:00:00Z', null, 'pending'],
  ])('due %s, met %s → %s', (due, met, outcome) => {
    expect(stageOutcome(due ? d(due) : null, met ? d(met) : null, now)).toBe(outcome);
  });
});

describe('columns and labels', () => {
  it('every report has columns, every column a label in the four languages', () => {
    for (const name of REPORT_NAMES) {
      expect(REPORT_COLUMNS[name].length).toBeGreaterThan(0);
      for (const c of REPORT_COLUMNS[name]) for (const l of REPORT_LOCALES) expect(COLUMN_LABELS[c.field]?.[l]).toBeTruthy();
    }
  });

  it('labels differ from English in the other languages', () => {
    for (const [field, labels] of Object.entries(COLUMN_LABELS)) for (const l of ['fa', 'ru', 'zh'] as const) expect([field, labels[l]]).not.toEqual([field, labels.en]);
  });
});
