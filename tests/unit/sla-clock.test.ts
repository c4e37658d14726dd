/**
 * The one definition of "at risk" and "breached" on a running SLA clock, table-driven. The SQL
 * forms generated from it are checked against it in tests/integration/sla-clock.test.ts.
 */
import { clockQueue, hasTimer, isCrossed, isPending, reached, stageState, type ClockRow } from '../../src/plugins/complaint-desk/server/src/domain/sla-clock';

const NOW = new Date('2026-03-01T12:00:00Z');
const h = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();
const row = (over: Partial<ClockRow>): ClockRow => ({ status: 'investigating', slaAtRiskAt: h(-1), slaDueAt: h(1), slaPausedAt: null, slaAtRiskFiredAt: null, slaBreachedAt: null, ...over });

describe('reached', () => {
  it.each([
    [h(-1), true],
    [h(0), true], // the moment itself counts
    [h(1), false],
    [null, false],
    [NOW.getTime(), true], // SQLite keeps epoch milliseconds
    [String(NOW.getTime() + 1), false],
  ])('%p at now → %p', (moment, expected) => {
    expect(reached(moment, NOW)).toBe(expected);
  });
});

describe('rows: queue, crossed, timer, pending', () => {
  // row → [queue, at_risk crossed, breached crossed, at_risk timer, breached timer, at_risk pending, breached pending]
  it.each([
    ['running, at risk', {}, ['at_risk', true, false, true, true, true, false]],
    ['running, not yet at risk', { slaAtRiskAt: h(1), slaDueAt: h(2) }, [null, false, false, true, true, false, false]],
    ['running, breached', { slaDueAt: h(-0.5) }, ['breached', true, true, true, true, true, true]],
    ['due exactly now', { slaDueAt: h(0) }, ['breached', true, true, true, true, true, true]],
    ['at risk fired', { slaAtRiskFiredAt: h(-0.5) }, ['at_risk', true, false, false, true, false, false]],
    ['both fired', { slaDueAt: h(-0.5), slaAtRiskFiredAt: h(-0.7), slaBreachedAt: h(-0.4) }, ['breached', true, true, false, false, false, false]],
    ['paused', { slaPausedAt: h(-3), slaDueAt: h(-0.5) }, [null, false, false, false, false, false, false]],
    ['closed', { status: 'closed', slaDueAt: h(-0.5) }, [null, true, true, false, false, false, false]],
    ['no clock (stage done)', { slaAtRiskAt: null, slaDueAt: null }, [null, false, false, false, false, false, false]],
    ['at-risk moment without a deadline', { slaDueAt: null }, [null, true, false, true, false, true, false]],
  ] as const)('%s', (_name, over, [queue, crossedRisk, crossedBreach, timerRisk, timerBreach, pendingRisk, pendingBreach]) => {
    const r = row(over as Partial<ClockRow>);
    expect([
      clockQueue(r, NOW),
      isCrossed(r, 'at_risk', NOW),
      isCrossed(r, 'breached', NOW),
      hasTimer(r, 'at_risk'),
      hasTimer(r, 'breached'),
      isPending(r, 'at_risk', NOW),
      isPending(r, 'breached', NOW),
    ]).toEqual([queue, crossedRisk, crossedBreach, timerRisk, timerBreach, pendingRisk, pendingBreach]);
  });
});

describe('stageState', () => {
  const base = { met: false, terminal: false, paused: false, end: NOW, dueAt: new Date(h(1)), elapsedShare: 0.5, atRiskShare: 0.75 };
  it.each([
    [{}, 'ok'],
    [{ elapsedShare: 0.75 }, 'at_risk'],
    [{ dueAt: NOW, elapsedShare: 1 }, 'breached'],
    [{ dueAt: new Date(h(-1)), elapsedShare: 1.2 }, 'breached'],
    [{ met: true, dueAt: new Date(h(-1)) }, 'met'],
    [{ terminal: true }, 'met'],
    [{ paused: true, dueAt: new Date(h(-1)) }, 'paused'],
  ])('%p → %s', (over, expected) => {
    expect(stageState({ ...base, ...over })).toBe(expected);
  });
});
