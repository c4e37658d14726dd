/**
 * Personal data over HTTP, on a real Strapi (SPEC §9 confidentiality):
 * - roles that may not see it learn nothing about it through search, filters, sorts or counts;
 * - the PIN is in no answer (notifications, events, export) for any role that reads them;
 * - erasure redacts every copy, keeps the report figures, refuses personal data afterwards and is
 *   recorded; the export gives everything held about one customer and is recorded.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { action, call, listen, login } from '../helpers/api';
import { STAFF_ROLES } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';
import { PII_MASKED_ROLES } from '../../src/plugins/complaint-desk/server/src/resources';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const userId: Record<string, string> = {};
const API = '/api/complaint-desk';
const FRONT = ['agent', 'specialist', 'director', 'quality-manager'];

/** The customer the oracle attack guesses at: nothing of it is in the complaint's own text. */
const ORACLE = { name: 'Quentin Oracleman', phone: '+44 7700 900123', email: 'quentin.o@example.test' };
let oracle: { complaintId: string; customerId: string; pin: string };

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const get = (role: string, path: string) => call(base, jwt[role], 'GET', `${API}${path}`);
/** The Content-Range total of a one-row page. */
async function total(role: string, resource: string, filter: Record<string, unknown>): Promise<number> {
  const res = await get(role, `/${resource}?filter=${q(filter)}&range=${q([0, 0])}`);
  expect({ filter, status: res.status }).toEqual({ filter, status: 200 });
  return Number(String(res.headers.get('content-range')).split('/')[1]);
}
async function register(body: Record<string, unknown>, role = 'agent') {
  const res = await call(base, jwt[role], 'POST', `${API}/complaints`, body);
  expect(res.status).toBe(201);
  return res.body as { id: string; customerId: string; pin: string; version: number; status: string };
}
/** Every string in a JSON value, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

beforeAll(async () => {
  t = await startStrapi();
  base = await listen(t);
  for (const role of STAFF_ROLES) {
    const r = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: role } });
    const user = await t.strapi.plugin('users-permissions').service('user').add({ username: `p-${role}`, email: `p-${role}@example.test`, password: 'Privacy-Pass-1', provider: 'local', confirmed: true, blocked: false, role: r.id });
    userId[role] = user.documentId;
    jwt[role] = await login(base, `p-${role}@example.test`, 'Privacy-Pass-1');
  }
  const c = await register({ channel: 'phone', subject: 'Router drops the line', description: 'Every evening after 8 pm', customer: { ...ORACLE, address: '1 Oracle Road' } });
  oracle = { complaintId: c.id, customerId: c.customerId, pin: c.pin };
  await call(base, jwt.agent, 'PUT', `${API}/customers/${c.customerId}`, { externalRef: 'ACC-77001' });
});

afterAll(async () => {
  await t?.close();
});

describe('roles that may not see personal data learn nothing about it', () => {
  /** Every prefix of a secret and, for each, the same prefix with its last character changed. */
  const guesses = (secret: string) =>
    [...secret]
      .flatMap((_ch, i) => {
        const prefix = secret.slice(0, i + 1);
        const wrong = prefix.slice(0, -1) + (/[0-9]/.test(prefix.slice(-1)) ? String((Number(prefix.slice(-1)) + 1) % 10) : prefix.slice(-1) === 'x' ? 'y' : 'x');
        return [prefix, wrong];
      })
      // Three characters at least: a shorter guess could be part of the tracking code, which the role may search.
      .filter((g) => g.trim().length >= 3);

  it('the oracle attack works for a role that sees the data (so the test can see a leak)', async () => {
    expect(await total('director', 'complaints', { customerId: oracle.customerId, q: '+44770091' })).toBe(0);
    expect(await total('director', 'complaints', { customerId: oracle.customerId, q: '+44770090' })).toBe(1);
    expect(await total('director', 'complaints', { customerId: oracle.customerId, q: 'Quentin Ora' })).toBe(1);
  });

  it.each(PII_MASKED_ROLES.map((r) => [r]))('%s: the totals of a search by phone or name do not depend on them', async (role) => {
    const phone = ORACLE.phone.replace(/\s/g, '');
    const totals = new Map<string, number>();
    for (const guess of [...guesses(phone), ...guesses(ORACLE.name), ...guesses(ORACLE.email.split('@')[0])]) {
      totals.set(guess, await total(role, 'complaints', { customerId: oracle.customerId, q: guess }));
    }
    // A right guess and a wrong one answer the same: nothing is learnt.
    expect([...new Set(totals.values())]).toEqual([0]);
    // The fields the role does see are still searched.
    expect(await total(role, 'complaints', { customerId: oracle.customerId, q: 'Router drops' })).toBe(1);
  });

  it.each(PII_MASKED_ROLES.map((r) => [r]))('%s: a filter or sort on a personal field answers 400 naming it', async (role) => {
    for (const [path, filter] of [
      ['externalRef', { externalRef: 'ACC-77001' }],
      ['externalRef_contains', { externalRef_contains: 'ACC' }],
      ['name', { name: ORACLE.name }],
      ['phone_contains', { phone_contains: '+44' }],
      ['email', { email: ORACLE.email }],
    ] as const) {
      const res = await get(role, `/customers?filter=${q(filter)}`);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['filter', path], message: expect.stringMatching(/personal data/) });
    }
    const sorted = await get(role, `/customers?sort=${q(['externalRef', 'ASC'])}`);
    expect(sorted.status).toBe(400);
    expect(sorted.body.error.details.errors[0]).toMatchObject({ path: ['sort[0]'], message: expect.stringMatching(/personal data/) });
    // The record masks it.
    expect((await get(role, `/customers/${oracle.customerId}`)).body).toMatchObject({ name: null, phone: null, email: null, address: null, externalRef: null });
    // Neither the duplicate check nor the notifications are theirs.
    expect((await get(role, `/complaints/duplicates?phone=${encodeURIComponent(ORACLE.phone)}`)).status).toBe(403);
    expect((await get(role, `/notifications?filter=${q({ complaintId: oracle.complaintId })}`)).status).toBe(403);
  });

  it('roles that see personal data may still filter by the external reference', async () => {
    expect(await total('agent', 'customers', { externalRef: 'ACC-77001' })).toBe(1);
    expect((await get('agent', `/customers/${oracle.customerId}`)).body).toMatchObject({ ...ORACLE, externalRef: 'ACC-77001' });
  });
});

