/**
 * The lifecycle engine end to end over HTTP: the happy path, both rejection paths,
 * line-2 retention, the claim path, two-step approval, errors that leave nothing written,
 * 20 racing assigns with one winner, and the append-only audit trail.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { action, call, listen, loginDemoStaff, type DataProvider } from '../helpers/api';
import { isValidCanonical } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const dp: Record<string, DataProvider> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
  await loginDemoStaff(base, jwt, dp);
  const users = await dp.director.getList('users', { pagination: { page: 1, perPage: 50 }, sort: { field: 'username', order: 'ASC' }, filter: {} });
  for (const u of users.data) ids[u.role] = u.id;
  const cats = await dp.agent.getList('categories', { pagination: { page: 1, perPage: 5 }, sort: { field: 'code', order: 'ASC' }, filter: { code: 'general.billing' } });
  ids.billing = cats.data[0].id;
  const teams = await dp.agent.getList('teams', { pagination: { page: 1, perPage: 20 }, sort: { field: 'code', order: 'ASC' }, filter: {} });
  for (const team of teams.data) ids[team.code] = team.id;
});

afterAll(async () => {
  await t?.close();
});

async function register(extra: Record<string, unknown> = {}) {
  const { data } = await dp.agent.create('complaints', {
    data: {
      channel: 'phone',
      subject: 'Charged twice for October',
      description: 'Two identical monthly fee lines on the invoice.',
      language: 'fa',
      categoryId: ids.billing,
      customer: { name: 'Maryam Ahmadi', phone: '+98 912 555 0101', email: 'maryam@example.test' },
      requestedRemedy: 'Refund the second fee',
      ...extra,
    },
  });
  return data;
}

async function act(role: string, id: string, name: string, body: Record<string, unknown> = {}) {
  const res = await action(base, jwt[role], id, name, body);
  if (res.status !== 200) throw new Error(`${role} ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function events(id: string) {
  const { data } = await dp.director.getManyReference('complaint-events', { target: 'complaintId', id, pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'ASC' }, filter: {} });
  return data;
}

async function notifications(id: string) {
  const { data } = await dp.director.getManyReference('notifications', { target: 'complaintId', id, pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'ASC' }, filter: {} });
  return data;
}

/**
 * The SLA sweeper's timers of a complaint (cd_sla_timers) beside the complaint's own
 * at-risk and due moments: the timers must be the thresholds still to fire of its running stage.
 */
async function timersOf(id: string) {
  const knex = t.strapi.db.connection;
  const ms = (v: any) => (v === null || v === undefined ? null : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v).getTime());
  const row = await knex('cd_complaints').where({ document_id: id }).first('id', 'sla_at_risk_at', 'sla_due_at');
  const timers = await knex('cd_sla_timers').where({ complaint_id: row.id }).orderBy('threshold');
  return { atRisk: ms(row.sla_at_risk_at), due: ms(row.sla_due_at), timers: timers.map((x: any) => [x.threshold, ms(x.due_at)]) };
}
const expectRunningTimers = async (id: string) => {
  const s = await timersOf(id);
  expect(s.atRisk).not.toBeNull();
  expect(s.timers).toEqual([['at_risk', s.atRisk], ['breached', s.due]]);
  return s;
};

const refund = (amount: number) => ({
  external: { type: 'refund', description: 'Refund of the duplicate fee', amount, currency: 'EUR' },
  internal: { none: true, reason: 'Single billing-run fault, already fixed' },
});

