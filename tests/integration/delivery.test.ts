/**
 * Outbound delivery through the outbox with real peers on loopback (SPEC §7, §2): mail to an
 * `smtp-server` sink parsed by `mailparser`, SMS to an HTTP JSON gateway (`node:http`).
 * - the acknowledgment: recipient, language, tracking code, PIN (in the message only), Message-ID;
 *   Persian, Russian and Chinese subjects (RFC 2047) and bodies round-trip;
 * - `acknowledgedAt` is set when the relay accepts the message, not before;
 * - a customer without contact: the acknowledgment stage says `no_contact`;
 * - temporary refusals back off and end `dead`; a permanent one is dead at once; staff retry it
 *   (audited), other states answer 409;
 * - no table holds a PIN in clear.
 */
import { startStrapi, isPostgres, type TestApp } from '../helpers/strapi';
import { call, listen, loginDemoStaff, type DataProvider } from '../helpers/api';
import { smsGateway, smtpSink, waitFor, type SinkMessage, type SmsGateway, type SmtpSink } from '../helpers/mail-peers';
import { RESPONSE_TEMPLATES } from '../../src/plugins/complaint-desk/server/src/seed/data/response-templates';

let t: TestApp;
let base: string;
let sink: SmtpSink;
let gw: SmsGateway;
const jwt: Record<string, string> = {};
const dp: Record<string, DataProvider> = {};
const API = '/api/complaint-desk';
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const pins: string[] = [];

const ackTemplate = (channel: 'email' | 'sms') => RESPONSE_TEMPLATES.find((x) => x.purpose === 'acknowledgment' && x.channel === channel)!;
const fillCode = (text: string, code: string) => text.replace(/\{\{trackingCode\}\}/g, code);

async function register(body: Record<string, unknown>) {
  const res = await call(base, jwt.agent, 'POST', `${API}/complaints`, { subject: 'Delivery test', description: 'The outbox delivers this.', ...body });
  expect({ status: res.status, body: res.status === 201 ? null : res.body }).toEqual({ status: 201, body: null });
  pins.push(res.body.pin);
  return res.body as { id: string; trackingCode: string; pin: string; customerId: string };
}
const complaint = async (id: string) => (await call(base, jwt.director, 'GET', `${API}/complaints/${id}`)).body;
async function notificationsOf(id: string): Promise<any[]> {
  const res = await call(base, jwt.director, 'GET', `${API}/notifications?filter=${q({ complaintId: id })}&sort=${q(['createdAt', 'ASC'])}`);
  expect(res.status).toBe(200);
  return res.body;
}
const mailTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));

beforeAll(async () => {
  sink = await smtpSink();
  gw = await smsGateway();
  t = await startStrapi({
    DELIVERY: 'auto',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: 'Complaint Desk <desk@desk.test>',
    SMS_GATEWAY_URL: gw.url,
    SMS_GATEWAY_TOKEN: 'gw-token-1',
    PORTAL_URL: 'https://desk.test/portal',
    DELIVERY_POLL_MS: '100',
    DELIVERY_BACKOFF_BASE_MS: '150',
    DELIVERY_BACKOFF_MAX_MS: '300',
    DELIVERY_MAX_ATTEMPTS: '3',
    DELIVERY_LEASE_MS: '20000',
  });
  base = await listen(t);
  // Staff and reference data (the response templates), no demo complaints.
  await t.strapi.plugin('complaint-desk').service('demo-seed').seed(undefined, { complaints: 0 });
  await loginDemoStaff(base, jwt, dp);
}, 120000);

afterAll(async () => {
  await t?.close();
  await sink?.close();
  await gw?.close();
});

