/**
 * GET /api/complaint-desk/complaints/duplicates?phone=…&email=…: the open complaints of
 * customers with this phone number or email address, for the register form's duplicate warning.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { call, listen, login } from '../helpers/api';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const ids: Record<string, string> = {};
const customers: Record<string, string> = {};

const P = 'plugin::complaint-desk';
const docs = (name: string) => t.strapi.documents(`${P}.${name}` as any) as any;
const url = (query: string) => `/api/complaint-desk/complaints/duplicates?${query}`;

let seq = 0;
/** A complaint of a customer already written (normalized columns as registration writes them). */
const complaint = async (customerId: string, status: string, receivedAt: string) => {
  seq += 1;
  const row = await docs('complaint').create({
    data: { trackingCode: `DUPL${String(seq).padStart(8, '0')}`, status, channel: 'phone', subject: `Subject ${seq}`, description: 'Text', language: 'en', receivedAt, customer: customerId },
  });
  return row.documentId as string;
};

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'false' });
  base = await listen(t);
  const role = async (type: string) => (await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;
  for (const type of ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor']) {
    await t.strapi.plugin('users-permissions').service('user').add({ username: `dup-${type}`, email: `${type}@dup.test`, password: 'Dup-Pass-2026', provider: 'local', confirmed: true, role: await role(type) });
    jwt[type] = await login(base, `${type}@dup.test`, 'Dup-Pass-2026');
  }
  // Registered through the API, so the normalized columns are the server's own.
  const reg = await call(base, jwt.agent, 'POST', '/api/complaint-desk/complaints', {
    channel: 'phone',
    subject: 'No signal',
    description: 'Since this morning',
    customer: { name: 'Reza', phone: '+98 (912) 000-0001', email: 'Reza.K@Example.test' },
  });
  expect(reg.status).toBe(201);
  ids.registered = reg.body.id;
  customers.reza = reg.body.customerId;
  ids.older = await complaint(customers.reza, 'investigating', '2026-01-10T08:00:00.000Z');
  ids.closed = await complaint(customers.reza, 'closed', '2026-02-10T08:00:00.000Z');
  ids.rejected = await complaint(customers.reza, 'rejected', '2026-02-11T08:00:00.000Z');
  const other = await docs('customer').create({ data: { name: 'Li', phone: '+86 138 0000 0001', phoneNormalized: '+8613800000001', email: 'li@example.test', emailNormalized: 'li@example.test' } });
  customers.li = other.documentId;
  ids.li = await complaint(customers.li, 'awaiting_customer', '2026-03-01T08:00:00.000Z');
}, 300_000);

afterAll(async () => {
  await t?.close();
});

