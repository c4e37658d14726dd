/**
 * Corrective actions and CFT reviews end to end over HTTP, on SQLite and PostgreSQL: the CAPA
 * lifecycle and its 409s, plain edits that cannot change what the actions write, the computed
 * effectiveness with its edge cases and evidence, the follow-up, the audited override, the periodic
 * evaluation claimed once by two concurrent sweeps, proposals naming an action, root causes on
 * resolve; review shapes (400 paths), edit rights, objectivity, and the approved conclusion setting
 * root causes on every covered complaint.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { action, call, listen, loginDemoStaff, type DataProvider } from '../helpers/api';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const dp: Record<string, DataProvider> = {};
const ids: Record<string, string> = {};
const API = '/api/complaint-desk';
const DAY = 86_400_000;
let seq = 0;

const svc = (name: string) => t.strapi.plugin('complaint-desk').service(name);

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
  await loginDemoStaff(base, jwt, dp);
  const users = await dp.director.getList('users', { pagination: { page: 1, perPage: 50 }, sort: { field: 'username', order: 'ASC' }, filter: {} });
  for (const u of users.data) ids[u.role] = u.id;
  ids.team = (await dp.director.getList('teams', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: { code: 'network-line1' } })).data[0].id;
  // A category tree of our own: parent ─ child, and an unrelated one.
  const cat = async (code: string, parentId?: string) =>
    (await dp['content-editor'].create('categories', { data: { code, scheme: 'general', name: code, ...(parentId ? { parentId } : {}) } })).data.id as string;
  ids.parent = await cat('capa.parent');
  ids.child = await cat('capa.child', ids.parent);
  ids.other = await cat('capa.other');
});

afterAll(async () => {
  await t?.close();
});

const post = (role: string, path: string, body: unknown = {}) => call(base, jwt[role], 'POST', `${API}${path}`, body);
const put = (role: string, path: string, body: unknown) => call(base, jwt[role], 'PUT', `${API}${path}`, body);
const get = (role: string, path: string) => call(base, jwt[role], 'GET', `${API}${path}`);
const paths = (res: { body: any }) => (res.body?.error?.details?.errors ?? []).map((e: any) => e.path.join('.'));

async function ok(res: Promise<{ status: number; body: any }>, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const capaAct = (role: string, id: string, name: string, body: Record<string, unknown> = {}) => post(role, `/corrective-actions/${id}/actions/${name}`, body);
const reviewAct = (role: string, id: string, name: string, body: Record<string, unknown> = {}) => post(role, `/cft-reviews/${id}/actions/${name}`, body);

async function rootCause(): Promise<string> {
  seq++;
  return (await ok(post('quality-manager', '/root-causes', { code: `capa.rc${seq}`, title: `Root cause ${seq}`, sixM: 'method' }), 201)).id;
}

async function newAction(extra: Record<string, unknown> = {}): Promise<any> {
  seq++;
  return ok(post('quality-manager', '/corrective-actions', { title: `Action ${seq}`, kind: 'corrective', ownerId: ids.specialist, ...extra }), 201);
}

/** An action in verification: started, implemented at `implementedAt`, verified over `days`. */
async function verifying(rc: string, implementedAt: Date, days: number, extra: Record<string, unknown> = {}) {
  const a = await newAction({ rootCauseId: rc, categoryId: ids.parent, ...extra });
  await ok(capaAct('quality-manager', a.id, 'start'));
  await ok(capaAct('quality-manager', a.id, 'implement', { implementedAt: implementedAt.toISOString() }));
  return ok(capaAct('quality-manager', a.id, 'start-verification', { verificationWindowDays: days }));
}

/** A registered complaint, its receipt moved to `receivedAt` (historical data the intake would refuse to backdate). */
async function complaintAt(receivedAt: Date, categoryId: string, extra: Record<string, unknown> = {}) {
  const { data } = await dp.agent.create('complaints', {
    data: { channel: 'phone', subject: 'No signal again', description: 'Lost service.', categoryId, customer: { name: 'Sara Karimi', phone: '+98 912 555 0199' }, ...extra },
  });
  await t.strapi.db.query('plugin::complaint-desk.complaint').update({ where: { documentId: data.id }, data: { receivedAt } });
  return data as { id: string; trackingCode: string };
}