describe('the happy path', () => {
  it('registers, assesses, proposes, approves, gets the customer’s yes, implements, resolves, surveys and closes', async () => {
    const c = await register();
    expect(c).toMatchObject({ status: 'received', channel: 'phone', escalationLevel: 'line1', responseRound: 1, version: 1, categoryId: ids.billing, teamId: ids['billing-line1'] });
    expect(isValidCanonical(c.trackingCode)).toBe(true);
    expect(c.pin).toMatch(/^\d{6}$/);
    expect(c.customer).toEqual({ name: 'Maryam Ahmadi', phone: '+98 912 555 0101', email: 'maryam@example.test' });
    expect(c.sla.stages.map((s: any) => s.stage)).toEqual(['acknowledgment', 'assessment']);
    expect(c.availableActions).toEqual(expect.arrayContaining(['assess']));
    const assessment = await expectRunningTimers(c.id);
    expect((await dp.director.getOne('complaints', { id: c.id })).data.availableActions).toEqual(expect.arrayContaining(['assign', 'assess']));

    let r = await act('director', c.id, 'assign', { assigneeId: ids.agent, version: 1 });
    expect(r).toMatchObject({ status: 'in_assessment', assigneeId: ids.agent, version: 2 });
    r = await act('agent', c.id, 'assess', { decision: 'accept', message: 'We will check the invoice and answer within 4 working days.' });
    expect(r.status).toBe('investigating');
    expect(r.sla.stages.find((s: any) => s.stage === 'assessment').state).toBe('met');
    expect(r.sla.stages.find((s: any) => s.stage === 'evaluation').state).toBe('ok');
    expect((await expectRunningTimers(c.id)).due).not.toBe(assessment.due); // the evaluation stage's
    r = await act('specialist', c.id, 'propose', refund(50));
    expect(r).toMatchObject({ status: 'pending_approval', proposal: { round: 1, status: 'pending_approval', external: { type: 'refund', amount: 50 } } });
    expect(r.availableActions).toEqual(['reissue-pin']); // the specialist waits for the director (a new PIN is always possible)
    r = await act('director', c.id, 'approve', { comment: 'OK' });
    expect(r.status).toBe('response_proposed');
    r = await act('agent', c.id, 'send-to-customer');
    expect(r.status).toBe('awaiting_customer');
    expect(r.sla.stages.find((s: any) => s.stage === 'evaluation').state).toBe('met');
    expect((await timersOf(c.id)).timers).toEqual([]); // the clock is paused while the customer decides
    r = await act('agent', c.id, 'record-customer-decision', { decision: 'accept', channel: 'phone', comment: 'Agreed by phone' });
    expect(r.status).toBe('implementing');
    await expectRunningTimers(c.id); // the resolution stage
    expect(r.availableActions).toEqual(['reissue-pin']); // agent: implementing is for the specialist
    r = await act('specialist', c.id, 'implement', { note: 'Credit note issued' });
    expect(r.status).toBe('implementing');
    r = await act('specialist', c.id, 'resolve', { resolution: 'The duplicate fee was refunded.' });
    expect(r.status).toBe('resolved');
    r = await act('agent', c.id, 'record-survey', { resultScore: 5, processScore: 4 });
    expect(r.status).toBe('resolved');
    r = await act('director', c.id, 'close');
    expect(r).toMatchObject({ status: 'closed', availableActions: ['reissue-pin'] });
    expect((await timersOf(c.id)).timers).toEqual([]);

    const trail = await events(c.id);
    expect(trail.map((e: any) => e.action)).toEqual(['register', 'assign', 'assess', 'propose', 'approve', 'send-to-customer', 'record-customer-decision', 'implement', 'resolve', 'record-survey', 'close']);
    expect(trail.map((e: any) => e.toStatus)).toEqual(['received', 'in_assessment', 'investigating', 'pending_approval', 'response_proposed', 'awaiting_customer', 'implementing', 'implementing', 'resolved', 'resolved', 'closed']);
    for (let i = 1; i < trail.length; i++) expect(trail[i].fromStatus).toBe(trail[i - 1].toStatus);
    expect(trail[1]).toMatchObject({ actorRole: 'director', actorId: ids.director, payload: { assigneeId: ids.agent } });

    const outbox = await notifications(c.id);
    expect(outbox.map((n: any) => n.template)).toEqual(['acknowledgment.sms', 'assessment_accept.sms', 'proposal.sms', 'resolution.sms', 'survey.sms']);
    expect(outbox.every((n: any) => n.status === 'pending' && n.locale === 'fa' && n.recipient === '+98 912 555 0101')).toBe(true);
    const surveys = await dp.director.getManyReference('surveys', { target: 'complaintId', id: c.id, pagination: { page: 1, perPage: 5 }, sort: { field: 'createdAt', order: 'ASC' }, filter: {} });
    expect(surveys.data).toMatchObject([{ resultScore: 5, processScore: 4 }]);
  });

  it('needs the director and then the quality manager for a refund above the threshold', async () => {
    const c = await register();
    await act('director', c.id, 'assign', { assigneeId: ids.agent });
    await act('agent', c.id, 'assess', { decision: 'accept', message: 'We will check.' });
    await act('specialist', c.id, 'propose', refund(400));
    expect((await call(base, jwt['quality-manager'], 'POST', `/api/complaint-desk/complaints/${c.id}/actions/approve`, {})).status).toBe(409);
    let r = await act('director', c.id, 'approve');
    expect(r.status).toBe('pending_approval');
    expect(r.availableActions).not.toContain('approve');
    expect((await dp['quality-manager'].getOne('complaints', { id: c.id })).data.availableActions).toContain('approve');
    r = await act('quality-manager', c.id, 'approve', { comment: 'Verified' });
    expect(r.status).toBe('response_proposed');
    const approvals = await dp.director.getManyReference('approvals', { target: 'complaintId', id: c.id, pagination: { page: 1, perPage: 5 }, sort: { field: 'step', order: 'ASC' }, filter: {} });
    expect(approvals.data).toMatchObject([
      { requiredRole: 'director', step: 1, decision: 'approved', decidedById: ids.director },
      { requiredRole: 'quality-manager', step: 2, decision: 'approved', decidedById: ids['quality-manager'], comment: 'Verified' },
    ]);
  });

  it('lists in the approvals inbox only the steps the caller can decide now, with what they approve', async () => {
    const inbox = async (role: string, range = [0, 99]) => {
      const res = await call(base, jwt[role], 'GET', `/api/complaint-desk/approvals/inbox?range=${JSON.stringify(range)}`);
      expect(res.status).toBe(200);
      return { rows: res.body as any[], total: Number(/\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1]) };
    };
    const c = await register({ valueTier: 3 });
    await act('director', c.id, 'assign', { assigneeId: ids.agent });
    await act('agent', c.id, 'assess', { decision: 'accept', message: 'We will check.' });
    await act('specialist', c.id, 'propose', refund(400));

    // Step 2 waits for step 1: the quality manager does not see it yet.
    expect((await inbox('quality-manager')).rows.map((r) => r.complaintId)).not.toContain(c.id);
    const director = await inbox('director');
    const mine = director.rows.find((r) => r.complaintId === c.id);
    expect(mine).toMatchObject({
      step: 1,
      requiredRole: 'director',
      trackingCode: c.trackingCode,
      subject: 'Charged twice for October',
      valueTier: 3,
      proposal: { external: { type: 'refund', amount: 400, currency: 'EUR', description: 'Refund of the duplicate fee' }, internal: { none: true } },
      slaState: expect.stringMatching(/^(ok|at_risk|breached)$/),
      earlier: [],
    });
    // The total is the count of the whole inbox (the dashboard's), not of the page.
    expect(director.total).toBe(director.rows.length);
    expect((await inbox('director', [0, 0])).total).toBe(director.total);
    expect(director.rows.every((r) => r.requiredRole === 'director')).toBe(true);
    // Roles that approve nothing have no inbox.
    expect((await call(base, jwt.agent, 'GET', '/api/complaint-desk/approvals/inbox')).status).toBe(403);

    await act('director', c.id, 'approve', { comment: 'Within the goodwill budget' });
    expect((await inbox('director')).rows.map((r) => r.complaintId)).not.toContain(c.id);
    const qm = (await inbox('quality-manager')).rows.find((r) => r.complaintId === c.id);
    expect(qm).toMatchObject({
      step: 2,
      earlier: [{ step: 1, requiredRole: 'director', decision: 'approved', comment: 'Within the goodwill budget', decidedByName: expect.any(String) }],
    });
    await act('quality-manager', c.id, 'approve');
    expect((await inbox('quality-manager')).rows.map((r) => r.complaintId)).not.toContain(c.id);
  });

  it('returns a declined proposal to investigation', async () => {
    const c = await register();
    await act('director', c.id, 'assign', { assigneeId: ids.agent });
    await act('agent', c.id, 'assess', { decision: 'accept', message: 'We will check.' });
    await act('specialist', c.id, 'propose', refund(30));
    const bad = await action(base, jwt.director, c.id, 'decline', {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['comment']);
    const r = await act('director', c.id, 'decline', { comment: 'Offer a repair instead' });
    expect(r).toMatchObject({ status: 'investigating', proposal: { status: 'declined' } });
  });
});

