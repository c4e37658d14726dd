/**
 * Corrective actions: the lifecycle table (who, from which state, with which input), the
 * verification window's edges, the computed effectiveness and the fields only actions write.
 */
import {
  CAPA_ACTION_FIELDS,
  capaAvailableActions,
  capaWriteIssues,
  categorySubtree,
  decideCapa,
  evaluateEffectiveness,
  followUpTitle,
  inWindow,
  resultPatch,
  verificationWindow,
  type CapaState,
} from '../../src/plugins/complaint-desk/server/src/domain/capa';
import { CAPA_ACTIONS, CORRECTIVE_ACTION_STATUSES, type CorrectiveActionStatus } from '../../src/plugins/complaint-desk/shared';

const now = new Date('2027-03-01T12:00:00.000Z');
const QM = { id: 'qm', role: 'quality-manager' as const };
const OWNER = { id: 'owner', role: 'specialist' as const };
const OTHER = { id: 'someone', role: 'specialist' as const };

const state = (status: CorrectiveActionStatus, extra: Partial<CapaState> = {}): CapaState => ({
  status,
  ownerId: 'owner',
  rootCauseId: 'rc1',
  implementedAt: '2027-01-01T00:00:00.000Z',
  verificationWindowDays: 90,
  effectivenessResult: null,
  ...extra,
});

const BODIES: Record<string, Record<string, unknown>> = {
  start: {},
  implement: {},
  'start-verification': {},
  evaluate: {},
  override: { result: 'effective', justification: 'Audit of the last quarter found no repeat.' },
  cancel: { reason: 'Superseded by the network upgrade.' },
};

/** The state each action leads to from each state, for the quality manager (null: refused with 409; 'result': the evaluation decides). */
const TABLE: Record<CorrectiveActionStatus, Partial<Record<string, CorrectiveActionStatus | 'result' | null>>> = {
  planned: { start: 'in_progress', cancel: 'cancelled' },
  in_progress: { implement: 'implemented', cancel: 'cancelled' },
  implemented: { 'start-verification': 'verification', cancel: 'cancelled' },
  verification: { evaluate: 'result', override: 'effective', cancel: 'cancelled' },
  effective: { override: 'effective' },
  ineffective: { override: 'effective' },
  cancelled: {},
};

describe('lifecycle: every action from every state (quality manager)', () => {
  const cases = CORRECTIVE_ACTION_STATUSES.flatMap((from) => CAPA_ACTIONS.map((action) => [from, action, TABLE[from][action] ?? null] as const));
  it.each(cases)('%s --%s--> %p', (from, action, expected) => {
    const d = decideCapa(state(from), action, BODIES[action], QM, now);
    if (expected === null) {
      expect(d).toMatchObject({ ok: false, kind: 'conflict', allowedActions: Object.keys(TABLE[from]) });
    } else {
      expect(d.ok).toBe(true);
      if (d.ok) expect(d.toStatus ?? 'result').toBe(expected);
    }
  });
});

