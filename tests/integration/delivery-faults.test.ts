/**
 * Delivery under faults, with real peers on loopback (an `smtp-server` sink) and real server
 * processes:
 * - the SMTP sink is down while 200 complaints are filed, then comes back: every complaint is
 *   accepted meanwhile, and every acknowledgment is delivered exactly once after recovery;
 * - a worker process is killed between the relay's acceptance and its mark: the row is taken over
 *   when its lease ends and sent again with the same Message-ID — the documented at-least-once
 *   window — so the sink holds one message per Message-ID;
 * - PostgreSQL: two server processes deliver 1,000 notifications with no duplicate (SQLite: one).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startStrapi, isPostgres, type TestApp } from '../helpers/strapi';
import { call, listen, login } from '../helpers/api';
import { smtpSink, waitFor, type SmtpSink } from '../helpers/mail-peers';

let t: TestApp;
let base: string;
let sink: SmtpSink;
let jwt: string;
const API = '/api/complaint-desk';
const children: ChildProcess[] = [];
const N = 'plugin::complaint-desk.notification';

const delivery = () => t.strapi.plugin('complaint-desk').service('delivery');
const peerEnv = () => ({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_SECURE: 'false', MAIL_FROM: 'Complaint Desk <desk@faults.test>' });

/** One more server process on this suite's database, delivering (tests/helpers/sweeper-instance.js). */
async function instance(env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(path.join(__dirname, '../helpers/sweeper-instance.js'), [], {
    env: { ...process.env, ...peerEnv(), DELIVERY: 'auto', DELIVERY_POLL_MS: '100', DEMO_SEED_ON_START: 'false', SLA_SWEEP_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`server instance exited with ${code}`)));
  });
  return child;
}
const exited = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once('exit', r)));

beforeAll(async () => {
  sink = await smtpSink();
  t = await startStrapi({
    ...peerEnv(),
    DELIVERY: 'auto',
    DELIVERY_POLL_MS: '100',
    DELIVERY_BACKOFF_BASE_MS: '200',
    DELIVERY_BACKOFF_MAX_MS: '800',
    DELIVERY_MAX_ATTEMPTS: '1000',
    DELIVERY_LEASE_MS: '30000',
  });
  base = await listen(t);
  const role = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'agent' } });
  await t.strapi.plugin('users-permissions').service('user').add({ username: 'f-agent', email: 'f-agent@example.test', password: 'Faults-Pass-1', provider: 'local', confirmed: true, blocked: false, role: role.id });
  jwt = await login(base, 'f-agent@example.test', 'Faults-Pass-1');
}, 120000);

afterAll(async () => {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await exited(c);
  }
  await t?.close();
  await sink?.close();
});

it('accepts 200 complaints while the SMTP relay is down and delivers every acknowledgment exactly once after it comes back', async () => {
  await sink.stop();
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await call(base, jwt, 'POST', `${API}/complaints`, { channel: 'email', subject: `Outage ${i}`, description: 'Filed while the relay is down', customer: { name: `Customer ${i}`, email: `outage-${i}@example.test` } });
    expect(res.status).toBe(201);
    ids.push(res.body.id);
  }
  // The worker has been failing meanwhile: rows wait for their next attempt, none is lost or dead.
  await waitFor(async () => (await t.strapi.db.query(N).count({ where: { status: 'failed' } })) > 0, 20000, 'failed attempts during the outage');
  expect(await t.strapi.db.query(N).count({ where: { status: { $in: ['sent', 'dead'] } } })).toBe(0);
  const failed = await t.strapi.db.query(N).findOne({ where: { status: 'failed' } });
  expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);

  await sink.start();
  await waitFor(async () => (await t.strapi.db.query(N).count({ where: { status: 'sent' } })) === 200, 60000, '200 acknowledgments sent');
  const byId = sink.byMessageId();
  expect(sink.messages).toHaveLength(200);
  expect(byId.size).toBe(200);
  expect(new Set(sink.messages.flatMap((m) => m.to))).toEqual(new Set(ids.map((_id, i) => `outage-${i}@example.test`)));
  const unacknowledged = await t.strapi.db.query('plugin::complaint-desk.complaint').count({ where: { documentId: { $in: ids }, acknowledgedAt: { $null: true } } });
  expect(unacknowledged).toBe(0);
}, 180000);