describe('rejection paths', () => {
  it('rejects at assessment with an explanation and thanks', async () => {
    const c = await register();
    const r = await act('agent', c.id, 'assess', { decision: 'reject', message: 'This is handled by your bank; thank you for telling us.' });
    expect(r).toMatchObject({ status: 'rejected', availableActions: ['reissue-pin'] });
    expect((await notifications(c.id)).map((n: any) => n.template)).toEqual(['acknowledgment.sms', 'assessment_reject.sms']);
  });

  it('opens a second round once, and records open_external with the recourse text on the second no', async () => {
    const c = await register();
    await act('director', c.id, 'assign', { assigneeId: ids.agent });
    await act('agent', c.id, 'assess', { decision: 'accept', message: 'We will check.' });
    for (const round of [1, 2]) {
      await act('specialist', c.id, 'propose', refund(20 * round));
      await act('director', c.id, 'approve');
      await act('agent', c.id, 'send-to-customer');
      const r = await act('agent', c.id, 'record-customer-decision', { decision: 'reject', channel: 'phone' });
      if (round === 1) expect(r).toMatchObject({ status: 'investigating', responseRound: 2 });
      else expect(r).toMatchObject({ status: 'open_external', responseRound: 2, availableActions: ['reissue-pin'] });
    }
    const trail = await events(c.id);
    const last = trail[trail.length - 1];
    // The recourse text comes from the category's settings, in the complaint's language (fa);
    // general.billing has none of its own and inherits its root's.
    const root = (await dp.agent.getList('categories', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: { code: 'general', locale: 'fa' } })).data[0];
    expect(root.locale).toBe('fa');
    expect(root.recourseText).toEqual(expect.any(String));
    expect(last).toMatchObject({ action: 'record-customer-decision', toStatus: 'open_external', payload: { recourse: root.recourseText } });
    expect((await notifications(c.id)).map((n: any) => n.template)).toContain('external_recourse.sms');
  });
});