/** Root causes set on complaints the way resolve and an approved review do (services/corrective-actions.ts). */
const setRootCauses = (complaintIds: string[], rcIds: string[]) =>
  t.strapi.db.transaction(async () => {
    const rows = await svc('corrective-actions').rootCauseRows(rcIds, 'rootCauseIds');
    await svc('corrective-actions').setComplaintRootCauses(complaintIds, rows, null, { via: 'test' });
  });

const rootCausesOf = async (complaintId: string) =>
  ((await t.strapi.db.query('plugin::complaint-desk.complaint').findOne({ where: { documentId: complaintId }, populate: { rootCauses: true } })) as any).rootCauses.map((r: any) => r.documentId).sort();

const auditOf = async (entityId: string) =>
  (await ok(get('director', `/audit-entries?filter=${encodeURIComponent(JSON.stringify({ entityId }))}&sort=${encodeURIComponent('["createdAt","ASC"]')}&range=[0,99]`))) as any[];

async function investigating(extra: Record<string, unknown> = {}) {
  const { data } = await dp.agent.create('complaints', {
    data: { channel: 'phone', subject: 'Data outage', description: 'No data for a day.', categoryId: ids.child, customer: { name: 'Omid Rahimi', phone: '+98 912 555 0177' }, ...extra },
  });
  await ok(action(base, jwt.director, data.id, 'assign', { assigneeId: ids.agent, teamId: ids.team }));
  await ok(action(base, jwt.agent, data.id, 'assess', { decision: 'accept', message: 'We are looking into it.' }));
  return data as { id: string; trackingCode: string };
}

describe('the CAPA lifecycle', () => {
  it('walks planned → in_progress → implemented → verification, refusing wrong steps with the allowed ones', async () => {
    const rc = await rootCause();
    const a = await newAction({ rootCauseId: rc });
    expect(a).toMatchObject({ status: 'planned', effectivenessResult: null, complaintIds: [] });
    const early = await capaAct('quality-manager', a.id, 'implement');
    expect(early.status).toBe(409);
    expect(early.body.error.details).toMatchObject({ status: 'planned', allowedActions: ['start', 'cancel'] });
    // The owner (a specialist) may start and implement; another role may not.
    expect((await capaAct('agent', a.id, 'start')).status).toBe(403);
    expect(await ok(capaAct('specialist', a.id, 'start'))).toMatchObject({ status: 'in_progress' });
    expect(await ok(capaAct('specialist', a.id, 'implement', { note: 'Rolled out.' }))).toMatchObject({ status: 'implemented', implementedAt: expect.any(String) });
    const forbidden = await capaAct('specialist', a.id, 'start-verification');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toMatch(/quality manager/);
    const v = await ok(capaAct('quality-manager', a.id, 'start-verification', { verificationWindowDays: 45 }));
    expect(v).toMatchObject({ status: 'verification', verificationWindowDays: 45 });
    expect(new Date(v.verificationEndsAt).getTime() - new Date(v.implementedAt).getTime()).toBe(45 * DAY);
    const trail = await auditOf(a.id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'start', 'implement', 'start-verification']);
    expect(trail[1]).toMatchObject({ entityType: 'corrective-action', actorId: ids.specialist, actorRole: 'specialist', changes: { status: { from: 'planned', to: 'in_progress' } } });
    expect(trail[2].changes).toMatchObject({ status: { from: 'in_progress', to: 'implemented' }, note: { from: null, to: 'Rolled out.' } });
  });

  it('cancels with a reason from an unfinished state only', async () => {
    const a = await newAction();
    const noReason = await capaAct('quality-manager', a.id, 'cancel', {});
    expect(noReason.status).toBe(400);
    expect(paths(noReason)).toEqual(['reason']);
    expect(await ok(capaAct('quality-manager', a.id, 'cancel', { reason: 'Duplicate of another action.' }))).toMatchObject({ status: 'cancelled', cancelReason: 'Duplicate of another action.' });
    const again = await capaAct('quality-manager', a.id, 'cancel', { reason: 'again' });
    expect(again.status).toBe(409);
    expect(again.body.error.details.allowedActions).toEqual([]);
    expect((await capaAct('quality-manager', a.id, 'publish')).status).toBe(404);
  });

  it('an action without a root cause cannot enter verification (409 naming rootCauseId)', async () => {
    const a = await newAction();
    await ok(capaAct('quality-manager', a.id, 'start'));
    await ok(capaAct('quality-manager', a.id, 'implement'));
    const res = await capaAct('quality-manager', a.id, 'start-verification');
    expect(res.status).toBe(409);
    expect(res.body.error.details).toMatchObject({ field: 'rootCauseId', status: 'implemented', allowedActions: ['start-verification', 'cancel'] });
  });

  it('PUT cannot change the status or the computed fields (400 naming them), sending them back unchanged is fine; edits are audited', async () => {
    const a = await newAction();
    for (const [field, value] of [['status', 'effective'], ['effectivenessResult', 'effective'], ['effectivenessEvidence', { recurrences: [] }], ['implementedAt', '2027-01-01T00:00:00.000Z']] as const) {
      const res = await put('quality-manager', `/corrective-actions/${a.id}`, { ...a, [field]: value });
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual([field]);
    }
    const edited = await ok(put('quality-manager', `/corrective-actions/${a.id}`, { ...a, title: 'Renamed action', verificationWindowDays: 30 }));
    expect(edited).toMatchObject({ title: 'Renamed action', status: 'planned', verificationWindowDays: 30 });
    const created = await post('quality-manager', '/corrective-actions', { title: 'Born effective', kind: 'corrective', status: 'effective' });
    expect(created.status).toBe(400);
    expect(paths(created)).toEqual(['status']);
    const update = (await auditOf(a.id)).find((e) => e.action === 'update');
    expect(update.changes).toEqual({ title: { from: a.title, to: 'Renamed action' }, verificationWindowDays: { from: 90, to: 30 } });
    expect((await get('agent', `/audit-entries`)).status).toBe(403);
  });
});

