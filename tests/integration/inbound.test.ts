/**
 * Inbound email and SMS, and mass incidents linked in bulk, against real peers: nodemailer sends
 * over SMTP to the intake listener on loopback; the SMS gateway is this suite signing requests
 * with the shared secret; complaints, events and outbox rows are read back from the database.
 */
import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import { call, listen, login } from '../helpers/api';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { messageIdFor } from '../../src/plugins/complaint-desk/server/src/domain/message-id';
import { formatTrackingCode } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

const P = 'plugin::complaint-desk';
const SECRET = 'sms-test-secret-0123456789';
const MAX_MESSAGE = 200_000;
const API = '/api/complaint-desk';

let t: TestApp;
let base: string;
let smtpPort: number;
const jwt: Record<string, string> = {};

const q = (name: string) => t.strapi.db.query(`${P}.${name}` as any);
const complaintCount = () => q('complaint').count();

/** A complaint with its customer, events and notifications, read back from the database. */
const complaintById = (documentId: string) =>
  q('complaint').findOne({
    where: { documentId },
    populate: { customer: { select: ['documentId', 'name', 'email', 'phone'] }, events: { select: ['action', 'actorRole', 'payload', 'fromStatus', 'toStatus'] }, notifications: { select: ['channel', 'template'] } },
  });
const newest = () => q('complaint').findOne({ orderBy: { id: 'desc' }, populate: { customer: { select: ['documentId', 'name', 'email', 'phone'] } } });
const messagesIn = (documentId: string) => q('complaint-event').findMany({ where: { action: 'message-in', complaint: { documentId } }, orderBy: { id: 'asc' } });