describe('escalation paths', () => {
  it('retains the customer on line 2 and closes', async () => {
    const c = await register();
    await act('director', c.id, 'assign', { assigneeId: ids.agent });
    const r1 = await act('agent', c.id, 'escalate', { reason: 'Needs a recalculation beyond line 1' });
    expect(r1).toMatchObject({ escalationLevel: 'line2', teamId: ids['billing-line2'], assigneeId: null, status: 'in_assessment' });
    expect((await action(base, jwt.agent, c.id, 'escalate', { reason: 'again' })).status).toBe(409);
    const r2 = await act('specialist', c.id, 'retain', { outcome: 'Tariff corrected; the customer stays.' });
    expect(r2).toMatchObject({ status: 'closed', retentionOutcome: 'Tariff corrected; the customer stays.' });
  });

  it('files a formal claim from line 2, only for the value tiers the category allows', async () => {
    const low = await register({ valueTier: 1 });
    await act('director', low.id, 'assign', { assigneeId: ids.agent });
    await act('agent', low.id, 'assess', { decision: 'accept', message: 'We will check.' });
    await act('agent', low.id, 'escalate', { reason: 'Long review with billing' });
    const refused = await action(base, jwt.specialist, low.id, 'file-claim', { reason: 'long_review' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/value tiers 3/);

    const high = await register({ valueTier: 4 });
    await act('director', high.id, 'assign', { assigneeId: ids.agent });
    await act('agent', high.id, 'assess', { decision: 'accept', message: 'We will check.' });
    await act('agent', high.id, 'escalate', { reason: 'Long review with billing' });
    const r = await act('specialist', high.id, 'file-claim', { reason: 'exceeds_authority' });
    expect(r).toMatchObject({ escalationLevel: 'claim', claimReason: 'exceeds_authority', status: 'investigating' });
    const again = await action(base, jwt.specialist, high.id, 'file-claim', { reason: 'long_review' });
    expect(again.status).toBe(409); // already a claim: not from line 2 any more
    const bad = await action(base, jwt.specialist, low.id, 'file-claim', { reason: 'because' });
    expect(bad.status).toBe(400);
  });
});

describe('bad input and conflicts', () => {
  it('answers 404, 409, 403 and 400 as the contract says, writing nothing', async () => {
    const c = await register();
    const before = await events(c.id);

    const unknown = await action(base, jwt.director, c.id, 'teleport');
    expect(unknown.status).toBe(404);

    const wrongState = await action(base, jwt.director, c.id, 'close');
    expect(wrongState.status).toBe(409);
    expect(wrongState.body.error.details).toMatchObject({ status: 'received', allowedActions: expect.arrayContaining(['assign', 'assess']) });

    const wrongRole = await action(base, jwt.agent, c.id, 'close');
    expect(wrongRole.status).toBe(403);
    expect((await action(base, jwt['cft-member'], c.id, 'assess', { decision: 'accept', message: 'x' })).status).toBe(403);

    const invalid = await action(base, jwt.agent, c.id, 'assess', { decision: 'maybe', extra: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(expect.arrayContaining(['decision', 'message']));

    const stale = await action(base, jwt.director, c.id, 'assign', { assigneeId: ids.agent, version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ status: 'received', version: 1 });

    const notMember = await action(base, jwt.director, c.id, 'assign', { assigneeId: ids.specialist });
    expect(notMember.status).toBe(400);
    expect(notMember.body.error.details.errors[0].path).toEqual(['assigneeId']);

    for (const res of [unknown, wrongState, wrongRole, invalid, stale, notMember]) expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
    expect(await events(c.id)).toHaveLength(before.length);
    expect((await dp.director.getOne('complaints', { id: c.id })).data).toMatchObject({ status: 'received', version: 1 });
  });

  it('lets agents and specialists assign themselves an unassigned complaint, and no one else', async () => {
    const c = await register();
    const other = await action(base, jwt.agent, c.id, 'assign', { assigneeId: ids.specialist });
    expect(other.status).toBe(403);
    const mine = await action(base, jwt.agent, c.id, 'assign', { assigneeId: ids.agent });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ assigneeId: ids.agent, teamId: ids['billing-line1'], status: 'in_assessment' });
    expect(mine.body.availableActions).not.toContain('assign'); // taken: only the director reassigns
    const again = await action(base, jwt.agent, c.id, 'assign', { assigneeId: ids.agent });
    expect(again.status).toBe(409);
    expect((await action(base, jwt.director, c.id, 'assign', { assigneeId: ids.agent })).status).toBe(200);
  });

  it('takes the team from the assignee when the complaint has none, or asks for it by name', async () => {
    const c = await register({ categoryId: undefined });
    expect(c.teamId).toBeNull();
    // The demo agent is in the four first-line teams: which one is for the director to say.
    const ambiguous = await action(base, jwt.director, c.id, 'assign', { assigneeId: ids.agent });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.details.errors[0]).toMatchObject({ path: ['teamId'], message: expect.stringContaining('4 first-line teams') });
    // The specialist is in second-line teams only, until a first-line team takes them in.
    const none = await action(base, jwt.director, c.id, 'assign', { assigneeId: ids.specialist });
    expect(none.body.error.details.errors[0]).toMatchObject({ path: ['teamId'], message: expect.stringContaining('no first-line team') });
    const { data: team } = await dp.director.create('teams', { data: { code: 'pilot-line1', name: 'Pilot — line 1', line: 'line1', area: 'service', memberIds: [ids.specialist] } });
    const taken = await action(base, jwt.director, c.id, 'assign', { assigneeId: ids.specialist });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ assigneeId: ids.specialist, teamId: team.id });
  });

  it('names staff by their full name, with their teams and open complaints', async () => {
    const { data } = await dp.director.getList('users', { pagination: { page: 1, perPage: 50 }, sort: { field: 'username', order: 'ASC' }, filter: {} });
    const agent = data.find((u: any) => u.role === 'agent');
    expect(agent).toMatchObject({ username: 'agent', fullName: expect.any(String), name: agent.fullName, teamIds: expect.arrayContaining([ids['billing-line1']]) });
    expect(agent.name).not.toBe('agent');
    const { total } = await dp.director.getList('complaints', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: { assigneeId: ids.agent, status: ['received', 'in_assessment', 'investigating', 'response_proposed', 'pending_approval', 'awaiting_customer', 'implementing', 'resolved'] } });
    expect(agent.openComplaints).toBe(total);
    const c = await register();
    const assigned = await act('director', c.id, 'assign', { assigneeId: ids.agent });
    expect(assigned.assigneeName).toBe(agent.fullName);
  });

  it('never assigns a complaint to the staff member it is about', async () => {
    const c = await register({ subjectStaffId: ids.agent });
    const res = await action(base, jwt.director, c.id, 'assign', { assigneeId: ids.agent });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].message).toMatch(/objectivity/);
  });

  it('refuses an invalid registration with field paths and leaves no customer behind', async () => {
    const customersBefore = (await dp.director.getList('customers', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).total;
    const res = await call(base, jwt.agent, 'POST', '/api/complaint-desk/complaints', { channel: 'pigeon', subject: '', customer: { name: 'X' } });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['channel', 'subject', 'description']));
    const noContact = await call(base, jwt.agent, 'POST', '/api/complaint-desk/complaints', { channel: 'phone', subject: 's', description: 'd', customer: { name: 'Z' } });
    expect(noContact.status).toBe(400);
    expect(noContact.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['customer.phone']);
    const badCategory = await call(base, jwt.agent, 'POST', '/api/complaint-desk/complaints', { channel: 'phone', subject: 's', description: 'd', categoryId: 'nope', customer: { name: 'Y', phone: '123' } });
    expect(badCategory.status).toBe(400);
    expect((await dp.director.getList('customers', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).total).toBe(customersBefore);
  });
});