describe('no API answer shows a PIN', () => {
  it('registration answers the PIN once; no notification any role reads holds it', async () => {
    expect(oracle.pin).toMatch(/^\d{6}$/);
    for (const role of FRONT) {
      const listed = await get(role, `/notifications?filter=${q({ complaintId: oracle.complaintId })}`);
      expect(listed.status).toBe(200);
      const ack = listed.body.find((n: any) => n.template.startsWith('acknowledgment.'));
      expect({ role, pin: ack.payload.pin }).toEqual({ role, pin: undefined });
      const one = await get(role, `/notifications/${ack.id}`);
      expect(one.body.payload.pin).toBeUndefined();
      for (const body of [listed.body, one.body]) expect({ role, leaked: strings(body).filter((s) => s.includes(oracle.pin)) }).toEqual({ role, leaked: [] });
    }
    // The outbox row holds it sealed for delivery, never in clear.
    const row = await t.strapi.db.query('plugin::complaint-desk.notification').findOne({ where: { complaint: { documentId: oracle.complaintId }, template: { $startsWith: 'acknowledgment.' } } });
    expect(row.payload).not.toHaveProperty('pin');
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(oracle.pin);
  });

  it('events and complaints show no PIN to any role', async () => {
    for (const role of STAFF_ROLES) {
      const events = await get(role, `/complaint-events?filter=${q({ complaintId: oracle.complaintId })}`);
      const complaint = await get(role, `/complaints/${oracle.complaintId}`);
      expect(events.status).toBe(200);
      expect(events.body.length).toBeGreaterThan(0);
      for (const body of [events.body, complaint.body]) {
        expect({ role, leaked: strings(body).filter((s) => s.includes(oracle.pin) || s.startsWith('scrypt$')) }).toEqual({ role, leaked: [] });
        expect(JSON.stringify(body)).not.toMatch(/"pin(Hash)?":"[^*]/);
      }
    }
  });
});

describe('export', () => {
  it('gives everything held about one customer to the director and the quality manager, and records it', async () => {
    for (const role of ['director', 'quality-manager']) {
      const res = await get(role, `/customers/${oracle.customerId}/export`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="customer-${oracle.customerId}.json"`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const doc = res.body;
      expect(doc.exportedAt).toEqual(expect.any(String));
      expect(doc.customer).toMatchObject({ id: oracle.customerId, ...ORACLE, address: '1 Oracle Road', externalRef: 'ACC-77001' });
      expect(doc.complaints).toHaveLength(1);
      const [c] = doc.complaints;
      expect(c).toMatchObject({ id: oracle.complaintId, customer: ORACLE, subject: 'Router drops the line' });
      expect(c.events.map((e: any) => e.action)).toContain('register');
      expect(c.notifications).toEqual([expect.objectContaining({ recipient: ORACLE.phone, payload: expect.objectContaining({ customerName: ORACLE.name }) })]);
      expect(c.notifications[0].payload).not.toHaveProperty('pin');
      for (const key of ['approvals', 'surveys', 'correctiveActions']) expect(c[key]).toEqual([]);
      expect(strings(doc).filter((s) => s.includes(oracle.pin))).toEqual([]);
    }
    const audit = await get('director', `/complaint-events?filter=${q({ action: 'export-customer', complaintId: oracle.complaintId })}&sort=${q(['createdAt', 'ASC'])}`);
    expect(audit.body.map((e: any) => [e.actorId, e.actorRole, e.payload])).toEqual([
      [userId.director, 'director', { customerId: oracle.customerId }],
      [userId['quality-manager'], 'quality-manager', { customerId: oracle.customerId }],
    ]);
  });

  it('is refused to every other role, and answers 404 for an unknown customer', async () => {
    for (const role of STAFF_ROLES.filter((r) => r !== 'director' && r !== 'quality-manager')) {
      expect({ role, status: (await get(role, `/customers/${oracle.customerId}/export`)).status }).toEqual({ role, status: 403 });
    }
    expect((await get('director', '/customers/nosuchdocumentid000000000/export')).status).toBe(404);
  });
});

describe('erasure', () => {
  const PERSON = { name: 'Zoltan Brightwater', phone: '+44 7700 900456', email: 'zoltan.b@example.test', address: '9 Erasure Lane' };
  /** Strings that must be nowhere once the customer is erased (the phone in the forms people write it). */
  const NEEDLES = ['zoltan', 'brightwater', 'zoltan.b@example.test', '7700900456', '9 erasure lane'];
  const found = (value: unknown) => {
    const text = JSON.stringify(value).toLowerCase();
    return NEEDLES.filter((n) => text.includes(n) || text.replace(/[\s().-]/g, '').includes(n.replace(/[\s().-]/g, '')));
  };

  /** Complaint counts by category, channel and month of receipt: what the reports are made of. */
  async function figures(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (let start = 0; ; start += 100) {
      const res = await get('director', `/complaints?sort=${q(['id', 'ASC'])}&range=${q([start, start + 99])}`);
      for (const c of res.body) {
        const key = `${c.categoryId}|${c.channel}|${String(c.receivedAt).slice(0, 7)}`;
        out[key] = (out[key] ?? 0) + 1;
      }
      if (res.body.length < 100) return out;
    }
  }

  /** Every row the database holds about these complaints and the customer, private columns included. */
  async function rowsAbout(customerId: string, complaintIds: string[]) {
    const db = (name: string) => t.strapi.db.query(`plugin::complaint-desk.${name}` as any);
    const byComplaint = { complaint: { documentId: { $in: complaintIds } } };
    return {
      customer: await db('customer').findOne({ where: { documentId: customerId } }),
      complaints: await db('complaint').findMany({ where: { documentId: { $in: complaintIds } } }),
      notifications: await db('notification').findMany({ where: byComplaint }),
      events: await db('complaint-event').findMany({ where: byComplaint }),
      approvals: await db('approval').findMany({ where: byComplaint }),
      surveys: await db('survey').findMany({ where: byComplaint }),
      reviews: await db('cft-review').findMany({ where: { complaints: { documentId: { $in: complaintIds } } } }),
    };
  }

  let customerId: string;
  let complaints: string[];

  it('redacts every copy of the personal data, keeps the figures, and is recorded', async () => {
    const first = await register({
      channel: 'email',
      subject: 'Zoltan Brightwater: bill doubled',
      description: `I am Zoltan Brightwater. Call me on 07700 900456 or write to ${PERSON.email}.`,
      requestedRemedy: 'Refund to Mr Brightwater',
      customer: PERSON,
      contactPreference: 'email',
    });
    customerId = first.customerId;
    const second = await register({ channel: 'letter', subject: 'Second letter', description: 'Signed, Z. Brightwater, +44-7700-900-456', customerId });
    complaints = [first.id, second.id];
    const assessed = await action(base, jwt.agent, first.id, 'assess', { decision: 'accept', message: 'Dear Mr Brightwater, we are looking into it.' });
    expect(assessed.status).toBe(200);
    const review = await action(base, jwt['quality-manager'], first.id, 'open-review', {});
    expect(review.status).toBe(200);
    // Before: the personal data is in the rows (the outbox too, with the PIN sealed).
    const before = await rowsAbout(customerId, complaints);
    expect(found(before.notifications)).toEqual(expect.arrayContaining(['zoltan.b@example.test', 'brightwater']));
    expect(before.notifications.some((n: any) => typeof n.secret === 'string' && n.secret.startsWith('v1.'))).toBe(true);
    expect(found(before.events)).toContain('brightwater');
    expect(found(before.reviews)).toContain('brightwater');
    const figuresBefore = await figures();

    const erased = await call(base, jwt.director, 'DELETE', `${API}/customers/${customerId}`);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ id: customerId, name: '(erased)', phone: null, email: null, address: null, externalRef: null, erasedAt: expect.any(String) });

    const after = await rowsAbout(customerId, complaints);
    expect(after.customer).toMatchObject({ name: '(erased)', phone: null, email: null, address: null, phoneNormalized: null, emailNormalized: null, externalRef: null });
    for (const [what, rows] of Object.entries(after)) expect({ what, found: found(rows) }).toEqual({ what, found: [] });
    // The outbox keeps no recipient, name or PIN; what was not sent is given up.
    expect(after.notifications.length).toBeGreaterThan(0);
    for (const n of after.notifications) {
      expect(n).toMatchObject({ recipient: '(erased)', status: 'dead' });
      expect(n.payload).not.toHaveProperty('pin');
      expect(n.secret).toBeNull();
      expect(n.payload.customerName).toBe('[erased]');
    }
    // The texts keep their meaning without the person.
    const c1 = after.complaints.find((c: any) => c.documentId === first.id);
    expect(c1).toMatchObject({ subject: '[erased]: bill doubled', requestedRemedy: 'Refund to Mr [erased]', assessmentMessage: 'Dear Mr [erased], we are looking into it.' });
    expect(c1.description).toBe('I am [erased]. Call me on [erased] or write to [erased].');
    expect(after.events.find((e: any) => e.action === 'assess').payload).toEqual({ decision: 'accept', message: 'Dear Mr [erased], we are looking into it.' });
    // Nothing counted changed.
    expect(await figures()).toEqual(figuresBefore);
    // Recorded on each complaint's timeline: who and when, the customer by id only.
    const audit = await get('director', `/complaint-events?filter=${q({ action: 'erase-customer' })}`);
    expect(audit.body.map((e: any) => [e.complaintId, e.actorId, e.payload]).sort()).toEqual(complaints.map((id) => [id, userId.director, { customerId }]).sort());
    expect(audit.body.every((e: any) => typeof e.createdAt === 'string')).toBe(true);
    // Erasing again changes nothing and records nothing more.
    expect((await call(base, jwt.director, 'DELETE', `${API}/customers/${customerId}`)).status).toBe(200);
    expect((await get('director', `/complaint-events?filter=${q({ action: 'erase-customer' })}`)).body).toHaveLength(2);
  });

  it('refuses personal data written back (409), and a new complaint on the erased customer', async () => {
    for (const [role, body] of [
      ['agent', { name: PERSON.name }],
      ['specialist', { phone: PERSON.phone }],
      ['director', { email: PERSON.email }],
      ['quality-manager', { address: PERSON.address }],
      ['agent', { externalRef: 'ACC-1' }],
    ] as const) {
      const res = await call(base, jwt[role], 'PUT', `${API}/customers/${customerId}`, body);
      expect({ body, status: res.status }).toEqual({ body, status: 409 });
      expect(res.body.error).toMatchObject({ name: 'ConflictError', details: { fields: Object.keys(body) } });
    }
    expect(found(await rowsAbout(customerId, complaints))).toEqual([]);
    // The erased record sent back as react-admin sends it, with another field changed: accepted.
    const record = (await get('agent', `/customers/${customerId}`)).body;
    const saved = await call(base, jwt.agent, 'PUT', `${API}/customers/${customerId}`, { ...record, valueTier: 3 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: '(erased)', phone: null, valueTier: 3 });
    const again = await call(base, jwt.agent, 'POST', `${API}/complaints`, { channel: 'phone', subject: 'Again', description: 'Again', customerId });
    expect(again.status).toBe(409);
    expect(again.body.error.name).toBe('ConflictError');
  });

  it('of a customer without complaints is recorded without a complaint', async () => {
    const created = await call(base, jwt.agent, 'POST', `${API}/customers`, { name: 'Nobody Yet', phone: '+1 555 0100' });
    expect(created.status).toBe(201);
    expect((await call(base, jwt.director, 'DELETE', `${API}/customers/${created.body.id}`)).status).toBe(200);
    const audit = (await get('director', `/complaint-events?filter=${q({ action: 'erase-customer', complaintId_null: true })}`)).body;
    expect(audit.map((e: any) => [e.actorId, e.payload])).toEqual([[userId.director, { customerId: created.body.id }]]);
  });
});