describe('GET /complaints/duplicates', () => {
  it('matches by phone in another format, open complaints only, newest first', async () => {
    const res = await call(base, jwt.agent, 'GET', url(`phone=${encodeURIComponent('+98 912 000 0001')}`));
    expect(res.status).toBe(200);
    expect(res.body.map((c: any) => c.id)).toEqual([ids.registered, ids.older]);
    expect(res.body[0]).toEqual({
      id: ids.registered,
      trackingCode: expect.any(String),
      status: 'received',
      subject: 'No signal',
      receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      customerId: customers.reza,
    });
    expect(res.body[1]).toMatchObject({ status: 'investigating', receivedAt: '2026-01-10T08:00:00.000Z', customerId: customers.reza });
    const dashed = await call(base, jwt.specialist, 'GET', url(`phone=${encodeURIComponent('+98-912-0000001')}`));
    expect(dashed.body.map((c: any) => c.id)).toEqual([ids.registered, ids.older]);
  });

  it('matches by email in another case', async () => {
    const res = await call(base, jwt.director, 'GET', url(`email=${encodeURIComponent('reza.k@EXAMPLE.test')}`));
    expect(res.status).toBe(200);
    expect(res.body.map((c: any) => c.id)).toEqual([ids.registered, ids.older]);
  });

  it('phone OR email: the complaints of either customer', async () => {
    const res = await call(base, jwt['quality-manager'], 'GET', url(`phone=${encodeURIComponent('+86 138 0000 0001')}&email=reza.k%40example.test`));
    expect(res.status).toBe(200);
    expect(res.body.map((c: any) => c.id)).toEqual([ids.registered, ids.li, ids.older]);
    expect(res.body.map((c: any) => c.id)).not.toEqual(expect.arrayContaining([ids.closed, ids.rejected]));
  });

  it('an unknown phone: an empty array', async () => {
    const res = await call(base, jwt.agent, 'GET', url('phone=%2B10000000000'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it('400 with a field path when neither is given or one is malformed', async () => {
    const none = await call(base, jwt.agent, 'GET', '/api/complaint-desk/complaints/duplicates');
    expect(none.status).toBe(400);
    expect(none.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['phone']);
    const empty = await call(base, jwt.agent, 'GET', url('phone=&email='));
    expect(empty.status).toBe(400);
    const badPhone = await call(base, jwt.agent, 'GET', url('phone=call-me'));
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['phone']);
    const badEmail = await call(base, jwt.agent, 'GET', url('phone=%2B989120000001&email=not-an-email'));
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['email']);
    const twice = await call(base, jwt.agent, 'GET', url('phone=%2B989120000001&phone=%2B989120000002'));
    expect(twice.status).toBe(400);
  });

  it('403 for content-editor and cft-member, 401 without a JWT', async () => {
    const query = url('phone=%2B989120000001');
    expect((await call(base, jwt['content-editor'], 'GET', query)).status).toBe(403);
    expect((await call(base, jwt['cft-member'], 'GET', query)).status).toBe(403);
    expect((await call(base, null, 'GET', query)).status).toBe(401);
  });

  it('a phone number and email edited on the customer (PUT /customers/:id) are matched', async () => {
    const put = await call(base, jwt.agent, 'PUT', `/api/complaint-desk/customers/${customers.li}`, { phone: '+86 139 1111 2222', email: 'Li.New@Example.test' });
    expect(put.status).toBe(200);
    const byPhone = await call(base, jwt.agent, 'GET', url(`phone=${encodeURIComponent('+8613911112222')}`));
    expect(byPhone.body.map((c: any) => c.id)).toEqual([ids.li]);
    const byEmail = await call(base, jwt.agent, 'GET', url('email=li.new%40example.test'));
    expect(byEmail.body.map((c: any) => c.id)).toEqual([ids.li]);
    const old = await call(base, jwt.agent, 'GET', url(`phone=${encodeURIComponent('+86 138 0000 0001')}`));
    expect(old.body).toEqual([]);
  });

  it('does not shadow GET /complaints/:id', async () => {
    const res = await call(base, jwt.agent, 'GET', `/api/complaint-desk/complaints/${ids.registered}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(ids.registered);
  });
});

describe('GET /customers/lookup (the register form’s caller lookup)', () => {
  const lookup = (role: string, query: string) => call(base, jwt[role], 'GET', `/api/complaint-desk/customers/lookup?${query}`);

  it('finds a customer on file by phone in any format and digits, or by email, with what the form takes over', async () => {
    const persian = await lookup('agent', `phone=${encodeURIComponent('+۹۸ ۹۱۲ ۰۰۰ ۰۰۰۱')}`);
    expect(persian.status).toBe(200);
    expect(persian.body).toEqual([{ id: customers.reza, name: 'Reza', phone: '+98 (912) 000-0001', email: 'Reza.K@Example.test', valueTier: 1, contactPreference: 'phone' }]);
    // A customer without any complaint is found too (the duplicate warning would not show them).
    const quiet = await docs('customer').create({ data: { name: 'Anna', email: 'anna@example.test', emailNormalized: 'anna@example.test', valueTier: 3 } });
    const anna = await lookup('specialist', 'email=ANNA@example.test');
    expect(anna.body).toEqual([{ id: quiet.documentId, name: 'Anna', phone: null, email: 'anna@example.test', valueTier: 3, contactPreference: 'phone' }]);
    expect((await call(base, jwt.agent, 'GET', url('email=anna%40example.test'))).body).toEqual([]);
    expect((await lookup('director', 'phone=%2B989999999999')).body).toEqual([]);
  });

  it('leaves erased customers out, refuses malformed input with a field path, and is for the front roles only', async () => {
    const erased = await docs('customer').create({ data: { name: '(erased)', phoneNormalized: '+8613900000009', erasedAt: new Date().toISOString() } });
    expect((await lookup('agent', 'phone=%2B8613900000009')).body).toEqual([]);
    expect(erased.documentId).toBeTruthy();
    const bad = await lookup('agent', 'phone=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['phone']);
    for (const role of ['content-editor', 'cft-member']) expect((await lookup(role, 'email=anna@example.test')).status).toBe(403);
    expect((await call(base, null, 'GET', '/api/complaint-desk/customers/lookup?email=anna@example.test')).status).toBe(401);
  });
});
