/**
 * SLA stage arithmetic, the column changes of stage changes, the per-stage view and the policy
 * choice, table-driven (calendar time; working time is tests/unit/working-time.test.ts).
 */
import { choosePolicy, type PolicyRow } from '../../src/plugins/complaint-desk/server/src/domain/sla-policy';
import { DEFAULT_TARGETS, elapsedShare, slaPatch, slaView, stageAtRiskAt, stageDueAt, type SlaChange, type StageClock } from '../../src/plugins/complaint-desk/server/src/domain/sla-stages';

const T0 = new Date('2026-03-02T08:00:00Z');
const H = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * H);
const iso = (hours: number) => at(hours).toISOString();

describe('stage deadlines in calendar time', () => {
  it.each([
    ['acknowledgment', { ...DEFAULT_TARGETS, acknowledgmentHours: 4 }, 4],
    ['assessment', DEFAULT_TARGETS, 48],
    ['evaluation', DEFAULT_TARGETS, 96],
    ['resolution', { ...DEFAULT_TARGETS, resolutionDays: 3 }, 72],
  ] as const)('%s → +%d h', (stage, targets, hours) => {
    expect(stageDueAt(targets, stage, T0, null)).toEqual(at(hours));
  });

  it.each([
    [0.75, 10, 7.5],
    [0.5, 48, 24],
    [0, 10, 0],
    [1, 10, 10],
  ])('at-risk share %p of %p h → +%p h', (share, span, expected) => {
    expect(stageAtRiskAt({ ...DEFAULT_TARGETS, atRiskShare: share }, T0, at(span), null)).toEqual(at(expected));
  });

  it.each([
    [0, 10, 0],
    [5, 10, 0.5],
    [12, 10, 1.2],
    [-1, 10, 0],
    [0, 0, 1],
  ])('elapsed share at +%p h of %p h → %p', (now, span, expected) => {
    expect(elapsedShare(T0, at(now), at(span), null)).toBeCloseTo(expected);
  });
});

describe('slaPatch', () => {
  const clock: StageClock = { dueAt: (_stage, start) => new Date(start.getTime() + 10 * H), atRiskAt: (start, due) => new Date(start.getTime() + 0.75 * (due.getTime() - start.getTime())) };
  const row = { slaStage: 'evaluation', slaDueAt: iso(10), evaluationStartedAt: iso(0), receivedAt: iso(-5), slaPausedMs: '0' };

  it.each<[string, Record<string, unknown>, SlaChange | undefined, Record<string, unknown>]>([
    ['no change', row, undefined, {}],
    [
      'start a stage, marking the last met',
      row,
      { kind: 'start', stage: 'resolution', at: iso(2), met: 'evaluation' },
      { evaluationMetAt: iso(2), resolutionStartedAt: iso(2), resolutionDueAt: iso(12), slaStage: 'resolution', slaDueAt: iso(12), slaAtRiskAt: iso(9.5), slaPausedAt: null, slaAtRiskFiredAt: null, slaBreachedAt: null },
    ],
    ['met already recorded', { ...row, assessmentMetAt: iso(-1) }, { kind: 'done', at: iso(2), met: 'assessment' }, { slaStage: 'done', slaDueAt: null, slaAtRiskAt: null, slaPausedAt: null }],
    ['pause', row, { kind: 'pause', at: iso(3), met: 'evaluation' }, { evaluationMetAt: iso(3), slaPausedAt: iso(3) }],
    [
      'resume the same stage: the deadline moves by the pause',
      { ...row, slaPausedAt: iso(3) },
      { kind: 'resume', at: iso(5) },
      { slaPausedMs: String(2 * H), slaPausedAt: null, evaluationDueAt: iso(12), slaDueAt: iso(12), slaAtRiskAt: iso(9) },
    ],
    [
      'resume into a new stage',
      { ...row, slaPausedAt: iso(3), slaPausedMs: String(H) },
      { kind: 'resume', at: iso(4), stage: 'resolution' },
      { slaPausedMs: String(2 * H), resolutionStartedAt: iso(4), resolutionDueAt: iso(14), slaStage: 'resolution', slaDueAt: iso(14), slaAtRiskAt: iso(11.5), slaPausedAt: null, slaAtRiskFiredAt: null, slaBreachedAt: null },
    ],
  ])('%s', (_name, r, change, expected) => {
    expect(slaPatch(r, change, clock)).toEqual(expected);
  });
});

describe('slaView', () => {
  const opts = (terminal = false) => ({ terminal, atRiskShare: () => 0.75, elapsedShare: (s: Date, a: Date, d: Date) => elapsedShare(s, a, d, null) });
  it('lists the stages with a deadline, each with its state', () => {
    const row = {
      receivedAt: iso(0),
      acknowledgmentDueAt: iso(1),
      acknowledgedAt: iso(0.5),
      assessmentDueAt: iso(10),
      evaluationStartedAt: iso(2),
      evaluationDueAt: iso(12),
      slaStage: 'evaluation',
    };
    expect(slaView(row, at(10), opts()).stages).toEqual([
      { stage: 'acknowledgment', dueAt: iso(1), elapsedShare: 0.5, state: 'met' },
      { stage: 'assessment', dueAt: iso(10), elapsedShare: 1, state: 'breached' },
      { stage: 'evaluation', dueAt: iso(12), elapsedShare: 0.8, state: 'at_risk' },
    ]);
    expect(slaView({ ...row, slaPausedAt: iso(4) }, at(10), opts()).stages[2]).toEqual({ stage: 'evaluation', dueAt: iso(12), elapsedShare: 0.2, state: 'paused' });
    expect(slaView(row, at(10), opts(true)).stages.map((s) => s.state)).toEqual(['met', 'met', 'met']);
  });
});

describe('choosePolicy', () => {
  const p = (id: number, over: Partial<PolicyRow>): PolicyRow => ({ id, documentId: `p${id}`, ...over });
  const policies = [
    p(1, { isDefault: true }),
    p(2, { priority: 5, minValueTier: 3 }),
    p(3, { category: { id: 10, documentId: 'c10' } }),
    p(4, { category: { id: 10, documentId: 'c10' }, priority: 2, maxValueTier: 2 }),
  ];
  it.each([
    [[], 1, 1],
    [[], 3, 2],
    [[10], 1, 4],
    [[10], 3, 3],
    [[11, 10], 2, 4],
    [[99], 4, 2],
  ])('categories %p, tier %p → policy %p', (categoryIds, tier, expected) => {
    expect(choosePolicy(policies, categoryIds, tier)?.id).toBe(expected);
  });
  it('none when nothing fits', () => {
    expect(choosePolicy([p(5, { minValueTier: 4 })], [], 1)).toBeNull();
  });
});