describe('concurrency', () => {
  it('lets exactly one of 20 parallel assigns of the same complaint win', async () => {
    const c = await register();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => action(base, jwt.director, c.id, 'assign', { assigneeId: ids.agent, version: c.version })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.details).toMatchObject({ status: 'in_assessment', version: 2 });
    expect((await events(c.id)).filter((e: any) => e.action === 'assign')).toHaveLength(1);
  });
});

describe('the audit trail is append-only', () => {
  it('has no route that changes or deletes an event', async () => {
    const c = await register();
    const [event] = await events(c.id);
    expect((await call(base, jwt.director, 'PUT', `/api/complaint-desk/complaint-events/${event.id}`, { action: 'forged' })).status).toBe(405);
    expect((await call(base, jwt.director, 'DELETE', `/api/complaint-desk/complaint-events/${event.id}`)).status).toBe(405);
    expect((await call(base, jwt.director, 'POST', '/api/complaint-desk/complaint-events', { action: 'forged' })).status).toBe(405);
  });

  it('refuses update and delete through the Document Service', async () => {
    const c = await register();
    const [event] = await events(c.id);
    const docs = t.strapi.documents('plugin::complaint-desk.complaint-event' as any) as any;
    await expect(docs.update({ documentId: event.id, data: { action: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(docs.delete({ documentId: event.id })).rejects.toThrow(/append-only/);
    expect((await docs.findOne({ documentId: event.id })).action).toBe('register');
  });
});

describe('reissuing a PIN on the customer’s request', () => {
  const pinHashOf = async (id: string): Promise<string> => (await t.strapi.db.connection('cd_complaints').where({ document_id: id }).first('pin_hash')).pin_hash;

  it('answers a new PIN once, stores only its hash, and audits who reissued it without the PIN', async () => {
    const { verifyPin } = await import('../../src/plugins/complaint-desk/server/src/domain/pin');
    const c = await register();
    expect(c.availableActions).toContain('reissue-pin');
    const before = await pinHashOf(c.id);
    expect(await verifyPin(c.pin, before)).toBe(true);

    const noticesBefore = (await notifications(c.id)).length;
    const res = await action(base, jwt.agent, c.id, 'reissue-pin', { channel: 'phone', version: c.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: c.id, status: 'received', version: c.version + 1 });
    expect(res.body.pin).toMatch(/^[0-9]{6}$/);
    const after = await pinHashOf(c.id);
    expect(after).toMatch(/^scrypt\$/);
    expect(after).not.toContain(res.body.pin);
    expect(await verifyPin(res.body.pin, after)).toBe(true);
    // The PIN the customer had no longer opens the complaint (unless the draw repeated it: 1 in 10⁶).
    if (res.body.pin !== c.pin) expect(await verifyPin(c.pin, after)).toBe(false);

    // A read never shows it again.
    const read = await call(base, jwt.agent, 'GET', `/api/complaint-desk/complaints/${c.id}`);
    expect(read.body.pin).toBeUndefined();
    expect(JSON.stringify(read.body)).not.toContain(res.body.pin);

    const reissued = (await events(c.id)).filter((e: any) => e.action === 'reissue-pin');
    expect(reissued).toHaveLength(1);
    expect(reissued[0]).toMatchObject({ actorId: ids.agent, actorRole: 'agent', fromStatus: 'received', toStatus: 'received', payload: { channel: 'phone' } });
    const raw = await t.strapi.db.connection('cd_complaint_events').where({ document_id: reissued[0].id }).first('payload');
    expect(JSON.stringify(raw.payload)).not.toContain(res.body.pin);
    // No message goes out with it: sending code and PIN is a separate step.
    expect(await notifications(c.id)).toHaveLength(noticesBefore);
  });

  it('is for the roles that register and work complaints, in any state, and takes no PIN from the caller', async () => {
    const c = await register();
    for (const role of ['content-editor', 'cft-member']) {
      const res = await action(base, jwt[role], c.id, 'reissue-pin', {});
      expect(res.status).toBe(403);
    }
    const forged = await action(base, jwt.agent, c.id, 'reissue-pin', { pin: '123456' });
    expect(forged.status).toBe(400);
    expect(forged.body.error.details.errors).toEqual([expect.objectContaining({ path: ['pin'] })]);
    // Rejected at assessment is a closed case on the portal, still trackable: a PIN can be reissued.
    await act('agent', c.id, 'assess', { decision: 'reject', message: 'Not a complaint about us' });
    for (const role of ['specialist', 'director', 'quality-manager']) {
      const res = await action(base, jwt[role], c.id, 'reissue-pin', {});
      expect([role, res.status]).toEqual([role, 200]);
    }
    expect((await events(c.id)).filter((e: any) => e.action === 'reissue-pin').map((e: any) => e.actorRole)).toEqual(['specialist', 'director', 'quality-manager']);
  });
});

describe('searching in Persian and Arabic-Indic digits', () => {
  it('finds a complaint by the customer’s phone typed in any of the three digit sets', async () => {
    const c = await register({ customer: { name: 'Reza Karimi', phone: '+98 912 777 4242' } });
    const search = async (q: string) => (await dp.agent.getList('complaints', { pagination: { page: 1, perPage: 50 }, sort: { field: 'receivedAt', order: 'DESC' }, filter: { q } })).data.map((x: any) => x.id);
    const ascii = await search('912 777 4242');
    expect(ascii).toEqual([c.id]);
    expect(await search('۹۱۲ ۷۷۷ ۴۲۴۲')).toEqual(ascii);
    expect(await search('٩١٢٧٧٧٤٢٤٢')).toEqual(ascii);
    // Masked roles still cannot search by phone, whatever the digits.
    const masked = await dp['content-editor'].getList('complaints', { pagination: { page: 1, perPage: 50 }, sort: { field: 'receivedAt', order: 'DESC' }, filter: { q: '۹۱۲ ۷۷۷ ۴۲۴۲' } });
    expect(masked.data).toEqual([]);
  });
});
