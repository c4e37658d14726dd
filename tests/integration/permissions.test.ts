/**
 * Every cell of the role × route matrix over HTTP (issue #3), from the same route table the
 * server mounts and docs/PERMISSIONS.md is generated from; plus every action × role.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { call, listen, login } from '../helpers/api';
import { consoleRoutes } from '../../src/plugins/complaint-desk/server/src/routes';
import { STAFF_ROLES, TRANSITIONS } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';

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
const QUERY: Record<string, string> = { '/complaints/duplicates': '?phone=%2B10000000' };
const urlOf = (path: string) => `/api/complaint-desk${path.replace(':id', MISSING)}${QUERY[path] ?? ''}`;
/** What an admitted role gets for a harmless request (empty body, a missing id). */
const admitted = (method: string, path: string, handler: string) =>
  handler === 'resources.notAllowed' ? 405 : method === 'GET' ? (path.includes(':id') ? 404 : 200) : method === 'POST' ? 400 : 404;

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
    const res = await call(base, jwt[role], 'POST', `/api/complaint-desk/complaints/${complaintId}/actions/${action}`, {});
    if ((rule.roles as readonly string[]).includes(role)) expect([200, 400, 409]).toContain(res.status);
    else expect(res.status).toBe(403);
    // Nothing was changed by a refused or invalid request.
    if (res.status !== 200) {
      const c = await call(base, jwt.director, 'GET', `/api/complaint-desk/complaints/${complaintId}`);
      expect(c.body.version).toBe(1);
    }
  });
});