it('takes over from a worker killed between the send and the mark, resending under the same Message-ID', async () => {
  // This process stops polling; a second process delivers, with a short lease.
  await delivery().stop();
  const child = await instance({ DELIVERY_LEASE_MS: '2000' });
  const before = sink.messages.length;
  sink.beforeAccept = (m) => {
    // The relay has the whole message: freeze the worker, so it gets the 250 but can never mark.
    if (m.to.includes('killed@example.test')) child.kill('SIGSTOP');
  };
  const res = await call(base, jwt, 'POST', `${API}/complaints`, { channel: 'email', subject: 'Killed mid-send', description: 'The worker dies after the relay accepts', customer: { name: 'Kim', email: 'killed@example.test' } });
  expect(res.status).toBe(201);
  await waitFor(() => sink.messages.length > before, 30000, 'the first delivery');
  child.kill('SIGKILL');
  await exited(child);
  sink.beforeAccept = null;

  const row = await t.strapi.db.query(N).findOne({ where: { complaint: { documentId: res.body.id } } });
  // Sent, never marked: the row still carries the dead worker's lease.
  expect(row).toMatchObject({ status: 'sending', attempts: 1, sentAt: null });
  expect((await call(base, jwt, 'GET', `${API}/complaints/${res.body.id}`)).body.acknowledgedAt).toBeNull();

  // Once the lease ends, this process's worker takes the row over.
  const sent = await waitFor(async () => {
    await delivery().tick();
    const r = await t.strapi.db.query(N).findOne({ where: { id: row.id } });
    return r.status === 'sent' ? r : null;
  }, 30000, 'the take-over');
  expect(sent.attempts).toBe(2);
  const copies = sink.messages.filter((m) => m.to.includes('killed@example.test'));
  // At least once: two deliveries, one Message-ID — the key the receiving side deduplicates on.
  expect(copies).toHaveLength(2);
  expect(new Set(copies.map((m) => m.messageId)).size).toBe(1);
  expect(copies[0].messageId).toBe(sent.idempotencyKey);
  expect(copies[1].text).toBe(copies[0].text);
  expect((await call(base, jwt, 'GET', `${API}/complaints/${res.body.id}`)).body.acknowledgedAt).not.toBeNull();
}, 120000);

it(`delivers 1,000 notifications with no duplicate from ${isPostgres() ? 'two server processes on one PostgreSQL' : 'one server process (SQLite has one writer)'}`, async () => {
  if (isPostgres()) await Promise.all([instance({}), instance({})]);
  else delivery().start();
  const before = new Set(sink.messages.map((m) => m.messageId));
  const complaint = await t.strapi.db.query('plugin::complaint-desk.complaint').findOne({ select: ['id'] });
  const outbox = t.strapi.plugin('complaint-desk').service('outbox');
  const notifications = Array.from({ length: 1000 }, (_x, i) => ({
    complaintId: complaint.id,
    channel: 'email' as const,
    recipient: `bulk-${i}@example.test`,
    template: 'mass_incident.email',
    locale: 'en',
    payload: { trackingCode: 'X', message: `Bulk ${i}` },
    dedupeKey: `faults-bulk:${i}`,
  }));
  await t.strapi.db.transaction(async ({ trx }: any) => outbox.writeBulk(trx, { events: [], notifications }, new Date()));
  await waitFor(async () => (await t.strapi.db.query(N).count({ where: { dedupeKey: { $startsWith: 'faults-bulk:' }, status: 'sent' } })) === 1000, 90000, '1,000 notifications sent');
  const fresh = sink.messages.filter((m) => !before.has(m.messageId));
  expect(fresh).toHaveLength(1000);
  expect(new Set(fresh.map((m) => m.messageId)).size).toBe(1000);
  expect(new Set(fresh.flatMap((m) => m.to)).size).toBe(1000);
}, 180000);
