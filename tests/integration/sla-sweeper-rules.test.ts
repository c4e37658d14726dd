/**
 * What one SLA sweep writes, rule by rule, with the sweep called directly at a chosen
 * moment: which thresholds fire, the policy's actions (assignee, team lead, directors, escalation
 * to the area's line-2 team), the events' and notifications' contents, and that nothing fires
 * twice. Runs on SQLite and on PostgreSQL (`npm run test:pg`).
 */
import { startStrapi, type TestApp } from '../helpers/strapi';

let t: TestApp;
const P = 'plugin::complaint-desk';
const HOUR = 3_600_000;
const now = new Date(Date.now() + 10 * 24 * HOUR);
const at = (offsetHours: number) => new Date(now.getTime() + offsetHours * HOUR).toISOString();
const ids: Record<string, number> = {};
const users: Record<string, any> = {};
const teams: Record<string, any> = {};
let first: { at_risk: number; breached: number };

const q = (n: string) => t.strapi.db.query(`${P}.${n}` as any);
const parse = (v: any) => (typeof v === 'string' ? JSON.parse(v) : v);

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'false' });
  const s = t.strapi;
  const docs = (n: string) => s.documents(`${P}.${n}` as any) as any;
  const role = async (type: string) => (await s.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;
  const add = async (username: string, type: string, extra: Record<string, unknown> = {}) =>
    s.plugin('users-permissions').service('user').add({ username, email: `${username}@rules.test`, password: 'Rules-Pass-1', provider: 'local', confirmed: true, role: await role(type), ...extra });
  users.agent = await add('agent', 'agent');
  users.lead = await add('lead', 'director');
  users.director = await add('director', 'director');
  users.gone = await add('gone', 'director', { blocked: true });
  teams.netL1 = await docs('team').create({ data: { code: 'net-l1', name: 'Net L1', line: 'line1', area: 'network', members: [users.agent.id], lead: users.lead.id } });
  teams.netL2 = await docs('team').create({ data: { code: 'net-l2', name: 'Net L2', line: 'line2', area: 'network' } });
  teams.bilL1 = await docs('team').create({ data: { code: 'bil-l1', name: 'Bil L1', line: 'line1', area: 'billing', lead: users.lead.id } });
  const escalating = await docs('sla-policy').create({
    data: { code: 'esc', name: 'Escalating', isDefault: true, onAtRisk: ['notify_assignee', 'notify_director'], onBreach: ['notify_team_lead', 'raise_escalation'] },
  });
  const quiet = await docs('sla-policy').create({ data: { code: 'quiet', name: 'Quiet', onBreach: ['notify_team_lead'] } });

  const make = async (key: string, fields: Record<string, unknown>) => {
    const c = await docs('complaint').create({
      data: {
        trackingCode: `RULES${key.padEnd(7, '0')}`,
        status: 'investigating',
        channel: 'phone',
        subject: key,
        description: 'd',
        language: 'en',
        receivedAt: at(-100),
        slaStage: 'evaluation',
        team: teams.netL1.documentId,
        assignee: users.agent.id,
        slaPolicy: escalating.documentId,
        ...fields,
      },
    });
    ids[key] = (await q('complaint').findOne({ where: { documentId: c.documentId }, select: ['id'] })).id;
  };
  await make('BOTH', { slaAtRiskAt: at(-2), slaDueAt: at(-1) });
  await make('RISK', { slaAtRiskAt: at(-2), slaDueAt: at(5) });
  await make('NOL2', { slaAtRiskAt: at(-2), slaDueAt: at(-1), team: teams.bilL1.documentId });
  await make('QUIET', { slaAtRiskAt: at(-2), slaDueAt: at(-1), slaPolicy: quiet.documentId });
  await make('CLOSED', { slaAtRiskAt: at(-2), slaDueAt: at(-1), status: 'closed' });
  await make('PAUSED', { slaAtRiskAt: at(-2), slaDueAt: at(-1), status: 'awaiting_customer', slaPausedAt: at(-3) });
  await make('LINE2', { slaAtRiskAt: at(-2), slaDueAt: at(-1), escalationLevel: 'line2', team: teams.netL2.documentId, slaAtRiskFiredAt: at(-1.5) });
  await make('LATER', { slaAtRiskAt: at(3), slaDueAt: at(5) });

  first = await s.plugin('complaint-desk').service('sla-sweeper').sweep(now, 3); // small batches: the loop goes on
});

