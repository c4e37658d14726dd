/**
 * The console's CFT review editor reads the JSON shapes the demo seed writes (5 whys as
 * `[{why, answer}]`; a plain chain of strings is read too) and writes back `[{why, answer}]`,
 * `{D0…D8}` and the six M lists; and the corrective actions' overdue rule.
 */
import { fromFormValues, readFiveWhys, readFishbone, toFormValues } from '../../src/plugins/complaint-desk/console/src/cft-reviews/cftReviewShape';
import { byDueDate, isOverdue } from '../../src/plugins/complaint-desk/console/src/corrective-actions/correctiveActionStatus';
import { CFT_REVIEWS } from '../../src/plugins/complaint-desk/server/src/seed/data/reference';

describe('CFT review shapes', () => {
  it('reads a plain chain of whys as question/answer pairs', () => {
    expect(readFiveWhys(['Data was down', 'Backhaul fibre was cut', 'There was no second path'])).toEqual([
      { why: 'Data was down', answer: 'Backhaul fibre was cut' },
      { why: 'Backhaul fibre was cut', answer: 'There was no second path' },
    ]);
    expect(readFiveWhys(['Only the problem'])).toEqual([{ why: 'Only the problem', answer: '' }]);
    expect(readFiveWhys(null)).toEqual([]);
    expect(readFiveWhys([{ why: 'a', answer: 'b' }, 'c'])).toEqual([{ why: 'a', answer: 'b' }, { why: '', answer: 'c' }]);
  });

  it('reads a fishbone with missing or odd branches as six lists', () => {
    expect(readFishbone({ machine: ['x', ''], method: 'not a list' })).toEqual({ man: [], machine: ['x'], method: [], material: [], measurement: [], environment: [] });
  });

  it.each(CFT_REVIEWS.map((r) => [r.key, r] as const))('round-trips the seed review %s through the form', (_key, review) => {
    const back = fromFormValues(toFormValues({ id: 'r1', ...review }) as Record<string, unknown>);
    expect(back.eightD).toEqual(Object.fromEntries(Object.entries(review.eightD).filter(([, v]) => v !== '')));
    expect(back.fishbone).toEqual(review.fishbone);
    expect(back.fiveWhys).toEqual(readFiveWhys(review.fiveWhys));
  });

  it('drops empty rows and sections when saving', () => {
    const back = fromFormValues({ eightD: { D0: ' ', D4: 'cause' }, fiveWhys: [{ why: '', answer: '' }, { why: 'w', answer: '' }], fishbone: { man: [{ cause: ' ' }, { cause: 'tired' }] } });
    expect(back.eightD).toEqual({ D4: 'cause' });
    expect(back.fiveWhys).toEqual([{ why: 'w', answer: '' }]);
    expect(back.fishbone).toEqual({ man: ['tired'], machine: [], method: [], material: [], measurement: [], environment: [] });
  });
});

describe('corrective action overdue', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('is overdue only when due before today and not done', () => {
    expect(isOverdue({ dueAt: '2026-11-22', status: 'planned' }, now)).toBe(true);
    expect(isOverdue({ dueAt: '2026-11-23', status: 'in_progress' }, now)).toBe(false);
    expect(isOverdue({ dueAt: '2026-11-01', status: 'implemented' }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, status: 'planned' }, now)).toBe(false);
  });
  it('sorts cards by due date, undated last', () => {
    const cards = [{ dueAt: null }, { dueAt: '2026-12-01' }, { dueAt: '2026-11-01' }].map((c, i) => ({ id: i, title: '', kind: 'corrective', status: 'planned', ...c }) as const);
    expect([...cards].sort(byDueDate).map((c) => c.dueAt)).toEqual(['2026-11-01', '2026-12-01', null]);
  });
});
