/**
 * POST /api/complaint-desk/mass-incidents/:id/message: the bulk message to every linked
 * open complaint's customer, written into the outbox with a `message-out` event in one transaction.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { call, listen, login } from '../helpers/api';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
let incidentId: string;
const linked: Record<string, string> = {};
let unlinkedId: string;

const url = (id: string) => `/api/complaint-desk/mass-incidents/${id}/message`;

const P = 'plugin::complaint-desk';
const docs = (name: string) => t.strapi.documents(`${P}.${name}` as any) as any;

/** A complaint with its customer, written directly (no seed needed: this suite boots fast). */
let seq = 0;
const complaint = async (customer: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const c = await docs('customer').create({ data: customer });
  seq += 1;
  const row = await docs('complaint').create({
    data: { trackingCode: `MIMSG${String(seq).padStart(7, '0')}`, status: 'investigating', channel: 'phone', subject: 'No signal', description: 'Since this morning', language: 'en', receivedAt: new Date().toISOString(), customer: c.documentId, ...extra },
  });
  return row.documentId as string;
};

/** Outbox rows and message-out events of the test's complaints. */
async function written() {
  const ids = [...Object.values(linked), unlinkedId];
  const notes = await t.strapi.documents('plugin::complaint-desk.notification' as any).findMany({
    filters: { template: { $startsWith: 'mass_incident.' }, complaint: { documentId: { $in: ids } } },
    populate: { complaint: { fields: ['documentId'] } },
  });
  const events = await t.strapi.documents('plugin::complaint-desk.complaint-event' as any).findMany({
    filters: { action: 'message-out', complaint: { documentId: { $in: ids } } },
    populate: { complaint: { fields: ['documentId'] }, actor: { fields: ['email'] } },
  });
  return { notes: notes as any[], events: events as any[] };
}

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'false' });
  base = await listen(t);
  const role = async (type: string) => (await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;
  for (const type of ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor']) {
    await t.strapi.plugin('users-permissions').service('user').add({ username: `mi-${type}`, email: `${type}@mi.test`, password: 'Mi-Pass-2026', provider: 'local', confirmed: true, role: await role(type) });
    jwt[type] = await login(base, `${type}@mi.test`, 'Mi-Pass-2026');
  }
  incidentId = (await docs('mass-incident').create({ data: { title: 'Test outage', status: 'open', area: 'network', startedAt: '2026-11-20T08:00:00.000Z' } })).documentId;
  const onIncident = { massIncident: incidentId };
  linked.email = await complaint({ name: 'Elena', email: 'elena@example.test', phone: '+7 916 000 0001' }, { ...onIncident, language: 'ru', contactPreference: 'email' });
  linked.sms = await complaint({ name: 'Reza', phone: '+98 912 000 0001' }, { ...onIncident, language: 'fa' });
  // A closed complaint's customer is not messaged, nor one on another incident.
  linked.closed = await complaint({ name: 'Li', phone: '+86 138 0000 0001' }, { ...onIncident, language: 'zh', status: 'closed' });
  unlinkedId = await complaint({ name: 'Other', phone: '+98 912 000 0002' });
}, 300_000);

afterAll(async () => {
  await t?.close();
});

describe('POST /mass-incidents/:id/message', () => {
  it('400 with field paths, and nothing written', async () => {
    const missing = await call(base, jwt.director, 'POST', url(incidentId), { channel: 'fax', extra: 1 });
    expect(missing.status).toBe(400);
    const paths = missing.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['text', 'channel', 'extra']));
    expect((await call(base, jwt.director, 'POST', url(incidentId), { text: '   ' })).status).toBe(400);
    expect((await call(base, jwt.director, 'POST', url(incidentId), [])).status).toBe(400);
    const { notes, events } = await written();
    expect(notes).toHaveLength(0);
    expect(events).toHaveLength(0);
  });

  it('403 for an agent (and cft-member), 401 without a token; nothing written', async () => {
    for (const role of ['agent', 'specialist', 'cft-member', 'content-editor']) {
      expect((await call(base, jwt[role], 'POST', url(incidentId), { text: 'Hello' })).status).toBe(403);
    }
    expect((await call(base, null, 'POST', url(incidentId), { text: 'Hello' })).status).toBe(401);
    const { notes, events } = await written();
    expect(notes).toHaveLength(0);
    expect(events).toHaveLength(0);
  });

  it('404 for an unknown incident', async () => {
    expect((await call(base, jwt.director, 'POST', url('nosuchdocumentid000000000'), { text: 'Hello' })).status).toBe(404);
  });

  it('writes one pending outbox row and one message-out event per linked open complaint', async () => {
    const res = await call(base, jwt['quality-manager'], 'POST', url(incidentId), { subject: 'Outage', text: 'Service is being restored.' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ queued: 2 });

    const { notes, events } = await written();
    const byComplaint = Object.fromEntries(notes.map((n) => [n.complaint.documentId, n]));
    expect(Object.keys(byComplaint).sort()).toEqual([linked.email, linked.sms].sort());
    expect(byComplaint[linked.email]).toMatchObject({ channel: 'email', recipient: 'elena@example.test', template: 'mass_incident.email', locale: 'ru', status: 'pending' });
    expect(byComplaint[linked.sms]).toMatchObject({ channel: 'sms', recipient: '+98 912 000 0001', template: 'mass_incident.sms', locale: 'fa', status: 'pending' });
    expect(byComplaint[linked.sms].payload).toMatchObject({ text: 'Service is being restored.', subject: 'Outage', massIncidentId: incidentId });

    expect(events.map((e) => e.complaint.documentId).sort()).toEqual([linked.email, linked.sms].sort());
    for (const e of events) {
      expect(e).toMatchObject({ actorRole: 'quality-manager', payload: { text: 'Service is being restored.', massIncidentId: incidentId } });
      expect(e.actor.email).toBe('quality-manager@mi.test');
    }
  });

  it('a chosen channel skips customers without that address', async () => {
    const res = await call(base, jwt.director, 'POST', url(incidentId), { text: 'Email only', channel: 'email' });
    expect(res.body).toEqual({ queued: 1 });
    const { notes } = await written();
    expect(notes.filter((n) => n.payload.text === 'Email only').map((n) => [n.complaint.documentId, n.channel])).toEqual([[linked.email, 'email']]);
  });
});