describe('the acknowledgment by email', () => {
  it('goes to the customer in Persian with the tracking code, the PIN and our Message-ID; acknowledgedAt is set on hand-off only', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let arrived: SinkMessage | null = null;
    sink.beforeAccept = async (m) => {
      if (!m.to.includes('maryam@example.test')) return;
      arrived = m;
      await held;
    };
    const c = await register({ channel: 'email', language: 'fa', customer: { name: 'مریم رضایی', email: 'maryam@example.test' } });
    await waitFor(() => arrived, 15000, 'the acknowledgment at the sink');
    // The relay has the message but has not accepted it: not acknowledged yet.
    const before = await complaint(c.id);
    expect(before.acknowledgedAt).toBeNull();
    expect(before.sla.stages[0]).toMatchObject({ stage: 'acknowledgment' });
    expect(before.sla.stages[0].state).not.toBe('met');
    expect((await notificationsOf(c.id))[0]).toMatchObject({ status: 'sending', attempts: 1 });
    release();
    sink.beforeAccept = null;
    const after = await waitFor(async () => {
      const x = await complaint(c.id);
      return x.acknowledgedAt ? x : null;
    }, 15000, 'acknowledgedAt');
    expect(new Date(after.acknowledgedAt).getTime()).toBeGreaterThanOrEqual(arrived!.receivedAt);
    expect(after.sla.stages[0]).toMatchObject({ stage: 'acknowledgment', state: 'met' });

    const [m] = mailTo('maryam@example.test');
    const code = after.trackingCode as string;
    const [n] = await notificationsOf(c.id);
    expect(m.messageId).toBe(`<cd.${code.replace(/-/g, '')}.${n.id}@desk.test>`);
    expect(m.language).toBe('fa');
    expect(m.subject).toBe(fillCode(ackTemplate('email').subject.fa, code));
    expect(m.text).toContain(fillCode(ackTemplate('email').body.fa.split('\n\n')[1], code));
    expect(m.text).toContain(c.pin);
    expect(m.text).toContain('https://desk.test/portal');
    expect(m.html).toMatch(/dir="rtl"/);
    expect(m.html).toContain(c.pin);
    // RFC 2047 on the wire.
    const subjectLine = m.parsed.headerLines.find((h) => h.key === 'subject')!.line;
    expect(subjectLine).toMatch(/=\?UTF-8\?[BQ]\?/i);
    expect(m.parsed.from?.value[0].address).toBe('desk@desk.test');
    // The row: sent, the relay's queue id, the Message-ID as its key, the seal erased, no PIN.
    expect(n).toMatchObject({ status: 'sent', attempts: 1, lastError: null, idempotencyKey: m.messageId, providerId: expect.stringMatching(/queued as Q\d+/) });
    const row = await t.strapi.db.query('plugin::complaint-desk.notification').findOne({ where: { documentId: n.id } });
    expect(row.secret).toBeNull();
    expect(JSON.stringify(row)).not.toContain(c.pin);
  });

  it.each([
    ['ru', 'Анна Петрова', 'anna@example.test'],
    ['zh', '王小明', 'wang@example.test'],
    ['en', 'Ann Smith', 'ann@example.test'],
  ] as const)('round-trips the %s subject and body intact', async (language, name, email) => {
    const c = await register({ channel: 'email', language, customer: { name, email } });
    const [m] = await waitFor(() => (mailTo(email).length ? mailTo(email) : null), 15000, `the ${language} mail`);
    const code = (await complaint(c.id)).trackingCode;
    expect(m.subject).toBe(fillCode(ackTemplate('email').subject[language], code));
    expect(m.text).toContain(fillCode(ackTemplate('email').body[language].split('\n\n')[1], code));
    expect(m.text).toContain(`${name}`);
    expect(m.text).toContain(c.pin);
    expect(m.language).toBe(language);
    expect(m.html).toMatch(/dir="ltr"/);
  });
});

describe('the acknowledgment by SMS', () => {
  it('goes to the gateway with the token and the client reference; the gateway id is recorded', async () => {
    const c = await register({ channel: 'phone', language: 'ru', customer: { name: 'Иван', phone: '+7 912 555 0101', email: 'ivan@example.test' } });
    const req = await waitFor(() => gw.requests.find((r) => r.body.text.includes(c.pin)), 15000, 'the SMS');
    const code = (await complaint(c.id)).trackingCode;
    const [n] = await notificationsOf(c.id);
    expect(n).toMatchObject({ channel: 'sms', template: 'acknowledgment.sms', locale: 'ru' });
    expect(req.authorization).toBe('Bearer gw-token-1');
    expect(req.body.reference).toBe(n.id);
    expect(req.body.to.replace(/\D/g, '')).toBe('79125550101');
    expect(req.body.text).toContain(code);
    expect(req.body.text).toContain('Спасибо');
    const sent = await waitFor(async () => (await notificationsOf(c.id)).find((x) => x.status === 'sent'), 15000, 'the sent mark');
    expect(sent).toMatchObject({ providerId: expect.stringMatching(/^gw-\d+$/), idempotencyKey: n.id });
    expect(mailTo('ivan@example.test')).toEqual([]);
    expect((await complaint(c.id)).acknowledgedAt).not.toBeNull();
  });
});

describe('a customer who left no contact', () => {
  it('gets no message, and the acknowledgment stage says no_contact', async () => {
    // Registration asks a new customer for a phone or an email; a known customer may hold neither
    // (the contacts were removed since), and is registered by id.
    const known = await register({ channel: 'email', customer: { name: 'Once Reachable', email: 'once@example.test' } });
    await t.strapi.db.query('plugin::complaint-desk.customer').update({ where: { documentId: known.customerId }, data: { email: null, emailNormalized: null, phone: null, phoneNormalized: null } });
    const c = await register({ channel: 'in_person', customerId: known.customerId });
    const read = await complaint(c.id);
    expect(read.acknowledgedAt).toBeNull();
    expect(read.acknowledgmentNoContact).toBe(true);
    expect(read.sla.stages[0]).toMatchObject({ stage: 'acknowledgment', state: 'no_contact' });
    expect(await notificationsOf(c.id)).toEqual([]);
  });
});