afterAll(async () => {
  await t?.close();
});

const eventsOf = async (key: string) =>
  (await q('complaint-event').findMany({ where: { action: 'escalate-sla', complaint: { id: ids[key] } }, orderBy: { id: 'asc' } })).map((e: any) => ({ ...e, payload: parse(e.payload) }));
const notesOf = async (key: string) =>
  (await q('notification').findMany({ where: { complaint: { id: ids[key] } }, orderBy: { id: 'asc' } })).map((n: any) => ({ ...n, payload: parse(n.payload) }));
const complaint = (key: string) => q('complaint').findOne({ where: { id: ids[key] }, populate: { team: { select: ['id', 'code'] }, assignee: { select: ['id'] } } });

it('fires each due threshold once, in order, and skips closed, paused and not yet due stages', async () => {
  expect(first).toEqual({ at_risk: 4, breached: 4 });
  const thresholds = async (key: string) => (await eventsOf(key)).map((e: any) => e.payload.threshold);
  expect(await thresholds('BOTH')).toEqual(['at_risk', 'breached']);
  expect(await thresholds('RISK')).toEqual(['at_risk']);
  expect(await thresholds('NOL2')).toEqual(['at_risk', 'breached']);
  expect(await thresholds('QUIET')).toEqual(['at_risk', 'breached']);
  expect(await thresholds('LINE2')).toEqual(['breached']);
  for (const key of ['CLOSED', 'PAUSED', 'LATER']) expect(await thresholds(key)).toEqual([]);

  const both = await complaint('BOTH');
  expect(new Date(both.slaAtRiskFiredAt).getTime()).toBe(now.getTime());
  expect(new Date(both.slaBreachedAt).getTime()).toBe(now.getTime());
  const risk = await complaint('RISK');
  expect(new Date(risk.slaAtRiskFiredAt).getTime()).toBe(now.getTime());
  expect(risk.slaBreachedAt).toBeNull();
  expect((await complaint('LINE2')).slaAtRiskFiredAt).toBeTruthy();
});