describe('computed effectiveness', () => {
  const now = Date.now();

  it('window ended without a recurrence: effective — complaints before implementation, in another subtree, or at the window end do not count', async () => {
    const rc = await rootCause();
    const implementedAt = new Date(now - 20 * DAY);
    const before = await complaintAt(new Date(implementedAt.getTime() - 1000), ids.child);
    const elsewhere = await complaintAt(new Date(implementedAt.getTime() + 2 * DAY), ids.other);
    const atEnd = await complaintAt(new Date(implementedAt.getTime() + 10 * DAY), ids.child);
    await setRootCauses([before.id, elsewhere.id, atEnd.id], [rc]);
    const a = await verifying(rc, implementedAt, 10);
    expect(a).toMatchObject({ status: 'effective', effectivenessResult: 'effective', effectivenessEvaluatedAt: expect.any(String) });
    expect(a.effectivenessEvidence).toEqual({
      window: { start: implementedAt.toISOString(), end: new Date(implementedAt.getTime() + 10 * DAY).toISOString() },
      rootCauseId: rc,
      categoryId: ids.parent,
      recurrences: [],
    });
  });

  it('a recurrence on the window’s last day, in a child category: ineffective, with the evidence and a follow-up', async () => {
    const rc = await rootCause();
    const implementedAt = new Date(now - 20 * DAY);
    const last = await complaintAt(new Date(implementedAt.getTime() + 10 * DAY - 1000), ids.child);
    await setRootCauses([last.id], [rc]);
    const a = await verifying(rc, implementedAt, 10, { cftReviewId: undefined });
    expect(a).toMatchObject({ status: 'ineffective', effectivenessResult: 'ineffective' });
    expect(a.effectivenessEvidence.recurrences).toEqual([{ id: last.id, trackingCode: last.trackingCode, receivedAt: new Date(implementedAt.getTime() + 10 * DAY - 1000).toISOString() }]);
    const followUps = await dp['quality-manager'].getList('corrective-actions', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: { followUpOfId: a.id } });
    expect(followUps.total).toBe(1);
    expect(followUps.data[0]).toMatchObject({ status: 'planned', title: `Follow-up: ${a.title}`, rootCauseId: rc, categoryId: ids.parent, ownerId: ids.specialist, followUpOfId: a.id });
    expect((await auditOf(a.id)).map((e) => e.action)).toEqual(['create', 'start', 'implement', 'start-verification', 'evaluate', 'open-follow-up']);
    const evaluated = (await auditOf(a.id)).find((e) => e.action === 'evaluate');
    expect(evaluated).toMatchObject({ actorId: ids['quality-manager'], changes: { status: { from: 'verification', to: 'ineffective' } } });
  });

  it('while the window is open: evaluate leaves it in verification, and a root cause set on a new complaint makes it ineffective at once', async () => {
    const rc = await rootCause();
    const a = await verifying(rc, new Date(now - 2 * DAY), 30);
    expect(a.status).toBe('verification');
    expect(await ok(capaAct('quality-manager', a.id, 'evaluate'))).toMatchObject({ status: 'verification', effectivenessResult: null });
    const unrelated = await complaintAt(new Date(now - DAY), ids.other);
    await setRootCauses([unrelated.id], [rc]);
    expect((await dp['quality-manager'].getOne('corrective-actions', { id: a.id })).data.status).toBe('verification');
    const recurring = await complaintAt(new Date(now - DAY), ids.child);
    await setRootCauses([recurring.id], [rc]);
    const after = (await dp['quality-manager'].getOne('corrective-actions', { id: a.id })).data;
    expect(after).toMatchObject({ status: 'ineffective', effectivenessEvidence: { recurrences: [expect.objectContaining({ id: recurring.id })] } });
    const evaluated = (await auditOf(a.id)).find((e) => e.action === 'evaluate');
    expect(evaluated).toMatchObject({ actorId: null, actorRole: 'system' });
  });

  it('the quality manager overrides the result with a written justification, audited', async () => {
    const rc = await rootCause();
    const a = await verifying(rc, new Date(now - 20 * DAY), 10);
    expect(a.status).toBe('effective');
    expect((await capaAct('director', a.id, 'override', { result: 'ineffective', justification: 'Customers keep calling about it.' })).status).toBe(403);
    const short = await capaAct('quality-manager', a.id, 'override', { result: 'ineffective', justification: 'no' });
    expect(short.status).toBe(400);
    expect(paths(short)).toEqual(['justification']);
    const o = await ok(capaAct('quality-manager', a.id, 'override', { result: 'ineffective', justification: 'Customers keep calling about it.' }));
    expect(o).toMatchObject({
      status: 'ineffective',
      effectivenessResult: 'ineffective',
      effectivenessOverride: { result: 'ineffective', justification: 'Customers keep calling about it.', computedResult: 'effective', by: ids['quality-manager'] },
    });
    const entry = (await auditOf(a.id)).find((e) => e.action === 'override');
    expect(entry.changes).toMatchObject({ status: { from: 'effective', to: 'ineffective' }, justification: { to: 'Customers keep calling about it.' } });
    const followUps = await dp['quality-manager'].getList('corrective-actions', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: { followUpOfId: a.id } });
    expect(followUps.total).toBe(1);
  });

  it('the periodic evaluation decides each due action once, with two sweeps at the same time', async () => {
    const rc = await rootCause();
    const due: string[] = [];
    for (let i = 0; i < 3; i++) due.push((await verifying(rc, new Date(now - DAY), 5)).id);
    const recurring = await complaintAt(new Date(now - 1000), ids.child);
    // Root causes written without the service, so only the sweep can see the recurrence.
    await t.strapi.db.query('plugin::complaint-desk.complaint').update({ where: { documentId: recurring.id }, data: { rootCauses: [(await t.strapi.db.query('plugin::complaint-desk.root-cause').findOne({ where: { documentId: rc } }))!.id] } });
    expect(await svc('corrective-actions').sweepDue(new Date(now + DAY))).toEqual([]); // windows still open
    const later = new Date(now + 10 * DAY);
    const [one, two] = await Promise.all([svc('corrective-actions').sweepDue(later, 1), svc('corrective-actions').sweepDue(later, 1)]);
    expect([...one, ...two].filter((id: string) => due.includes(id)).sort()).toEqual([...due].sort());
    for (const id of due) {
      expect((await auditOf(id)).filter((e) => e.action === 'evaluate')).toHaveLength(1);
      expect((await dp['quality-manager'].getOne('corrective-actions', { id })).data.status).toBe('ineffective');
    }
    expect(await svc('corrective-actions').sweepDue(later)).toEqual([]);
  });
});

