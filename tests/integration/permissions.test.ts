/**
 * Every cell of the role × route matrix over HTTP, from the same route table the
 * server mounts and docs/PERMISSIONS.md is generated from; plus every action × role.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { call, listen, login } from '../helpers/api';
import { consoleRoutes } from '../../src/plugins/complaint-desk/server/src/routes';
import { STAFF_ROLES, TRANSITIONS } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';
import { PII_MASKED_ROLES, RESOURCES, recordFields, rolesFor } from '../../src/plugins/complaint-desk/server/src/resources';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
let complaintId: string;
const MISSING = 'nosuchdocumentid000000000';

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
  for (const role of STAFF_ROLES) jwt[role] = await login(base, `${role}@demo.local`);
  const role = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await t.strapi.plugin('users-permissions').service('user').add({ username: 'customer1', email: 'customer1@example.test', password: 'Customer-Pass-1', provider: 'local', confirmed: true, role: role.id });
  jwt.customer = await login(base, 'customer1@example.test', 'Customer-Pass-1');
  const created = await call(base, jwt.agent, 'POST', '/api/complaint-desk/complaints', { channel: 'letter', subject: 'Matrix', description: 'A complaint for the matrix', customer: { name: 'M', phone: '+10000000' } });
  expect(created.status).toBe(201);
  complaintId = created.body.id;
});

afterAll(async () => {
  await t?.close();
});

const routes = consoleRoutes().filter((r) => !r.path.includes(':action'));
/** Routes that answer 400 without a query get a harmless one (the duplicate check needs a phone or email). */
const QUERY: Record<string, string> = { '/complaints/duplicates': '?phone=%2B10000000', '/customers/lookup': '?phone=%2B10000000' };
const urlOf = (path: string) =>
  `/api/complaint-desk${path.replace(':id', MISSING).replace(':name', 'root-causes').replace(':channel', 'email').replace(':file', 'missing.eml')}${QUERY[path] ?? ''}`;
/** Routes whose harmless request names something missing first: their admitted answer is a 404. */
const MISSING_FIRST = new Set(['/notifications/:id/retry', '/notifications/drop/:channel/:file']);
/** What an admitted role gets for a harmless request (empty body, a missing id). */
const admitted = (method: string, path: string, handler: string) =>
  handler === 'resources.notAllowed' ? 405 : MISSING_FIRST.has(path) ? 404 : method === 'GET' ? (path.includes(':id') ? 404 : 200) : method === 'POST' ? 400 : 404;

describe.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', (_name, route) => {
  it.each(STAFF_ROLES.map((role) => [role]))('as %s', async (role) => {
    const res = await call(base, jwt[role], route.method, urlOf(route.path), route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
    const expected = route.handler === 'resources.notAllowed' ? 405 : route.roles.includes(role) ? admitted(route.method, route.path, route.handler) : 403;
    expect({ role, status: res.status }).toEqual({ role, status: expected });
  });

  it('refuses anonymous callers (401) and customers (403)', async () => {
    const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
    expect((await call(base, null, route.method, urlOf(route.path), body)).status).toBe(401);
    expect((await call(base, jwt.customer, route.method, urlOf(route.path), body)).status).toBe(403);
  });
});

describe.each(TRANSITIONS.map((r) => [r.action, r] as const))('action %s', (action, rule) => {
  it.each(STAFF_ROLES.map((role) => [role]))('as %s', async (role) => {
    // Some actions succeed with an empty body (reissue-pin): each request is compared with the version before it.
    const before = (await call(base, jwt.director, 'GET', `/api/complaint-desk/complaints/${complaintId}`)).body.version;
    const res = await call(base, jwt[role], 'POST', `/api/complaint-desk/complaints/${complaintId}/actions/${action}`, {});
    if ((rule.roles as readonly string[]).includes(role)) expect([200, 400, 409]).toContain(res.status);
    else expect(res.status).toBe(403);
    // Nothing was changed by a refused or invalid request.
    if (res.status !== 200) {
      const c = await call(base, jwt.director, 'GET', `/api/complaint-desk/complaints/${complaintId}`);
      expect(c.body.version).toBe(before);
    }
  });
});