describe('who may act', () => {
  it.each([
    ['start', OWNER, true],
    ['implement', OWNER, true],
    ['start', OTHER, false],
    ['cancel', OWNER, false],
    ['start-verification', OWNER, false],
    ['override', OWNER, false],
    ['evaluate', { id: 'x', role: 'director' as const }, false],
  ] as const)('%s by %p → allowed %p', (action, actor, allowed) => {
    const from = action === 'implement' ? 'in_progress' : action === 'start-verification' ? 'implemented' : action === 'evaluate' || action === 'override' ? 'verification' : 'planned';
    const d = decideCapa(state(from), action, BODIES[action], actor, now);
    if (allowed) expect(d.ok).toBe(true);
    else expect(d).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('offers the owner start and implement only', () => {
    expect(capaAvailableActions(state('planned'), OWNER)).toEqual(['start']);
    expect(capaAvailableActions(state('in_progress'), OWNER)).toEqual(['implement']);
    expect(capaAvailableActions(state('implemented'), OWNER)).toEqual([]);
    expect(capaAvailableActions(state('verification'), QM)).toEqual(['evaluate', 'override', 'cancel']);
  });

  it('refuses an unknown action', () => {
    expect(decideCapa(state('planned'), 'publish', {}, QM, now)).toMatchObject({ ok: false, kind: 'unknown_action' });
  });
});

describe('inputs', () => {
  it.each([
    ['cancel', 'in_progress', {}, 'reason'],
    ['cancel', 'in_progress', { reason: '   ' }, 'reason'],
    ['override', 'effective', { result: 'effective' }, 'justification'],
    ['override', 'effective', { result: 'effective', justification: 'too short' }, 'justification'],
    ['override', 'effective', { result: 'maybe', justification: 'Long enough justification.' }, 'result'],
    ['implement', 'in_progress', { implementedAt: '2027-03-02T00:00:00.000Z' }, 'implementedAt'],
    ['implement', 'in_progress', { implementedAt: 'yesterday' }, 'implementedAt'],
    ['start-verification', 'implemented', { verificationWindowDays: 0 }, 'verificationWindowDays'],
    ['start-verification', 'implemented', { verificationWindowDays: 3651 }, 'verificationWindowDays'],
    ['start', 'planned', { status: 'effective' }, ''],
  ])('%s from %s with %j → 400 naming %p', (action, from, body, path) => {
    const d = decideCapa(state(from as CorrectiveActionStatus), action, body, QM, now);
    expect(d.ok).toBe(false);
    if (!d.ok && d.kind === 'invalid') expect(d.issues.map((i) => i.path)).toContain(path);
    else throw new Error(`expected invalid, got ${JSON.stringify(d)}`);
  });

  it('implement records the moment given, or now', () => {
    const given = decideCapa(state('in_progress'), 'implement', { implementedAt: '2027-02-01T08:00:00+03:30' }, QM, now);
    expect(given).toMatchObject({ ok: true, patch: { status: 'implemented', implementedAt: '2027-02-01T04:30:00.000Z' } });
    expect(decideCapa(state('in_progress'), 'implement', {}, QM, now)).toMatchObject({ ok: true, patch: { implementedAt: now.toISOString() } });
  });

  it('verification needs a root cause and an implementation date (409 naming the field)', () => {
    expect(decideCapa(state('implemented', { rootCauseId: null }), 'start-verification', {}, QM, now)).toMatchObject({ ok: false, kind: 'conflict', field: 'rootCauseId' });
    expect(decideCapa(state('implemented', { implementedAt: null }), 'start-verification', {}, QM, now)).toMatchObject({ ok: false, kind: 'conflict', field: 'implementedAt' });
  });

  it('start-verification fixes the window: the action’s days, or those given', () => {
    expect(decideCapa(state('implemented'), 'start-verification', {}, QM, now)).toMatchObject({ patch: { verificationWindowDays: 90, verificationEndsAt: '2027-04-01T00:00:00.000Z' } });
    expect(decideCapa(state('implemented', { verificationWindowDays: null }), 'start-verification', { verificationWindowDays: 30 }, QM, now)).toMatchObject({
      patch: { verificationWindowDays: 30, verificationEndsAt: '2027-01-31T00:00:00.000Z' },
    });
  });

  it('an override records the justification, the computed result and opens a follow-up when ineffective', () => {
    const d = decideCapa(state('effective', { effectivenessResult: 'effective' }), 'override', { result: 'ineffective', justification: 'Customers still call about it weekly.' }, QM, now);
    expect(d).toMatchObject({
      ok: true,
      followUp: true,
      patch: {
        status: 'ineffective',
        effectivenessResult: 'ineffective',
        effectivenessOverride: { result: 'ineffective', justification: 'Customers still call about it weekly.', computedResult: 'effective', by: 'qm', at: now.toISOString() },
      },
    });
    expect(decideCapa(state('ineffective'), 'override', BODIES.override, QM, now)).toMatchObject({ ok: true, followUp: false });
  });
});

describe('the verification window: [implementedAt, implementedAt + days × 24 h)', () => {
  const w = verificationWindow('2027-01-01T00:00:00.000Z', 90);
  it.each([
    ['2026-12-31T23:59:59.999Z', false, 'before implementation'],
    ['2027-01-01T00:00:00.000Z', true, 'at the implementation instant'],
    ['2027-03-01T00:00:00.000Z', true, 'inside'],
    ['2027-03-31T23:59:59.999Z', true, 'the last millisecond of the last day'],
    ['2027-04-01T00:00:00.000Z', false, 'the end itself'],
    ['2027-04-02T00:00:00.000Z', false, 'after'],
  ])('%s → %p (%s)', (at, expected) => {
    expect(inWindow(at, w)).toBe(expected);
  });

  it('defaults to 90 days', () => {
    expect(verificationWindow('2027-01-01T00:00:00.000Z', null).end.toISOString()).toBe('2027-04-01T00:00:00.000Z');
  });
});

describe('evaluateEffectiveness', () => {
  const c = (id: string, receivedAt: string) => ({ id, trackingCode: `CD-${id}`, receivedAt });
  const impl = '2027-01-01T00:00:00.000Z';
  it.each([
    ['no complaint, window open', [], '2027-02-01T00:00:00.000Z', 'pending', []],
    ['no complaint, window ended', [], '2027-04-01T00:00:00.000Z', 'effective', []],
    ['a complaint before implementation only', [c('a', '2026-12-20T00:00:00.000Z')], '2027-04-05T00:00:00.000Z', 'effective', []],
    ['a recurrence while open: ineffective at once', [c('b', '2027-01-10T00:00:00.000Z')], '2027-01-11T00:00:00.000Z', 'ineffective', ['b']],
    ['a recurrence on the last day', [c('d', '2027-03-31T23:00:00.000Z')], '2027-04-10T00:00:00.000Z', 'ineffective', ['d']],
    ['a complaint at the window end does not count', [c('e', '2027-04-01T00:00:00.000Z')], '2027-04-10T00:00:00.000Z', 'effective', []],
    ['evidence oldest first', [c('y', '2027-02-02T00:00:00.000Z'), c('x', '2027-01-05T00:00:00.000Z')], '2027-02-03T00:00:00.000Z', 'ineffective', ['x', 'y']],
  ])('%s', (_name, candidates, at, result, evidence) => {
    const e = evaluateEffectiveness(impl, 90, new Date(at), candidates);
    expect(e.result).toBe(result);
    expect(e.recurrences.map((r) => r.id)).toEqual(evidence);
    expect(e.window).toEqual({ start: impl, end: '2027-04-01T00:00:00.000Z' });
  });

  it('a decided result writes status, result, time and evidence; a pending one writes nothing', () => {
    const e = evaluateEffectiveness(impl, 90, now, [c('b', '2027-01-10T00:00:00.000Z')]);
    expect(resultPatch(e, { rootCauseId: 'rc1', categoryId: 'cat' }, now)).toEqual({
      status: 'ineffective',
      effectivenessResult: 'ineffective',
      effectivenessEvaluatedAt: now.toISOString(),
      effectivenessEvidence: { window: e.window, rootCauseId: 'rc1', categoryId: 'cat', recurrences: [{ id: 'b', trackingCode: 'CD-b', receivedAt: '2027-01-10T00:00:00.000Z' }] },
    });
    expect(resultPatch(evaluateEffectiveness(impl, 90, new Date('2027-01-02T00:00:00.000Z'), []), { rootCauseId: 'rc1', categoryId: null }, now)).toBeNull();
  });
});

describe('categorySubtree', () => {
  // 1 ─ 2 ─ 4
  //   └ 3      5 (another tree), 6 ↔ 7 (a stored loop)
  const parents = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, 1],
    [4, 2],
    [5, null],
    [6, 7],
    [7, 6],
  ]);
  it.each([
    [1, [1, 2, 3, 4]],
    [2, [2, 4]],
    [4, [4]],
    [5, [5]],
    [6, [6, 7]],
    [99, [99]],
  ])('under %p → %p', (root, expected) => {
    expect(categorySubtree(root, parents).sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('fields only the lifecycle writes', () => {
  const current = { status: 'in_progress', implementedAt: null, rootCauseId: 'rc1', categoryId: 'cat', verificationWindowDays: 90, title: 'x' };
  it.each([
    [{ status: 'effective' }, ['status']],
    [{ status: 'in_progress' }, []],
    [{ effectivenessResult: 'effective', effectivenessOverride: { result: 'effective' } }, ['effectivenessResult', 'effectivenessOverride']],
    [{ title: 'y', rootCauseId: 'rc2' }, []],
    [{ implementedAt: '2027-01-01T00:00:00.000Z' }, ['implementedAt']],
  ])('PUT %j on an action in progress → %p', (body, paths) => {
    expect(capaWriteIssues(current, body).map((i) => i.path)).toEqual(paths);
  });

  it('fixes the scope once verification has started', () => {
    expect(capaWriteIssues({ ...current, status: 'verification' }, { rootCauseId: 'rc2', categoryId: 'cat', verificationWindowDays: 30 }).map((i) => i.path)).toEqual(['rootCauseId', 'verificationWindowDays']);
  });

  it('a new action starts planned, with no result', () => {
    expect(capaWriteIssues(null, { status: 'planned' })).toEqual([]);
    expect(capaWriteIssues(null, { status: 'verification', effectivenessResult: 'effective' }).map((i) => i.path)).toEqual(['status', 'effectivenessResult']);
    expect(CAPA_ACTION_FIELDS).toContain('effectivenessEvidence');
  });

  it('names the follow-up after the action, within the title limit', () => {
    expect(followUpTitle('Close the ring')).toBe('Follow-up: Close the ring');
    expect(followUpTitle('x'.repeat(300))).toHaveLength(200);
  });
});