const mailer = () => nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, name: 'client.test' });
const send = (message: nodemailer.SendMailOptions) => mailer().sendMail({ to: 'complaints@desk.test', ...message });

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The SMS gateway: signs the exact bytes it sends. */
async function sms(body: unknown, opts: { secret?: string; timestamp?: number; raw?: string } = {}) {
  const raw = opts.raw ?? JSON.stringify(body);
  const ts = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `sha256=${createHmac('sha256', opts.secret ?? SECRET).update(`${ts}.${raw}`).digest('hex')}`;
  const res = await fetch(`${base}${API}/channels/sms/inbound`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Timestamp': ts, 'X-Signature': signature }, body: raw });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, signature, ts, raw };
}

beforeAll(async () => {
  t = await startStrapi({
    SMTP_INTAKE_PORT: '0',
    SMTP_INTAKE_HOST: '127.0.0.1',
    INTAKE_ADDRESSES: 'complaints@desk.test, shekayat@desk.test=fa',
    INTAKE_MAX_MESSAGE_BYTES: String(MAX_MESSAGE),
    INTAKE_ATTACHMENT_TYPES: 'image/*,application/pdf',
    INTAKE_ATTACHMENT_MAX_BYTES: '50000',
    SMS_WEBHOOK_SECRET: SECRET,
  });
  base = await listen(t);
  smtpPort = t.strapi.plugin('complaint-desk').service('inbound-email').port();
  const role = async (type: string) => (await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;
  for (const type of ['agent', 'director', 'quality-manager', 'cft-member']) {
    await t.strapi.plugin('users-permissions').service('user').add({ username: `in-${type}`, email: `${type}@in.test`, password: 'In-Pass-2026', provider: 'local', confirmed: true, role: await role(type) });
    jwt[type] = await login(base, `${type}@in.test`, 'In-Pass-2026');
  }
}, 300_000);

afterAll(async () => {
  if (t) {
    // The upload plugin's local provider wrote files under public/uploads: remove them with their rows.
    const upload = t.strapi.plugin('upload').service('upload');
    for (const file of await t.strapi.db.query('plugin::upload.file').findMany({})) await upload.remove(file);
  }
  await t?.close();
});

describe('inbound email', () => {
  it('the listener is on the configured loopback port', () => {
    expect(smtpPort).toBeGreaterThan(0);
  });

  it('a new mail becomes a complaint with channel email, its sender a new customer, its allowed attachments stored and listed', async () => {
    const before = await complaintCount();
    const info = await send({
      from: '"Maryam Ahmadi" <maryam@example.test>',
      subject: 'Router keeps rebooting',
      text: 'My router reboots every hour since Monday.',
      attachments: [
        { filename: 'photo.png', content: PNG, contentType: 'image/png' },
        { filename: 'tool.exe', content: Buffer.from('MZ not allowed'), contentType: 'application/x-msdownload' },
        { filename: 'big.pdf', content: Buffer.alloc(60_000, 1), contentType: 'application/pdf' },
      ],
    });
    expect(info.accepted).toEqual(['complaints@desk.test']);
    expect(await complaintCount()).toBe(before + 1);
    const c = await newest();
    expect(c).toMatchObject({ channel: 'email', status: 'received', subject: 'Router keeps rebooting', description: 'My router reboots every hour since Monday.', language: 'en', contactPreference: 'email' });
    expect(c.customer).toMatchObject({ name: 'Maryam Ahmadi', email: 'maryam@example.test' });
    // Registered the way the console registers: the register event and the acknowledgment in the outbox.
    const full = await complaintById(c.documentId);
    expect(full.events.map((e: any) => e.action)).toEqual(['register']);
    expect(full.notifications).toEqual([expect.objectContaining({ channel: 'email', template: 'acknowledgment.email' })]);

    const files = await call(base, jwt.agent, 'GET', `${API}/complaints/${c.documentId}/attachments`);
    expect(files.status).toBe(200);
    expect(files.body).toEqual([expect.objectContaining({ name: 'photo.png', mime: 'image/png' })]);
    // Served from the upload provider (the upload plugin may re-encode images: the type is checked, not the bytes).
    const png = await fetch(`${base}${files.body[0].url}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    // Customer documents: not for roles that do not see personal data.
    expect((await call(base, jwt['cft-member'], 'GET', `${API}/complaints/${c.documentId}/attachments`)).status).toBe(403);
  });

  it('a mail from a known customer’s address is registered on that customer', async () => {
    const reg = await call(base, jwt.agent, 'POST', `${API}/complaints`, { channel: 'phone', subject: 'Billing', description: 'Double charge', language: 'en', customer: { name: 'Ivan Petrov', email: 'Ivan@Example.test', phone: '+7 916 000 0001' } });
    expect(reg.status).toBe(201);
    const customerId = (await complaintById(reg.body.id)).customer.documentId;
    await send({ from: 'ivan@example.test', subject: 'Another problem', text: 'The app crashes.' });
    const c = await newest();
    expect(c.customer.documentId).toBe(customerId);
    expect(c.channel).toBe('email');
  });

  it('a reply threads by In-Reply-To, and by a tracking code in the subject, as message-in events', async () => {
    await send({ from: 'reza@example.test', subject: 'Slow internet', text: 'Very slow since yesterday.' });
    const c = await newest();
    const before = await complaintCount();
    await send({
      from: 'Reza <reza@example.test>',
      subject: 'Re: Your complaint was received',
      inReplyTo: messageIdFor(c.trackingCode, 'ack1', 'desk.test'),
      references: [messageIdFor(c.trackingCode, 'ack1', 'desk.test')],
      text: 'It is still slow.\n\nOn Monday the desk wrote:\n> Your complaint was received\n',
      attachments: [{ filename: 'speedtest.png', content: PNG, contentType: 'image/png' }],
    });
    await send({ from: 'REZA@example.test', subject: `Re: ${formatTrackingCode(c.trackingCode)} update`, text: 'Now it is down completely.' });
    expect(await complaintCount()).toBe(before);
    const events = await messagesIn(c.documentId);
    expect(events.map((e: any) => [e.actorRole, e.payload.via, e.payload.text])).toEqual([
      ['customer', 'header', 'It is still slow.'],
      ['customer', 'subject', 'Now it is down completely.'],
    ]);
    expect(events[0].payload.attachments).toEqual([expect.objectContaining({ name: 'speedtest.png' })]);
    expect(JSON.stringify(events)).not.toContain('reza@example.test');
    const files = await call(base, jwt.director, 'GET', `${API}/complaints/${c.documentId}/attachments`);
    expect(files.body.map((f: any) => f.name)).toEqual(['speedtest.png']);
  });

  it('a tracking code of someone else’s complaint does not thread: the mail is a new complaint of its sender', async () => {
    await send({ from: 'owner@example.test', subject: 'No dial tone', text: 'Line dead.' });
    const owner = await newest();
    const before = await complaintCount();
    await send({ from: 'stranger@example.test', subject: `Re: ${formatTrackingCode(owner.trackingCode)}`, inReplyTo: messageIdFor(owner.trackingCode, 'x', 'desk.test'), text: 'I have the same problem.' });
    expect(await complaintCount()).toBe(before + 1);
    expect(await messagesIn(owner.documentId)).toHaveLength(0);
    expect((await newest()).customer.email).toBe('stranger@example.test');
  });

  it('auto-replies and bounces are taken and dropped: no complaint, no event', async () => {
    const before = await complaintCount();
    const events = await q('complaint-event').count();
    await send({ from: 'away@example.test', subject: 'Out of office', text: 'I am away.', headers: { 'Auto-Submitted': 'auto-replied' } });
    await send({ from: 'list@example.test', subject: 'Newsletter', text: 'News.', headers: { Precedence: 'bulk' } });
    await send({ from: 'MAILER-DAEMON@mx.example.test', subject: 'Undelivered Mail Returned to Sender', text: 'Delivery failed.' });
    await send({ from: 'someone@example.test', envelope: { from: '', to: ['complaints@desk.test'] }, subject: 'Delivery Status Notification', text: 'Bounce.' });
    expect(await complaintCount()).toBe(before);
    expect(await q('complaint-event').count()).toBe(events);
  });

  it('the same Message-ID twice makes one complaint; the key is stored hashed', async () => {
    const before = await complaintCount();
    const mail = { from: 'twice@example.test', subject: 'Sent twice', text: 'Once please.', messageId: '<dup-1@mail.example.test>' };
    await send(mail);
    await send(mail);
    expect(await complaintCount()).toBe(before + 1);
    const schema = t.strapi.db.getSchemaName();
    const keys = await t.strapi.db.connection(schema ? `${schema}.cd_inbound_messages` : 'cd_inbound_messages').select('*');
    expect(JSON.stringify(keys)).not.toContain('dup-1');
    expect(keys.every((k: any) => /^[0-9a-f]{64}$/.test(k.message_key))).toBe(true);
  });

  it('a message over the size limit is refused with 552, and other recipients with 550, as nodemailer sees them', async () => {
    const before = await complaintCount();
    await expect(send({ from: 'big@example.test', subject: 'Huge', text: 'x'.repeat(MAX_MESSAGE + 10) })).rejects.toMatchObject({ responseCode: 552 });
    const wrong = send({ from: 'x@example.test', to: 'sales@desk.test', subject: 'Hi', text: 'Hi' });
    await expect(wrong).rejects.toMatchObject({ responseCode: 550 });
    await expect(wrong).rejects.toThrow(/not an intake address/);
    expect(await complaintCount()).toBe(before);
  });

  it.each([
    ['fa', 'complaints@desk.test', 'قطعی اینترنت در تهران', 'از دیروز اینترنت خانه‌ی ما قطع است. لطفاً پیگیری کنید.'],
    ['ru', 'complaints@desk.test', 'Нет связи уже второй день', 'Здравствуйте! Мобильная связь пропала, номер +7 916 000 0002.'],
    ['zh', 'complaints@desk.test', '宽带从昨天开始断网', '您好，我家的宽带从昨天开始无法连接，请尽快处理。'],
    ['fa', 'shekayat@desk.test', 'Salam', 'internet ghat ast'],
  ])('%s subject and body round-trip intact (RFC 2047) to %s', async (language, to, subject, text) => {
    await send({ from: `"${subject.slice(0, 6)}" <i18n-${language}@example.test>`, to, subject, text });
    const c = await newest();
    expect({ subject: c.subject, description: c.description, language: c.language }).toEqual({ subject, description: text, language });
  });
});

describe('inbound SMS webhook', () => {
  it('a signed text from a new number becomes a complaint with channel sms', async () => {
    const before = await complaintCount();
    const res = await sms({ from: '+98 912 111 0001', text: 'اینترنت همراه کار نمی‌کند' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ outcome: 'created' });
    expect(await complaintCount()).toBe(before + 1);
    const c = await newest();
    expect(c).toMatchObject({ channel: 'sms', language: 'fa', contactPreference: 'sms', description: 'اینترنت همراه کار نمی‌کند' });
    expect(c.customer.phone).toBe('+98 912 111 0001');
  });

  it('a text with that phone’s tracking code is a message-in on it; another phone’s code makes a new complaint', async () => {
    const own = await newest();
    const before = await complaintCount();
    const reply = await sms({ from: '+989121110001', text: `${formatTrackingCode(own.trackingCode)} هنوز قطع است` });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ outcome: 'message' });
    expect((await messagesIn(own.documentId)).map((e: any) => [e.payload.channel, e.payload.text])).toEqual([['sms', `${formatTrackingCode(own.trackingCode)} هنوز قطع است`]]);
    const other = await sms({ from: '+98 912 222 0002', text: `${own.trackingCode} me too` });
    expect(other.body).toEqual({ outcome: 'created' });
    expect(await complaintCount()).toBe(before + 1);
    expect(await messagesIn(own.documentId)).toHaveLength(1);
  });

  it('the same signed request again is a duplicate, stored once', async () => {
    const first = await sms({ from: '+98 912 333 0003', text: 'Replay me' });
    const before = await complaintCount();
    const again = await fetch(`${base}${API}/channels/sms/inbound`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Timestamp': first.ts, 'X-Signature': first.signature }, body: first.raw });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ outcome: 'duplicate' });
    expect(await complaintCount()).toBe(before);
  });

  it('a bad signature or an old timestamp answers 401 and stores nothing', async () => {
    const before = await complaintCount();
    const events = await q('complaint-event').count();
    expect((await sms({ from: '+98 912 444 0004', text: 'forged' }, { secret: 'wrong' })).status).toBe(401);
    expect((await sms({ from: '+98 912 444 0004', text: 'stale' }, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(401);
    const unsigned = await fetch(`${base}${API}/channels/sms/inbound`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: '+98 912 444 0004', text: 'x' }) });
    expect(unsigned.status).toBe(401);
    // Signed, then one byte changed in transit.
    const ts = String(Math.floor(Date.now() / 1000));
    const raw = JSON.stringify({ from: '+98 912 444 0004', text: 'original' });
    const signature = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${raw}`).digest('hex')}`;
    const tampered = await fetch(`${base}${API}/channels/sms/inbound`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Timestamp': ts, 'X-Signature': signature }, body: raw.replace('original', 'origina1') });
    expect(tampered.status).toBe(401);
    expect(await complaintCount()).toBe(before);
    expect(await q('complaint-event').count()).toBe(events);
  });

  it('a malformed body answers 400 naming the field, and stores nothing', async () => {
    const before = await complaintCount();
    const missing = await sms({ from: '+98 912 555 0005' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['text']);
    const badPhone = await sms({ from: 'call me', text: 'hi' });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['from']);
    expect((await sms(null, { raw: '{"from": "+98 912 555 0005", "text": ' })).status).toBe(400);
    expect(await complaintCount()).toBe(before);
  });
});

describe('mass incidents: bulk link', () => {
  let incidentId: string;
  const ids: Record<string, string> = {};
  const register = async (extra: Record<string, unknown>) => {
    const res = await call(base, jwt.agent, 'POST', `${API}/complaints`, { channel: 'phone', language: 'en', description: 'No service in the district', ...extra });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    const incident = await call(base, jwt.director, 'POST', `${API}/mass-incidents`, { title: 'District outage', status: 'open', startedAt: new Date().toISOString(), handlingAlgorithm: '1. Apologise. 2. Promise restoration by 18:00. 3. Offer a day of credit.' });
    expect(incident.status).toBe(201);
    incidentId = incident.body.id;
    ids.a = await register({ subject: 'Outage A', customer: { name: 'Anna', email: 'anna@example.test' } });
    const anna = (await complaintById(ids.a)).customer.documentId;
    ids.a2 = await register({ subject: 'Outage A again', customerId: anna });
    ids.b = await register({ subject: 'Outage B', customer: { name: 'Boris', phone: '+7 916 000 0100' } });
    ids.f1 = await register({ subject: 'Filtered outage', customer: { name: 'Fatima', phone: '+98 912 000 0101' } });
    ids.f2 = await register({ subject: 'Filtered outage', customer: { name: 'Farid', phone: '+98 912 000 0102' } });
    ids.closed = await register({ subject: 'Old outage', customer: { name: 'Chen', phone: '+86 138 0000 0100' } });
    await q('complaint').update({ where: { documentId: ids.closed }, data: { status: 'closed' } });
  });

  it('403 for an agent, 400 for a bad body, 404 for an unknown incident; nothing linked', async () => {
    expect((await call(base, jwt.agent, 'POST', `${API}/mass-incidents/${incidentId}/link`, { ids: [ids.a] })).status).toBe(403);
    const bad = await call(base, jwt.director, 'POST', `${API}/mass-incidents/${incidentId}/link`, { ids: [ids.a], filter: { status: 'received' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['ids']);
    expect((await call(base, jwt.director, 'POST', `${API}/mass-incidents/nosuchincident000000000/link`, { ids: [ids.a] })).status).toBe(404);
    expect(await q('complaint').count({ where: { massIncident: { documentId: incidentId } } })).toBe(0);
  });

  it('by ids: each complaint linked through link-incident, or skipped with the reason', async () => {
    const res = await call(base, jwt.director, 'POST', `${API}/mass-incidents/${incidentId}/link`, { ids: [ids.a, ids.a2, ids.b, ids.closed, 'nosuchcomplaint00000000', ids.a] });
    expect(res.status).toBe(200);
    expect(res.body.linked).toBe(3);
    expect(res.body.skipped).toBe(2);
    const by = Object.fromEntries(res.body.results.map((r: any) => [r.id, r]));
    expect(by[ids.a]).toMatchObject({ outcome: 'linked' });
    expect(by[ids.closed]).toMatchObject({ outcome: 'skipped', reason: expect.any(String) });
    expect(by['nosuchcomplaint00000000']).toMatchObject({ outcome: 'skipped', reason: 'not found' });
    // The lifecycle's own event on each linked complaint.
    const events = await q('complaint-event').findMany({ where: { action: 'link-incident', complaint: { documentId: { $in: [ids.a, ids.a2, ids.b] } } } });
    expect(events).toHaveLength(3);
    expect(events.every((e: any) => e.payload.massIncidentId === incidentId && e.actorRole === 'director')).toBe(true);
    const again = await call(base, jwt.director, 'POST', `${API}/mass-incidents/${incidentId}/link`, { ids: [ids.a] });
    expect(again.body).toMatchObject({ linked: 0, skipped: 1, results: [{ id: ids.a, outcome: 'skipped', reason: 'already linked' }] });
  });

  it('by a filter of the complaint list', async () => {
    const res = await call(base, jwt['quality-manager'], 'POST', `${API}/mass-incidents/${incidentId}/link`, { filter: { q: 'Filtered outage' } });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: any) => r.id).sort()).toEqual([ids.f1, ids.f2].sort());
    expect(res.body.linked).toBe(2);
  });

  it('every linked complaint shows the handling algorithm, in its read and in the list', async () => {
    const one = await call(base, jwt.agent, 'GET', `${API}/complaints/${ids.b}`);
    expect(one.body.massIncident).toEqual({ id: incidentId, title: 'District outage', status: 'open', handlingAlgorithm: '1. Apologise. 2. Promise restoration by 18:00. 3. Offer a day of credit.' });
    const list = await call(base, jwt.agent, 'GET', `${API}/complaints?filter=${encodeURIComponent(JSON.stringify({ massIncidentId: incidentId }))}`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(5);
    expect(list.body.every((r: any) => r.massIncident?.handlingAlgorithm?.startsWith('1. Apologise.'))).toBe(true);
    const unlinked = await call(base, jwt.agent, 'GET', `${API}/complaints/${ids.closed}`);
    expect(unlinked.body.massIncident).toBeNull();
  });

  it('the bulk message is enqueued once per customer', async () => {
    const res = await call(base, jwt.director, 'POST', `${API}/mass-incidents/${incidentId}/message`, { subject: 'Outage', text: 'Service is restored by 18:00.' });
    expect(res.status).toBe(200);
    // Anna (two complaints), Boris, Fatima, Farid.
    expect(res.body).toEqual({ queued: 4 });
    const notes = await q('notification').findMany({ where: { template: { $startsWith: 'mass_incident.' } }, populate: { complaint: { select: ['documentId'] } } });
    expect(notes.map((n: any) => n.complaint.documentId).sort()).toEqual([ids.a, ids.b, ids.f1, ids.f2].sort());
    const events = await q('complaint-event').findMany({ where: { action: 'message-out', complaint: { documentId: ids.a2 } } });
    expect(events).toHaveLength(1);
    expect(events[0].payload.sentWith).toBe(ids.a);
  });
});