it('writes the events as the audit trail shows them', async () => {
  const [risk, breach] = await eventsOf('BOTH');
  for (const e of [risk, breach]) {
    expect(e.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(e).toMatchObject({ action: 'escalate-sla', fromStatus: 'investigating', toStatus: 'investigating', actorRole: 'system' });
    expect(new Date(e.createdAt).getTime()).toBe(now.getTime());
  }
  expect(risk.payload).toEqual({ stage: 'evaluation', threshold: 'at_risk', dueAt: at(-1), actions: ['notify_assignee', 'notify_director'] });
  expect(breach.payload).toEqual({ stage: 'evaluation', threshold: 'breached', dueAt: at(-1), actions: ['notify_team_lead', 'raise_escalation'], escalationLevel: { from: 'line1', to: 'line2' } });
  expect((await eventsOf('QUIET'))[0].payload.actions).toEqual(['notify_assignee']); // the policy has no list: the default
  expect((await eventsOf('QUIET'))[1].payload).not.toHaveProperty('escalationLevel');
  expect((await eventsOf('LINE2'))[0].payload).not.toHaveProperty('escalationLevel'); // already on line 2
});

it('raises line 1 to the area line-2 team, unassigned, and leaves the rest alone', async () => {
  const both = await complaint('BOTH');
  expect(both).toMatchObject({ escalationLevel: 'line2', version: 2, queueTeamId: teams.netL2.id });
  expect(both.team.code).toBe('net-l2');
  expect(both.assignee).toBeNull();
  // No line-2 team in the area: the line goes up, the team stays.
  const nol2 = await complaint('NOL2');
  expect(nol2).toMatchObject({ escalationLevel: 'line2', version: 2 });
  expect(nol2.team.code).toBe('bil-l1');
  expect(nol2.assignee).toBeNull();
  for (const key of ['QUIET', 'RISK', 'LATER']) {
    const c = await complaint(key);
    expect(c).toMatchObject({ escalationLevel: 'line1', version: 1 });
    expect(c.team.code).toBe('net-l1');
    expect(c.assignee?.id).toBe(users.agent.id);
  }
  expect(await complaint('LINE2')).toMatchObject({ escalationLevel: 'line2', version: 1 });
});

it('queues one outbox notification per threshold and recipient', async () => {
  const notes = await notesOf('BOTH');
  const doc = (await complaint('BOTH')).documentId;
  const summary = notes.map((n: any) => [n.template, n.payload.recipientKind, n.recipient]);
  expect(summary).toEqual([
    ['sla_at_risk.email', 'assignee', 'agent@rules.test'],
    ['sla_at_risk.email', 'director', 'lead@rules.test'],
    ['sla_at_risk.email', 'director', 'director@rules.test'],
    ['sla_breached.email', 'team_lead', 'lead@rules.test'],
  ]);
  for (const n of notes) {
    expect(n).toMatchObject({ channel: 'email', locale: 'en', status: 'pending', attempts: 0 });
    expect(n.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(new Date(n.nextAttemptAt).getTime()).toBe(now.getTime());
    expect(n.payload).toMatchObject({ trackingCode: 'RULESBOTH000', stage: 'evaluation', dueAt: at(-1) });
    expect(n.dedupeKey).toBe(`sla:${doc}:evaluation:${at(-1)}:${n.payload.threshold}:${n.payload.recipientKind}:${n.recipient}`);
  }
  // QUIET: the assignee at risk (default), the team lead on breach; RISK: at risk only.
  expect((await notesOf('QUIET')).map((n: any) => n.template + ':' + n.payload.recipientKind)).toEqual(['sla_at_risk.email:assignee', 'sla_breached.email:team_lead']);
  expect((await notesOf('RISK')).map((n: any) => n.payload.recipientKind)).toEqual(['assignee', 'director', 'director']);
  expect(await notesOf('CLOSED')).toEqual([]);
});

it('fires nothing twice, and the rest when it falls due', async () => {
  expect(await t.strapi.plugin('complaint-desk').service('sla-sweeper').sweep(now)).toEqual({ at_risk: 0, breached: 0 });
  const later = new Date(now.getTime() + 6 * HOUR);
  expect(await t.strapi.plugin('complaint-desk').service('sla-sweeper').sweep(later)).toEqual({ at_risk: 1, breached: 2 });
  expect((await eventsOf('RISK')).map((e: any) => e.payload.threshold)).toEqual(['at_risk', 'breached']);
  expect((await eventsOf('LATER')).map((e: any) => e.payload.threshold)).toEqual(['at_risk', 'breached']);
  expect(await t.strapi.plugin('complaint-desk').service('sla-sweeper').sweep(later)).toEqual({ at_risk: 0, breached: 0 });
  expect(await q('complaint-event').count({ where: { action: 'escalate-sla' } })).toBe(11);
});

it('claims from a narrow timer table that holds only the thresholds still to fire', async () => {
  const knex = t.strapi.db.connection;
  const pg = t.strapi.db.dialect.client === 'postgres';
  const defs: Array<{ name: string; def: string }> = pg
    ? (await knex.raw(`select indexname as name, indexdef as def from pg_indexes where tablename in ('cd_complaints', 'cd_sla_timers') and schemaname = current_schema()`)).rows
    : await knex.raw(`select name, sql as def from sqlite_master where type = 'index' and tbl_name in ('cd_complaints', 'cd_sla_timers')`);
  const names = defs.map((d) => d.name);
  // Neither partial claim indexes nor (fired, due) pairs on the complaint table:
  // no index of the complaint row names a fired column, so firing a threshold changes no index.
  for (const gone of ['cd_complaints_at_risk_pending_idx', 'cd_complaints_breach_pending_idx', 'cd_complaints_at_risk_sweep_idx', 'cd_complaints_breach_sweep_idx']) expect(names).not.toContain(gone);
  for (const d of defs) expect(d.def ?? '').not.toMatch(/sla_at_risk_fired_at|sla_breached_at/);
  expect(names).toContain('cd_sla_timers_due_idx');

  // The timers follow the complaint's columns, whoever writes them (here the query engine).
  const c = await (t.strapi.documents(`${P}.complaint` as any) as any).create({
    data: { trackingCode: 'TIMERS000001', status: 'investigating', channel: 'phone', subject: 'timers', description: 'd', language: 'en', receivedAt: at(-100), slaStage: 'evaluation', team: teams.netL1.documentId, slaAtRiskAt: at(20), slaDueAt: at(30) },
  });
  const id = (await q('complaint').findOne({ where: { documentId: c.documentId }, select: ['id'] })).id;
  const timers = async () =>
    (await knex('cd_sla_timers').where({ complaint_id: id }).orderBy('threshold')).map((r: any) => [r.threshold, new Date(typeof r.due_at === 'string' && /^\d+$/.test(r.due_at) ? Number(r.due_at) : r.due_at).toISOString()]);
  const set = (data: Record<string, unknown>) => q('complaint').update({ where: { id }, data });
  expect(await timers()).toEqual([['at_risk', at(20)], ['breached', at(30)]]);
  await set({ status: 'awaiting_customer', slaPausedAt: at(1) }); // the clock stops
  expect(await timers()).toEqual([]);
  await set({ status: 'investigating', slaPausedAt: null, slaAtRiskAt: at(22), slaDueAt: at(32) }); // resumed, deadline moved
  expect(await timers()).toEqual([['at_risk', at(22)], ['breached', at(32)]]);
  await set({ slaAtRiskFiredAt: at(23) }); // fired: the timer stays until a claim meets it …
  expect(await t.strapi.plugin('complaint-desk').service('sla-sweeper').sweep(new Date(new Date(at(24)).getTime()))).toEqual({ at_risk: 0, breached: 0 });
  expect(await timers()).toEqual([['breached', at(32)]]); // … which deletes it and fires nothing
  await set({ slaAtRiskFiredAt: null, slaBreachedAt: null, slaAtRiskAt: at(40), slaDueAt: at(50) }); // a new stage
  expect(await timers()).toEqual([['at_risk', at(40)], ['breached', at(50)]]);
  await set({ status: 'closed' });
  expect(await timers()).toEqual([]);
  await set({ status: 'investigating' });
  expect((await timers()).length).toBe(2);
  // Complaints are never deleted through Strapi; the trigger still covers a raw DELETE.
  await knex.raw(`delete from ${t.strapi.db.getSchemaName() ? `${t.strapi.db.getSchemaName()}.` : ''}cd_complaints where id = ?`, [id]);
  expect(await timers()).toEqual([]);

  if (pg) {
    // The claim's candidate scan can read the timers' index (a tiny table may rather be scanned: forbid that).
    const forced = await knex.transaction(async (trx: any) => {
      await trx.raw('set local enable_seqscan = off');
      const r = await trx.raw(`explain select complaint_id from cd_sla_timers t where t.due_at <= ? order by t.due_at limit 5`, [new Date()]);
      return r.rows.map((row: any) => row['QUERY PLAN']).join('\n');
    });
    expect(forced).toContain('cd_sla_timers_due_idx');
  }
});

it('sweeps in several lanes at once without firing anything twice (PostgreSQL; SQLite runs one lane)', async () => {
  const s = t.strapi;
  const docs = s.documents(`${P}.complaint` as any) as any;
  const later = new Date(now.getTime() + 30 * 24 * HOUR);
  const made: number[] = [];
  for (let i = 0; i < 12; i++) {
    const c = await docs.create({
      data: { trackingCode: `LANES${String(i).padStart(7, '0')}`, status: 'investigating', channel: 'phone', subject: `lane ${i}`, description: 'd', language: 'en', receivedAt: at(-100), slaStage: 'evaluation', team: teams.bilL1.documentId, slaAtRiskAt: new Date(later.getTime() - 2 * HOUR).toISOString(), slaDueAt: new Date(later.getTime() - HOUR).toISOString() },
    });
    made.push((await q('complaint').findOne({ where: { documentId: c.documentId }, select: ['id'] })).id);
  }
  const counts = await s.plugin('complaint-desk').service('sla-sweeper').sweep(new Date(later.getTime() + 1), 2, 3);
  expect(counts.at_risk).toBeGreaterThanOrEqual(12);
  const events = await q('complaint-event').findMany({ where: { action: 'escalate-sla', complaint: { id: { $in: made } } }, populate: { complaint: { select: ['id'] } } });
  expect(events).toHaveLength(24);
  const perComplaint = new Map<number, number>();
  for (const e of events) perComplaint.set(e.complaint.id, (perComplaint.get(e.complaint.id) ?? 0) + 1);
  expect([...perComplaint.values()]).toEqual(Array(12).fill(2));
  expect(await s.plugin('complaint-desk').service('sla-sweeper').sweep(new Date(later.getTime() + 2), 2, 3)).toEqual({ at_risk: 0, breached: 0 });
});

it('escalates to the same line-2 team whether an agent escalates or the SLA breaches (area of the team, else the category; lowest id)', async () => {
  const s = t.strapi;
  const docs = (n: string) => s.documents(`${P}.${n}` as any) as any;
  const salesA = await docs('team').create({ data: { code: 'sales-l2-a', name: 'Sales L2 A', line: 'line2', area: 'sales' } });
  await docs('team').create({ data: { code: 'sales-l2-b', name: 'Sales L2 B', line: 'line2', area: 'sales' } });
  const salesAId = (await q('team').findOne({ where: { documentId: salesA.documentId }, select: ['id'] })).id;
  const category = await docs('category').create({ data: { code: 'sales-esc', scheme: 'general', name: 'Sales', area: 'sales' }, locale: 'en' });
  // The same shape twice: no team, a category of the sales area, line 1, no assignee.
  const shape = (key: string, fields: Record<string, unknown> = {}) =>
    docs('complaint').create({
      data: { trackingCode: `ESCAL${key.padEnd(7, '0')}`, status: 'investigating', channel: 'phone', subject: key, description: 'd', language: 'en', receivedAt: at(-100), slaStage: 'evaluation', category: category.documentId, escalationLevel: 'line1', responseRound: 1, version: 1, valueTier: 1, ...fields },
    });
  const byAgent = await shape('AGENT', { slaAtRiskAt: at(50), slaDueAt: at(60) });
  const byBreach = await shape('BREACH', { slaAtRiskAt: at(-2), slaDueAt: at(-1) });

  const caller = { id: users.agent.id, documentId: users.agent.documentId, role: 'agent' as const };
  await s.plugin('complaint-desk').service('complaints').perform(byAgent.documentId, 'escalate', { reason: 'Beyond line 1' }, caller);
  expect(await s.plugin('complaint-desk').service('sla-sweeper').sweep(now)).toEqual({ at_risk: 1, breached: 1 });

  const read = (documentId: string) => q('complaint').findOne({ where: { documentId }, select: ['escalationLevel', 'queueTeamId'], populate: { team: { select: ['id'] } } });
  const [agent, breach] = [await read(byAgent.documentId), await read(byBreach.documentId)];
  expect(agent).toMatchObject({ escalationLevel: 'line2', queueTeamId: salesAId, team: { id: salesAId } });
  expect(breach).toMatchObject({ escalationLevel: 'line2', queueTeamId: salesAId, team: { id: salesAId } });
});