describe('complaints and corrective actions', () => {
  it('propose checks the named action exists; the action lists the complaints it answers; resolve sets root causes', async () => {
    const rc = await rootCause();
    const a = await newAction({ rootCauseId: rc });
    const c = await investigating();
    const proposal = (correctiveActionId: string) => ({ external: { type: 'explanation', description: 'We replaced the faulty card.' }, internal: { correctiveActionId } });
    const missing = await action(base, jwt.specialist, c.id, 'propose', proposal('no-such-action'));
    expect(missing.status).toBe(400);
    expect(paths(missing)).toEqual(['internal.correctiveActionId']);
    expect((await dp.agent.getOne('complaints', { id: c.id })).data.status).toBe('investigating');
    await ok(action(base, jwt.specialist, c.id, 'propose', proposal(a.id)));
    expect((await dp['quality-manager'].getOne('corrective-actions', { id: a.id })).data.complaintIds).toEqual([c.id]);
    expect((await auditOf(a.id)).find((e) => e.action === 'answer-complaint').changes).toEqual({ complaintIds: { from: [], to: [c.id] } });

    await ok(action(base, jwt.director, c.id, 'approve', {}));
    await ok(action(base, jwt.agent, c.id, 'send-to-customer'));
    await ok(action(base, jwt.agent, c.id, 'record-customer-decision', { decision: 'accept', channel: 'phone' }));
    await ok(action(base, jwt.specialist, c.id, 'implement'));
    const unknown = await action(base, jwt.specialist, c.id, 'resolve', { resolution: 'Card replaced.', rootCauseIds: [rc, 'nope'] });
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(['rootCauseIds.1']);
    expect(await rootCausesOf(c.id)).toEqual([]);
    await ok(action(base, jwt.specialist, c.id, 'resolve', { resolution: 'Card replaced.', rootCauseIds: [rc] }));
    expect(await rootCausesOf(c.id)).toEqual([rc]);
    const events = await dp.director.getManyReference('complaint-events', { target: 'complaintId', id: c.id, pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'ASC' }, filter: {} });
    expect(events.data.find((e: any) => e.action === 'set-root-causes')).toMatchObject({ payload: { via: 'resolve', changes: { rootCauseIds: { from: [], to: [rc] } } } });
  });
});

