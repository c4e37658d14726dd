/**
 * CFT reviews: the analysis shapes with their 400 field paths, who may edit, objectivity, and the
 * conclusion's steps, table-driven.
 */
import {
  analysisIssues,
  decideReview,
  editRefusal,
  objectivityIssues,
  reviewAvailableActions,
  reviewWriteIssues,
  type ReviewState,
} from '../../src/plugins/complaint-desk/server/src/domain/cft-review';
import { CFT_REVIEW_ACTIONS, CONCLUSION_STATES, type ConclusionState } from '../../src/plugins/complaint-desk/shared';

const now = new Date('2027-03-01T12:00:00.000Z');

describe('analysis shapes', () => {
  it.each([
    ['the console’s 8D', { eightD: { D0: 'Plan', D4: 'Root cause', D8: 'Thanks' } }, []],
    ['an unknown 8D section', { eightD: { D9: 'x' } }, ['eightD.D9']],
    ['an 8D section that is not text', { eightD: { D2: 5 } }, ['eightD.D2']],
    ['8D as a list', { eightD: ['D1'] }, ['eightD']],
    ['why/answer pairs', { fiveWhys: [{ why: 'Why down?', answer: 'Fibre cut.' }, { why: 'Why one path?', answer: '' }] }, []],
    ['a plain chain', { fiveWhys: ['Reboots', 'Watchdog fires'] }, []],
    ['a pair without a why', { fiveWhys: [{ why: 'Why down?', answer: 'Cut.' }, { why: '', answer: 'x' }] }, ['fiveWhys.1.why']],
    ['a pair with an extra key', { fiveWhys: [{ why: 'Why?', answer: 'Because.', who: 'me' }] }, ['fiveWhys.0.who']],
    ['an empty link in a chain', { fiveWhys: ['Reboots', ''] }, ['fiveWhys.1']],
    ['five whys as text', { fiveWhys: 'why?' }, ['fiveWhys']],
    ['the 6M fishbone', { fishbone: { machine: ['firmware'], method: [], environment: ['heat'] } }, []],
    ['a seventh M', { fishbone: { money: ['budget'] } }, ['fishbone.money']],
    ['a cause that is not text', { fishbone: { man: ['training', 3] } }, ['fishbone.man.1']],
    ['a bone that is not a list', { fishbone: { man: 'training' } }, ['fishbone.man']],
    ['null clears', { eightD: null, fiveWhys: null, fishbone: null }, []],
  ])('%s → %p', (_name, body, paths) => {
    expect(analysisIssues(body as Record<string, unknown>).map((i) => i.path)).toEqual(paths);
  });

  it.each([
    [{ conclusionState: 'approved' }, 'draft', ['conclusionState']],
    [{ status: 'concluded' }, 'in_progress', ['status']],
    [{ status: 'in_progress' }, 'concluded', ['status']],
    [{ status: 'cancelled' }, 'in_progress', []],
    [{ concludedAt: '2027-01-01T00:00:00.000Z' }, 'in_progress', ['concludedAt']],
  ])('PUT %j on a review %s → %p', (body, status, paths) => {
    expect(reviewWriteIssues({ status, conclusionState: 'draft', concludedAt: null }, body).map((i) => i.path)).toEqual(paths);
  });
});

describe('who may edit', () => {
  const review = { leaderId: 'lead', memberIds: ['m1', 'm2'] };
  it.each([
    [{ id: 'qm', role: 'quality-manager' }, true],
    [{ id: 'lead', role: 'specialist' }, true],
    [{ id: 'm2', role: 'cft-member' }, true],
    [{ id: 'other', role: 'cft-member' }, false],
    [{ id: 'dir', role: 'director' }, false],
  ] as const)('%p → %p', (actor, allowed) => {
    expect(editRefusal(review, actor) === null).toBe(allowed);
  });
});

