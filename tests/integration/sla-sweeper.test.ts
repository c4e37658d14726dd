/**
 * At-risk and breach escalation fires exactly once per stage and threshold, with the
 * sweeper running every second: on PostgreSQL in two real server processes sharing the database,
 * on SQLite in one (SQLite runs one instance). 1,000 complaints cross both thresholds.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startStrapi, isPostgres, type TestApp } from '../helpers/strapi';

const N = 1000;
let t: TestApp;
const children: ChildProcess[] = [];
let stopLocal: (() => void) | null = null;
const P = 'plugin::complaint-desk';

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'false' });
  const s = t.strapi;
  const docs = (n: string) => s.documents(`${P}.${n}` as any) as any;
  const role = async (type: string) => (await s.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;
  const add = async (username: string, type: string) =>
    s.plugin('users-permissions').service('user').add({ username, email: `${username}@sweep.test`, password: 'Sweep-Pass-1', provider: 'local', confirmed: true, role: await role(type) });
  const agent = await add('sweep-agent', 'agent');
  const lead = await add('sweep-lead', 'director');
  const l1 = await docs('team').create({ data: { code: 'net-l1', name: 'L1', line: 'line1', area: 'network', members: [agent.id], lead: lead.id } });
  await docs('team').create({ data: { code: 'net-l2', name: 'L2', line: 'line2', area: 'network', lead: lead.id } });
  const policy = await docs('sla-policy').create({
    data: { code: 'sweep', name: 'Sweep', isDefault: true, onAtRisk: ['notify_assignee', 'notify_director'], onBreach: ['notify_team_lead', 'raise_escalation'] },
  });
  const far = new Date(Date.now() + 365 * 24 * 3600_000).toISOString();
  await s.db.transaction(async () => {
    for (let i = 0; i < N; i++) {
      await docs('complaint').create({
        data: {
          trackingCode: `SWEEP${String(i).padStart(7, '0')}`,
          status: 'in_assessment',
          channel: 'phone',
          subject: `Sweep ${i}`,
          description: 'd',
          language: 'en',
          receivedAt: new Date().toISOString(),
          slaStage: 'assessment',
          slaAtRiskAt: far,
          slaDueAt: far,
          assessmentDueAt: far,
          team: l1.documentId,
          assignee: agent.id,
          slaPolicy: policy.documentId,
        },
      });
    }
  });
  if (isPostgres()) {
    for (let i = 0; i < 2; i++) {
      const child = fork(path.join(__dirname, '../helpers/sweeper-instance.js'), [], {
        env: { ...process.env, SLA_SWEEP_INTERVAL_MS: '1000', DEMO_SEED_ON_START: 'false' },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      await new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`sweeper instance exited with ${code}`)));
      });
    }
  } else {
    stopLocal = s.plugin('complaint-desk').service('sla-sweeper').start(1000);
  }
  // All of them cross "at risk" in 2–5 s and "breached" in 4–7 s, while the sweepers run: several sweeps,
  // in both processes, meet rows crossing their thresholds.
  const base = Date.now();
  const rows = await s.db.query(`${P}.complaint` as any).findMany({ select: ['id'] });
  await s.db.transaction(async () => {
    for (const [i, r] of rows.entries()) {
      const atRisk = new Date(base + 2000 + (i % 100) * 30).toISOString();
      const due = new Date(base + 4000 + (i % 100) * 30).toISOString();
      await s.db.query(`${P}.complaint` as any).update({ where: { id: r.id }, data: { slaAtRiskAt: atRisk, slaDueAt: due, assessmentDueAt: due } });
    }
  });

});

afterAll(async () => {
  stopLocal?.();
  for (const c of children) {
    c.kill('SIGTERM');
    await new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)));
  }
  await t?.close();
});

it(`fires every escalation exactly once across ${isPostgres() ? 'two server processes' : 'one server process'}`, async () => {
  const s = t.strapi;
  const q = s.db.query(`${P}.complaint-event` as any);
  const deadline = Date.now() + 120_000;
  let fired = 0;
  while (Date.now() < deadline) {
    fired = await q.count({ where: { action: 'escalate-sla' } });
    const pending = await s.db.query(`${P}.complaint` as any).count({ where: { $or: [{ slaBreachedAt: { $null: true } }, { slaAtRiskFiredAt: { $null: true } }] } });
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 2500)); // two more sweeps: nothing more may fire
  // Counted again now: in the loop the count and the pending check are two statements, and a lane
  // that commits between them leaves the count short of what the pending check already sees.
  fired = await q.count({ where: { action: 'escalate-sla' } });
  const events = await q.findMany({ where: { action: 'escalate-sla' }, select: ['payload'], populate: { complaint: { select: ['id'] } } });
  expect(events).toHaveLength(2 * N);
  const perComplaint = new Map<number, string[]>();
  for (const e of events) {
    const payload = typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload;
    perComplaint.set(e.complaint.id, [...(perComplaint.get(e.complaint.id) ?? []), payload.threshold]);
  }
  expect(perComplaint.size).toBe(N);
  for (const thresholds of perComplaint.values()) expect(thresholds.sort()).toEqual(['at_risk', 'breached']);

  // Breach raised the escalation line; notifications went to assignee, directors and team lead, once each.
  expect(await s.db.query(`${P}.complaint` as any).count({ where: { escalationLevel: 'line2' } })).toBe(N);
  const notes = await s.db.query(`${P}.notification` as any).findMany({ select: ['dedupeKey', 'template', 'recipient'] });
  expect(new Set(notes.map((n: any) => n.dedupeKey)).size).toBe(notes.length);
  const byTemplate = (tpl: string) => notes.filter((n: any) => n.template === tpl).length;
  expect(byTemplate('sla_at_risk.email')).toBe(2 * N); // the assignee and the one director
  expect(byTemplate('sla_breached.email')).toBe(N); // the team lead
  expect(fired).toBe(2 * N);
});