describe('CFT reviews', () => {
  let review: any;
  let covered: Array<{ id: string; trackingCode: string }>;

  beforeAll(async () => {
    covered = [await investigating(), await investigating({ subjectStaffId: ids['cft-member'] })];
    review = await ok(post('quality-manager', '/cft-reviews', { title: 'Why do data outages recur?', status: 'in_progress', leaderId: ids.specialist, memberIds: [ids.agent] }), 201);
    for (const c of covered) await ok(action(base, jwt['quality-manager'], c.id, 'open-review', { cftReviewId: review.id }));
  });

  it('validates the 8D sections, the 5-why chain and the fishbone (400 with field paths)', async () => {
    const bad = await put('quality-manager', `/cft-reviews/${review.id}`, {
      eightD: { D1: 'Team', D9: 'x' },
      fiveWhys: [{ why: 'Why down?', answer: 'Cut.' }, { why: '', answer: 'x' }],
      fishbone: { machine: ['router'], money: ['budget'] },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad).sort()).toEqual(['eightD.D9', 'fishbone.money', 'fiveWhys.1.why']);
    const good = await ok(
      put('quality-manager', `/cft-reviews/${review.id}`, {
        eightD: { D0: 'Plan', D4: 'Backhaul without a second path' },
        fiveWhys: [{ why: 'Why was data down?', answer: 'The fibre was cut.' }],
        fishbone: { machine: ['single path'], environment: ['road works'] },
      }),
    );
    expect(good.fiveWhys).toEqual([{ why: 'Why was data down?', answer: 'The fibre was cut.' }]);
  });

  it('only members, the leader and the quality manager edit it (403 with the reason)', async () => {
    const outsider = await put('cft-member', `/cft-reviews/${review.id}`, { containment: 'x' });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toMatch(/members of this review, its leader and the quality manager/);
    expect((await ok(put('agent', `/cft-reviews/${review.id}`, { containment: 'Backup links up.' }))).containment).toBe('Backup links up.');
  });

  it('a staff member named in a covered complaint cannot join the review (objectivity)', async () => {
    const res = await put('quality-manager', `/cft-reviews/${review.id}`, { memberIds: [ids.agent, ids['cft-member']] });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toMatchObject({ field: 'memberIds.1', staffIds: [ids['cft-member']] });
    expect(res.body.error.message).toContain(covered[1].trackingCode);
    // Nor can a complaint about a member join the member's review.
    const other = await ok(post('quality-manager', '/cft-reviews', { title: 'Another review', memberIds: [ids['cft-member']] }), 201);
    const c = await investigating({ subjectStaffId: ids['cft-member'] });
    const join = await action(base, jwt['quality-manager'], c.id, 'open-review', { cftReviewId: other.id });
    expect(join.status).toBe(409);
    expect((await dp.agent.getOne('complaints', { id: c.id })).data.cftReviewId).toBeNull();
  });

  it('the leader submits the conclusion, the quality manager returns then approves it: root causes on every covered complaint', async () => {
    const rc1 = await rootCause();
    const rc2 = await rootCause();
    // An action in verification against rc1: the approval's root causes make it ineffective at once.
    const watched = await verifying(rc1, new Date(Date.now() - 30 * DAY), 60, { categoryId: ids.child });
    expect(watched.status).toBe('verification');

    expect((await reviewAct('agent', review.id, 'submit-conclusion', { conclusion: 'x', rootCauseIds: [rc1] })).status).toBe(403);
    expect((await reviewAct('quality-manager', review.id, 'approve-conclusion')).status).toBe(409);
    const noCause = await reviewAct('specialist', review.id, 'submit-conclusion', { conclusion: 'The ring was never closed.', rootCauseIds: [] });
    expect(paths(noCause)).toEqual(['rootCauseIds']);
    expect(await ok(reviewAct('specialist', review.id, 'submit-conclusion', { conclusion: 'The ring was never closed.', rootCauseIds: [rc1] }))).toMatchObject({ conclusionState: 'submitted', rootCauseIds: [rc1] });
    expect((await reviewAct('specialist', review.id, 'approve-conclusion')).status).toBe(403);
    const returned = await ok(reviewAct('quality-manager', review.id, 'return-conclusion', { comment: 'Name the budget decision too.' }));
    expect(returned).toMatchObject({ conclusionState: 'returned', conclusionComment: 'Name the budget decision too.', status: 'in_progress' });
    await ok(reviewAct('specialist', review.id, 'submit-conclusion', { conclusion: 'The ring was never closed; its budget was moved.', rootCauseIds: [rc1, rc2] }));
    const approved = await ok(reviewAct('quality-manager', review.id, 'approve-conclusion', { comment: 'Agreed.' }));
    expect(approved).toMatchObject({ status: 'concluded', conclusionState: 'approved', concludedAt: expect.any(String) });
    for (const c of covered) expect(await rootCausesOf(c.id)).toEqual([rc1, rc2].sort());
    expect((await dp['quality-manager'].getOne('corrective-actions', { id: watched.id })).data).toMatchObject({
      status: 'ineffective',
      effectivenessEvidence: { recurrences: expect.arrayContaining([expect.objectContaining({ id: covered[0].id })]) },
    });
    expect((await auditOf(review.id)).map((e) => e.action)).toEqual(['create', 'update', 'update', 'submit-conclusion', 'return-conclusion', 'submit-conclusion', 'approve-conclusion']);
    // A concluded review is kept as it was.
    expect((await put('quality-manager', `/cft-reviews/${review.id}`, { conclusion: 'rewritten' })).status).toBe(409);
    expect(paths(await put('quality-manager', `/cft-reviews/${review.id}`, { status: 'in_progress' }))).toEqual(['status']);
  });

  it('a resolve with root causes is refused for a complaint its review will conclude', async () => {
    const c = await investigating();
    const r = await ok(post('quality-manager', '/cft-reviews', { title: 'Third review' }), 201);
    await ok(action(base, jwt['quality-manager'], c.id, 'open-review', { cftReviewId: r.id }));
    await ok(action(base, jwt.specialist, c.id, 'propose', { external: { type: 'explanation', description: 'Explained.' }, internal: { none: true, reason: 'One-off.' } }));
    await ok(action(base, jwt.director, c.id, 'approve', {}));
    await ok(action(base, jwt.agent, c.id, 'send-to-customer'));
    await ok(action(base, jwt.agent, c.id, 'record-customer-decision', { decision: 'accept', channel: 'phone' }));
    await ok(action(base, jwt.specialist, c.id, 'implement'));
    const rc = await rootCause();
    const res = await action(base, jwt.specialist, c.id, 'resolve', { resolution: 'Done.', rootCauseIds: [rc] });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toMatchObject({ field: 'rootCauseIds', cftReviewId: r.id });
  });
});