describe('objectivity', () => {
  const subjects = [
    { complaintId: 'c1', trackingCode: 'CD-1', subjectStaffId: 'm2' },
    { complaintId: 'c2', trackingCode: 'CD-2', subjectStaffId: null },
    { complaintId: 'c3', trackingCode: 'CD-3', subjectStaffId: 'lead' },
  ];
  it.each([
    [{ leaderId: 'x', memberIds: ['m1'] }, []],
    [{ leaderId: 'x', memberIds: ['m1', 'm2'] }, ['memberIds.1']],
    [{ leaderId: 'lead', memberIds: [] }, ['leaderId']],
  ])('%j → %p', (people, paths) => {
    expect(objectivityIssues(people, subjects).map((i) => i.path)).toEqual(paths);
  });
});

describe('conclusion steps', () => {
  const LEADER = { id: 'lead', role: 'cft-member' as const };
  const QM = { id: 'qm', role: 'quality-manager' as const };
  const s = (conclusionState: ConclusionState, status = 'in_progress'): ReviewState => ({ status, conclusionState, leaderId: 'lead', memberIds: ['m1'] });
  const BODIES: Record<string, Record<string, unknown>> = {
    'submit-conclusion': { conclusion: 'No second path.', rootCauseIds: ['rc1', 'rc1', 'rc2'] },
    'approve-conclusion': {},
    'return-conclusion': { comment: 'Name the budget decision.' },
  };
  const TABLE: Record<ConclusionState, Partial<Record<string, ConclusionState>>> = {
    draft: { 'submit-conclusion': 'submitted' },
    returned: { 'submit-conclusion': 'submitted' },
    submitted: { 'approve-conclusion': 'approved', 'return-conclusion': 'returned' },
    approved: {},
  };
  const cases = CONCLUSION_STATES.flatMap((from) => CFT_REVIEW_ACTIONS.map((action) => [from, action, TABLE[from][action] ?? null] as const));
  it.each(cases)('%s --%s--> %p', (from, action, expected) => {
    const actor = action === 'submit-conclusion' ? LEADER : QM;
    const d = decideReview(s(from), action, BODIES[action], actor, now);
    if (expected === null) expect(d).toMatchObject({ ok: false, kind: 'conflict' });
    else expect(d).toMatchObject({ ok: true, patch: { conclusionState: expected } });
  });

  it('submission keeps each root cause once; approval concludes the review', () => {
    expect(decideReview(s('draft'), 'submit-conclusion', BODIES['submit-conclusion'], LEADER, now)).toMatchObject({ ok: true, rootCauseIds: ['rc1', 'rc2'], patch: { conclusion: 'No second path.', conclusionSubmittedAt: now.toISOString() } });
    expect(decideReview(s('submitted'), 'approve-conclusion', {}, QM, now)).toMatchObject({ ok: true, patch: { status: 'concluded', concludedAt: now.toISOString(), conclusionState: 'approved' } });
  });

  it.each([
    ['submit-conclusion', QM, 'draft'],
    ['submit-conclusion', { id: 'm1', role: 'cft-member' as const }, 'draft'],
    ['approve-conclusion', LEADER, 'submitted'],
    ['return-conclusion', { id: 'dir', role: 'director' as const }, 'submitted'],
  ] as const)('%s by %p is forbidden', (action, actor, from) => {
    expect(decideReview(s(from), action, BODIES[action], actor, now)).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it.each([
    ['submit-conclusion', { conclusion: 'x', rootCauseIds: [] }, 'rootCauseIds'],
    ['submit-conclusion', { rootCauseIds: ['rc1'] }, 'conclusion'],
    ['return-conclusion', {}, 'comment'],
  ])('%s with %j → 400 naming %s', (action, body, path) => {
    const from = action === 'submit-conclusion' ? 'draft' : 'submitted';
    const d = decideReview(s(from), action, body, action === 'submit-conclusion' ? LEADER : QM, now);
    expect(d).toMatchObject({ ok: false, kind: 'invalid' });
    if (!d.ok && d.kind === 'invalid') expect(d.issues.map((i) => i.path)).toContain(path);
  });

  it('a concluded review takes no step', () => {
    expect(decideReview(s('submitted', 'concluded'), 'approve-conclusion', {}, QM, now)).toMatchObject({ ok: false, kind: 'conflict', allowedActions: [] });
    expect(reviewAvailableActions(s('submitted'), QM)).toEqual(['approve-conclusion', 'return-conclusion']);
    expect(reviewAvailableActions(s('returned'), LEADER)).toEqual(['submit-conclusion']);
  });
});