describe('failures, backoff, dead and retry', () => {
  it('backs off on temporary refusals, ends dead after the last attempt, and staff retry it (audited)', async () => {
    let refuse = true;
    sink.answer = (to) => (to === 'busy@example.test' && refuse ? 'temporary' : 'accept');
    const c = await register({ channel: 'email', customer: { name: 'Busy Box', email: 'busy@example.test' } });
    const seen: Array<{ attempts: number; status: string; next: string | null }> = [];
    const dead = await waitFor(async () => {
      const [n] = await notificationsOf(c.id);
      if (!seen.length || seen[seen.length - 1].attempts !== n.attempts || seen[seen.length - 1].status !== n.status) seen.push({ attempts: n.attempts, status: n.status, next: n.nextAttemptAt });
      return n.status === 'dead' ? n : null;
    }, 20000, 'the dead notification');
    expect(dead).toMatchObject({ attempts: 3, lastError: expect.stringMatching(/451/) });
    expect(dead.lastError).not.toContain(c.pin);
    expect(seen.some((s) => s.status === 'failed' && s.next !== null)).toBe(true);
    expect((await complaint(c.id)).acknowledgedAt).toBeNull();
    expect(mailTo('busy@example.test')).toEqual([]);
    // The seal is erased with the dead row.
    expect((await t.strapi.db.query('plugin::complaint-desk.notification').findOne({ where: { documentId: dead.id } })).secret).toBeNull();

    // The console lists dead ones with their last error.
    const deadList = await call(base, jwt.agent, 'GET', `${API}/notifications?filter=${q({ status: 'dead' })}`);
    expect(deadList.body.map((n: any) => n.id)).toContain(dead.id);

    // Retry: only staff who may, only a dead or failed row.
    expect((await call(base, jwt['cft-member'], 'POST', `${API}/notifications/${dead.id}/retry`)).status).toBe(403);
    expect((await call(base, null, 'POST', `${API}/notifications/${dead.id}/retry`)).status).toBe(401);
    refuse = false;
    const retried = await call(base, jwt.agent, 'POST', `${API}/notifications/${dead.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: dead.id, status: 'pending' });
    const sent = await waitFor(async () => (await notificationsOf(c.id)).find((x) => x.status === 'sent'), 15000, 'the retried notification sent');
    expect(sent.attempts).toBe(1);
    expect(mailTo('busy@example.test')).toHaveLength(1);
    expect((await complaint(c.id)).acknowledgedAt).not.toBeNull();
    const again = await call(base, jwt.agent, 'POST', `${API}/notifications/${dead.id}/retry`);
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ status: 'sent' });
    expect((await call(base, jwt.agent, 'POST', `${API}/notifications/no-such-id/retry`)).status).toBe(404);

    const events = await call(base, jwt.director, 'GET', `${API}/complaint-events?filter=${q({ complaintId: c.id })}&sort=${q(['createdAt', 'ASC'])}`);
    const audit = events.body.find((e: any) => e.action === 'retry-notification');
    expect(audit).toMatchObject({ actorRole: 'agent', payload: expect.objectContaining({ notificationId: dead.id, previousStatus: 'dead', attempts: 3 }) });
  }, 60000);

  it('gives up at once on a permanent refusal', async () => {
    sink.answer = (to) => (to === 'nobody@example.test' ? 'permanent' : 'accept');
    const c = await register({ channel: 'email', customer: { name: 'Nobody', email: 'nobody@example.test' } });
    const dead = await waitFor(async () => (await notificationsOf(c.id)).find((n) => n.status === 'dead'), 15000, 'the dead notification');
    expect(dead).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/550/) });
    sink.answer = () => 'accept';
  });

  it('retries SMS the gateway refuses for a while', async () => {
    let failures = 0;
    gw.status = (body) => (body.to.replace(/\D/g, '') === '447700900555' && failures++ < 1 ? 503 : 200);
    const c = await register({ channel: 'sms', customer: { name: 'Flaky', phone: '+44 7700 900555' } });
    const sent = await waitFor(async () => (await notificationsOf(c.id)).find((n) => n.status === 'sent'), 15000, 'the SMS sent');
    expect(sent.attempts).toBe(2);
    expect(gw.requests.filter((r) => r.body.reference === sent.id)).toHaveLength(1);
    gw.status = () => 200;
  });
});

describe('the PIN is never stored in clear', () => {
  it('no cell of any table holds a PIN issued by this suite', async () => {
    expect(pins.length).toBeGreaterThanOrEqual(6);
    const knex = t.strapi.db.connection;
    const tables: string[] = isPostgres()
      ? (await knex.raw(`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`)).rows.map((r: any) => r.name)
      : (await knex.raw(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)).map((r: any) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['cd_notifications', 'cd_complaint_events', 'cd_complaints']));
    const found: string[] = [];
    // A PIN as a number of its own: six digits not inside a longer run (epoch milliseconds hold many runs).
    const patterns = pins.map((pin) => new RegExp(`(?<![0-9])${pin}(?![0-9])`));
    for (const table of tables) {
      const rows: any[] = await knex(isPostgres() ? `${t.strapi.db.getSchemaName() ? `${t.strapi.db.getSchemaName()}.` : ''}${table}` : table).select('*');
      for (const row of rows) {
        for (const [col, value] of Object.entries(row)) {
          if (value === null || value === undefined) continue;
          const text = typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : String(value);
          if (patterns.some((p) => p.test(text))) found.push(`${table}.${col}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