describe('authentication cache', () => {
  const USER = 'plugin::users-permissions.user';
  const me = (token: string) => call(base, token, 'GET', '/api/complaint-desk/users/me');
  /** A new staff user with the given role and their JWT (demo users stay untouched). */
  async function staffUser(name: string, roleType: string) {
    const role = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
    const user = await t.strapi.plugin('users-permissions').service('user').add({ username: name, email: `${name}@example.test`, password: 'Staff-Pass-1', provider: 'local', confirmed: true, blocked: false, role: role.id });
    return { user, token: await login(base, `${name}@example.test`, 'Staff-Pass-1') };
  }

  it('refuses a user as soon as they are blocked, through the query engine or the Document Service', async () => {
    const { user, token } = await staffUser('cache-block', 'agent');
    expect((await me(token)).status).toBe(200); // now cached
    expect((await me(token)).status).toBe(200);
    await t.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: true } });
    expect((await me(token)).status).toBe(401);
    await t.strapi.documents(USER).update({ documentId: user.documentId, data: { blocked: false } } as any);
    expect((await me(token)).status).toBe(200);
    await t.strapi.documents(USER).update({ documentId: user.documentId, data: { blocked: true } } as any);
    expect((await me(token)).status).toBe(401);
    await (t.strapi.documents(USER) as any).delete({ documentId: user.documentId });
    expect((await me(token)).status).toBe(401);
  });

  it('applies a role change at once', async () => {
    const { user, token } = await staffUser('cache-role', 'agent');
    // A route agents may use and CFT members may not.
    const route = consoleRoutes().find((r) => r.method === 'GET' && !r.path.includes(':') && r.roles.includes('agent') && !r.roles.includes('cft-member'))!;
    expect(route).toBeDefined();
    const url = urlOf(route.path);
    expect((await call(base, token, 'GET', url)).status).toBe(200);
    const cft = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'cft-member' } });
    await t.strapi.db.query(USER).update({ where: { id: user.id }, data: { role: cft.id } });
    expect((await call(base, token, 'GET', url)).status).toBe(403);
    expect((await me(token)).body.role).toBe('cft-member');
  });

  it('sees a change that bypasses Strapi (raw SQL, another server process) within authCacheTtlMs', async () => {
    const ttl = Number(t.strapi.config.get('plugin::complaint-desk.authCacheTtlMs'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5000);
    const { user, token } = await staffUser('cache-raw', 'agent');
    expect((await me(token)).status).toBe(200);
    const started = Date.now();
    const schema = t.strapi.db.getSchemaName();
    const knex: any = t.strapi.db.connection;
    await (schema ? knex.withSchema(schema).table('up_users') : knex('up_users')).where({ id: user.id }).update({ blocked: true });
    // Still the cached answer right after the write: nothing told this process.
    if (Date.now() - started < ttl / 2) expect((await me(token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, ttl + 50));
    expect((await me(token)).status).toBe(401);
  });
});

describe('fields by role (docs/PERMISSIONS.md "Fields by role")', () => {
  const API = '/api/complaint-desk';
  /** resource → the id of one record whose personal fields are all set, so that a value and a mask differ. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const customer = await call(base, jwt.agent, 'POST', `${API}/customers`, { name: 'Field Matrix', phone: '+447700900123', email: 'field.matrix@example.test', address: '1 Matrix Road', externalRef: 'ACC-778899' });
    expect(customer.status).toBe(201);
    ids.customers = customer.body.id;
    const complaint = await call(base, jwt.agent, 'POST', `${API}/complaints`, { channel: 'email', subject: 'Fields by role', description: 'One record for the field matrix', customerId: ids.customers });
    expect(complaint.status).toBe(201);
    ids.complaints = complaint.body.id;
    // Registration writes the acknowledgment into the outbox: a notification with recipient and payload.
    const notifications = await call(base, jwt.director, 'GET', `${API}/notifications?filter=${encodeURIComponent(JSON.stringify({ complaintId: ids.complaints }))}&range=[0,0]`);
    expect(notifications.status).toBe(200);
    ids.notifications = notifications.body[0]?.id;
    // A change to a corrective action writes the first audit entry (the seed writes none).
    const capa = await call(base, jwt['quality-manager'], 'POST', `${API}/corrective-actions`, { title: 'Field matrix action', kind: 'preventive' });
    expect(capa.status).toBe(201);
    for (const name of Object.keys(RESOURCES)) {
      if (ids[name]) continue;
      const first = await call(base, jwt.director, 'GET', `${API}/${name}?range=[0,0]`);
      expect({ name, status: first.status }).toEqual({ name, status: 200 });
      ids[name] = first.body[0]?.id;
    }
    for (const name of Object.keys(RESOURCES)) expect({ name, id: typeof ids[name] }).toEqual({ name, id: 'string' });
  });

  const valueAt = (record: any, key: string) => key.split('.').reduce((v, k) => (v === null || v === undefined ? v : v[k]), record);
  /** The record's keys, with objects named in the matrix by dotted keys (`customer.name`) opened up. */
  const keysOf = (record: Record<string, unknown>, fields: string[]) =>
    Object.entries(record).flatMap(([k, v]) => (fields.some((f) => f.startsWith(`${k}.`)) && v && typeof v === 'object' ? Object.keys(v).map((n) => `${k}.${n}`) : [k]));

  describe.each(Object.values(RESOURCES).map((def) => [def.name, def] as const))('%s', (name, def) => {
    const fields = recordFields(def);
    it.each(STAFF_ROLES.map((role) => [role]))('as %s: read and list carry exactly the matrix, personal fields as the role may see them', async (role) => {
      const one = await call(base, jwt[role], 'GET', `${API}/${name}/${ids[name]}`);
      const list = await call(base, jwt[role], 'GET', `${API}/${name}?filter=${encodeURIComponent(JSON.stringify({ id: ids[name] }))}`);
      if (!rolesFor(def, 'read').includes(role)) {
        expect([one.status, list.status]).toEqual([403, 403]);
        return;
      }
      expect([one.status, list.status]).toEqual([200, 200]);
      expect(list.body).toHaveLength(1);
      const masked = PII_MASKED_ROLES.includes(role);
      for (const record of [one.body, list.body[0]]) {
        expect(keysOf(record, fields.map((f) => f.key)).sort()).toEqual(fields.map((f) => f.key).sort());
        for (const f of fields.filter((x) => x.pii)) {
          // A personal field is null for a masked role and its stored value for the others.
          const value = valueAt(record, f.key);
          expect({ field: f.key, masked: value === null }).toEqual({ field: f.key, masked });
        }
      }
    });
  });
});
