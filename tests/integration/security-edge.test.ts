/**
 * The server's edges against an attacker and an auditor, over HTTP and
 * raw SQL, on one Strapi: the admin panel keeps to categories, channels and response templates;
 * complaints cannot be deleted and the database refuses changes to the audit trail; login limits
 * per account and per client IP behind a trusted proxy, with equal timing for unknown accounts; no
 * sign-up; password changes end older tokens; forgot-password answers 200; the console's file
 * server answers bad names with 400/404 and one log line; CORS, caching and security headers.
 */
import { Writable } from 'node:stream';
import { winston } from '@strapi/logger';
import { isPostgres, startStrapi, type TestApp } from '../helpers/strapi';
import { call, listen } from '../helpers/api';
import { EVENT_REDACTION_SETTING, withEventRedaction } from '../../src/plugins/complaint-desk/server/src/database/schema/audit-guards';

const CM = '/content-manager/collection-types';
const COMPLAINT = 'plugin::complaint-desk.complaint';
const EVENT = 'plugin::complaint-desk.complaint-event';
const CATEGORY = 'plugin::complaint-desk.category';
const TRUSTED_ORIGIN = 'https://desk.example.test';

let t: TestApp;
let base: string;
let ipSeq = 0;
/** A fresh client address per call, as the trusted proxy reports it (X-Forwarded-For, PROXY_HOPS=1). */
const nextIp = () => `198.51.${100 + Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`;

beforeAll(async () => {
  t = await startStrapi({
    PROXY_HOPS: '1',
    LOGIN_MAX_FAILURES: '3',
    LOGIN_LOCK_SECONDS: '1',
    LOGIN_IP_MAX_FAILURES: '4',
    CORS_ORIGINS: `${TRUSTED_ORIGIN}, https://other.example.test/`,
  });
  base = await listen(t);
});

afterAll(async () => {
  await t?.close();
});

const up = () => t.strapi.plugin('users-permissions');
const roleId = async (type: string) => (await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;

async function staffUser(name: string, password = 'Edge-Pass-2026') {
  return up().service('user').add({ username: name, email: `${name}@example.test`, password, provider: 'local', confirmed: true, role: await roleId('agent') });
}

async function login(identifier: string, password: string, ip = nextIp(), extra: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip, ...extra },
    body: JSON.stringify({ identifier, password }),
  });
  const body = await res.json().catch(() => null);
  return { status: res.status, body, headers: res.headers };
}

async function waitUntil(cond: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("Strapi's admin panel", () => {
  async function adminToken(roleCode: string, email: string) {
    const role = await t.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
    const password = 'Admin-Edge-2026';
    await t.strapi.service('admin::user').create({ email, firstname: 'Edge', lastname: roleCode, password, isActive: true, roles: [role.id] });
    const res = await call(base, null, 'POST', '/admin/login', { email, password });
    expect(res.status).toBe(200);
    return (res.body.data.token ?? res.body.data.accessToken) as string;
  }

  it.each([
    ['strapi-editor', 'editor@example.test'],
    ['strapi-author', 'author@example.test'],
  ])('gives the built-in role %s categories only, not complaints, customers, events and the other records', async (code, email) => {
    const token = await adminToken(code, email);
    for (const type of ['complaint', 'customer', 'complaint-event', 'approval', 'notification', 'survey']) {
      const uid = `plugin::complaint-desk.${type}`;
      expect([uid, (await call(base, token, 'GET', `${CM}/${uid}`)).status]).toEqual([uid, 403]);
      expect([uid, (await call(base, token, 'POST', `${CM}/${uid}`, { action: 'approve' })).status]).toEqual([uid, 403]);
    }
    expect((await call(base, token, 'GET', `${CM}/${CATEGORY}?locale=en`)).status).toBe(200);
  });

  it('hides the records from the Content Manager and keeps no admin permission on them', async () => {
    const hidden = Object.keys(t.strapi.contentTypes).filter((uid) => uid.startsWith('plugin::complaint-desk.') && !/\.(category|channel|response-template)$/.test(uid));
    expect(hidden).toHaveLength(14);
    for (const uid of hidden) expect([uid, (t.strapi.contentType(uid as any) as any).pluginOptions?.['content-manager']?.visible]).toEqual([uid, false]);
    expect(await t.strapi.db.query('admin::permission').count({ where: { subject: { $in: hidden } } })).toBe(0);
  });
});

/**
 * The database's refusal message, or 'no error'. better-sqlite3's SqliteError comes from a native module
 * that jest loads once per process, so in any test file but the first it is not an `Error` of this file's
 * realm and `rejects.toThrow` would report "did not throw": compare the message instead.
 */
const refusal = (query: PromiseLike<unknown>): Promise<string> =>
  Promise.resolve(query).then(
    () => 'no error',
    (e: unknown) => String((e as { message?: unknown })?.message ?? e),
  );

describe('complaints and their audit trail in the database', () => {
  let complaint: { id: number; documentId: string };
  let event: { id: number; documentId: string };
  const knex = () => t.strapi.db.connection;
  const table = (name: string) => (t.strapi.db.getSchemaName() ? `${t.strapi.db.getSchemaName()}.${name}` : name);

  beforeAll(async () => {
    complaint = await (t.strapi.documents(COMPLAINT as any) as any).create({
      data: { trackingCode: 'EDGE00000001', status: 'received', channel: 'phone', subject: 'Edge', description: 'Edge case', language: 'en', receivedAt: new Date().toISOString() },
    });
    event = await (t.strapi.documents(EVENT as any) as any).create({ data: { action: 'register', toStatus: 'received', actorRole: 'agent', payload: { name: 'Maryam Ahmadi' }, complaint: complaint.documentId } });
  });

  it('refuses to delete a complaint through the Document Service and the query engine', async () => {
    await expect((t.strapi.documents(COMPLAINT as any) as any).delete({ documentId: complaint.documentId })).rejects.toThrow(/cannot be deleted/);
    await expect(t.strapi.db.query(COMPLAINT).delete({ where: { id: complaint.id } })).rejects.toThrow(/cannot be deleted/);
    await expect(t.strapi.db.query(COMPLAINT).deleteMany({ where: { id: complaint.id } })).rejects.toThrow(/cannot be deleted/);
    expect(await t.strapi.db.query(COMPLAINT).count({ where: { id: complaint.id } })).toBe(1);
  });

  it('refuses UPDATE and DELETE of an event in raw SQL', async () => {
    const E = table('cd_complaint_events');
    await expect(refusal(knex().raw(`update ${E} set action = 'approve' where id = ?`, [event.id]))).resolves.toMatch(/append-only/);
    await expect(refusal(knex().raw(`update ${E} set payload = ? where id = ?`, [JSON.stringify({ name: 'forged' }), event.id]))).resolves.toMatch(/append-only/);
    await expect(refusal(knex().raw(`delete from ${E} where id = ?`, [event.id]))).resolves.toMatch(/append-only/);
    const link = (t.strapi.db.metadata.get(EVENT).attributes as any).complaint.joinTable;
    const L = table(link.name);
    await expect(refusal(knex().raw(`delete from ${L} where ${link.joinColumn.name} = ?`, [event.id]))).resolves.toMatch(/append-only/);
    await expect(refusal(knex().raw(`update ${L} set ${link.inverseJoinColumn.name} = ${link.inverseJoinColumn.name} + 1 where ${link.joinColumn.name} = ?`, [event.id]))).resolves.toMatch(/append-only/);
    const row = await t.strapi.db.query(EVENT).findOne({ where: { id: event.id }, populate: ['complaint'] });
    expect(row).toMatchObject({ action: 'register', payload: { name: 'Maryam Ahmadi' }, complaint: { id: complaint.id } });
    // New events are still written.
    const another = await (t.strapi.documents(EVENT as any) as any).create({ data: { action: 'comment', actorRole: 'agent', complaint: complaint.documentId } });
    expect(another.id).toBeGreaterThan(event.id);
  });

  it('lets withEventRedaction change the payload and nothing else, in its transaction only', async () => {
    const E = table('cd_complaint_events');
    const redacting = (fn: (trx: any) => Promise<unknown>) => t.strapi.db.transaction(async ({ trx }: any) => withEventRedaction(trx, () => fn(trx)));
    await redacting((trx) => trx.raw(`update ${E} set payload = ? where id = ?`, [JSON.stringify({ name: '(erased)' }), event.id]));
    expect((await t.strapi.db.query(EVENT).findOne({ where: { id: event.id } })).payload).toEqual({ name: '(erased)' });
    // Each refusal in its own transaction: on PostgreSQL a failed statement aborts the transaction.
    await expect(refusal(redacting((trx) => trx.raw(`update ${E} set action = 'approve' where id = ?`, [event.id])))).resolves.toMatch(/append-only/);
    await expect(redacting((trx) => trx.raw(`update ${E} set payload = ?, created_at = created_at where id = ?`, ['{}', event.id]))).resolves.toBeDefined();
    await expect(refusal(redacting((trx) => trx.raw(`delete from ${E} where id = ?`, [event.id])))).resolves.toMatch(/append-only/);
    // Afterwards, and on any other connection, the table is closed again.
    await expect(refusal(knex().raw(`update ${E} set payload = ? where id = ?`, [JSON.stringify({ name: 'x' }), event.id]))).resolves.toMatch(/append-only/);
    if (isPostgres()) {
      const setting = await knex().raw(`select current_setting('${EVENT_REDACTION_SETTING}', true) as v`);
      expect(setting.rows[0].v ?? '').not.toBe('on');
    } else {
      expect((await knex().raw('select count(*) as n from cd_event_redaction'))[0].n).toBe(0);
    }
    expect(await t.strapi.db.query(EVENT).findOne({ where: { id: event.id } })).toMatchObject({ action: 'register', payload: {} });
  });
});

describe('login limits', () => {
  it('locks an account after repeated failures, for a growing time, whatever the client address', async () => {
    await staffUser('lockme');
    for (let i = 0; i < 3; i++) expect((await login('lockme@example.test', 'wrong-password')).status).toBe(400);
    const locked = await login('LockMe@example.test', 'Edge-Pass-2026');
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    expect(locked.headers.get('retry-after')).toBe('1');
    const guard = t.strapi.plugin('complaint-desk').service('login-guard');
    await waitUntil(async () => (await guard.retryAfter('192.0.2.1', 'lockme@example.test')) === 0);
    for (let i = 0; i < 3; i++) expect((await login('lockme@example.test', 'wrong-password')).status).toBe(400);
    const second = await login('lockme@example.test', 'Edge-Pass-2026');
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, '2']);
    await waitUntil(async () => (await guard.retryAfter('192.0.2.1', 'lockme@example.test')) === 0);
    expect((await login('lockme@example.test', 'Edge-Pass-2026')).status).toBe(200);
  });

  it('locks an unknown account the same way', async () => {
    for (let i = 0; i < 3; i++) expect((await login('nobody@example.test', 'wrong-password')).status).toBe(400);
    expect((await login('nobody@example.test', 'wrong-password')).status).toBe(429);
  });

  it('limits failures per client IP, read from the trusted proxy hop of X-Forwarded-For', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 4; i++) expect((await login(`spray${i}@example.test`, 'wrong-password', ip)).status).toBe(400);
    expect((await login('spray9@example.test', 'wrong-password', ip)).status).toBe(429);
    // What the client writes left of the proxy's own entry does not change who it is.
    expect((await login('spray10@example.test', 'wrong-password', `10.9.8.7, ${ip}`)).status).toBe(429);
    // Another client behind the same proxy is not locked out.
    expect((await login('spray11@example.test', 'wrong-password', '203.0.113.8')).status).toBe(400);
  });

  it(`keeps the counters in ${isPostgres() ? 'a PostgreSQL table every server process shares' : 'memory (one process owns an SQLite file)'}`, async () => {
    if (isPostgres()) {
      const { rows } = await t.strapi.db.connection.raw(`select key from ${t.strapi.db.getSchemaName()}.cd_login_limits where key like 'login_account:%'`);
      expect(rows.map((r: any) => r.key)).toEqual(expect.arrayContaining(['login_account:nobody@example.test']));
    } else {
      expect(await t.strapi.db.connection.schema.hasTable('cd_login_limits')).toBe(false);
    }
  });

  it('takes as long to refuse an unknown account as a wrong password: both check a password hash', async () => {
    const N = 7;
    for (let i = 0; i < N; i++) await staffUser(`timing${i}`);
    const userService = up().service('user');
    const validate = userService.validatePassword;
    let hashes = 0;
    userService.validatePassword = (...args: unknown[]) => {
      hashes++;
      return validate.apply(userService, args);
    };
    const known: number[] = [];
    const unknown: number[] = [];
    const hashesPer: Record<string, number[]> = { known: [], unknown: [] };
    try {
      // Interleaved, so that a busy moment of the machine weighs on both alike.
      for (let i = 0; i < N; i++) {
        for (const [kind, identifier, times] of [
          ['known', `timing${i}@example.test`, known],
          ['unknown', `ghost${i}@example.test`, unknown],
        ] as const) {
          const before = hashes;
          const started = performance.now();
          expect((await login(identifier, 'Wrong-Pass-2026')).status).toBe(400);
          times.push(performance.now() - started);
          hashesPer[kind].push(hashes - before);
        }
      }
    } finally {
      userService.validatePassword = validate;
    }
    expect(hashesPer).toEqual({ known: Array(N).fill(1), unknown: Array(N).fill(1) });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratio = median(unknown) / median(known);
    // bcrypt dominates both (tens of ms); without the dummy hash the unknown account answered ~20× faster.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('has no public sign-up', async () => {
    const res = await call(base, null, 'POST', '/api/auth/local/register', { username: 'intruder', email: 'intruder@example.test', password: 'Intruder-2026' });
    expect(res.status).toBe(403);
    expect((await call(base, null, 'POST', '/API/Auth/Local/Register/', { username: 'intruder', email: 'intruder@example.test', password: 'Intruder-2026' })).status).toBe(403);
    expect(await t.strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'intruder' } })).toBe(0);
    const advanced = await t.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' });
    expect(advanced).toMatchObject({ allow_register: false });
  });

  it('ends the tokens issued before a password change, and a blocked user’s', async () => {
    const user = await staffUser('changer');
    const jwtService = up().service('jwt');
    const old = await jwtService.issue({ id: user.id, iat: Math.floor(Date.now() / 1000) - 10 });
    const consoleApi = (token: string) => call(base, token, 'GET', '/api/complaint-desk/categories?range=[0,0]');
    const me = (token: string) => call(base, token, 'GET', '/api/users/me');
    expect((await consoleApi(old)).status).toBe(200);
    expect((await me(old)).status).toBe(200);
    await up().service('user').edit(user.id, { password: 'Changed-Pass-2026' });
    expect((await consoleApi(old)).status).toBe(401);
    expect((await me(old)).status).toBe(401);
    const fresh = await login('changer@example.test', 'Changed-Pass-2026');
    expect(fresh.status).toBe(200);
    expect((await consoleApi(fresh.body.jwt)).status).toBe(200);
    expect((await me(fresh.body.jwt)).status).toBe(200);
    await up().service('user').edit(user.id, { blocked: true });
    expect((await consoleApi(fresh.body.jwt)).status).toBe(401);
    expect((await me(fresh.body.jwt)).status).toBe(401);
  });

  it('answers forgot-password with the same 200 for every address, and sends nothing', async () => {
    await staffUser('forgetful');
    const known = await call(base, null, 'POST', '/api/auth/forgot-password', { email: 'forgetful@example.test' });
    const unknown = await call(base, null, 'POST', '/api/auth/forgot-password', { email: 'nobody-at-all@example.test' });
    expect([known.status, known.body]).toEqual([200, { ok: true }]);
    expect([unknown.status, unknown.body]).toEqual([200, { ok: true }]);
    const row = await t.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'forgetful' } });
    expect(row.resetPasswordToken ?? null).toBeNull();
  });
});

describe('the /console file server', () => {
  it('answers malformed, NUL and over-long names with 400 or 404 and one log line each, no stack', async () => {
    const lines: Array<{ level: string; message: string }> = [];
    const sink = new winston.transports.Stream({
      level: 'debug',
      stream: new Writable({ objectMode: true, write: (info: any, _enc, cb) => (lines.push({ level: String(info[Symbol.for('level')] ?? info.level), message: String(info.message ?? '') + String(info.stack ?? '') }), cb()) }),
    });
    const log = t.strapi.log as any;
    const level = log.level;
    log.level = 'debug';
    log.add(sink);
    try {
      const cases: Array<[string, number]> = [
        ['/console/%E0%A4%A', 400],
        ['/console/assets/%zz.js', 400],
        ['/console/a%00b', 400],
        ['/console/assets/x%00.js', 400],
        [`/console/${'a'.repeat(300)}`, 404],
        [`/console/assets/${'b'.repeat(250)}.js`, 404],
      ];
      for (const [path, status] of cases) {
        const res = await fetch(`${base}${path}`);
        expect([path.slice(0, 40), res.status]).toEqual([path.slice(0, 40), status]);
      }
      const mine = lines.filter((l) => /console/.test(l.message) || l.level === 'error');
      expect(mine.filter((l) => l.level === 'error')).toEqual([]);
      expect(mine.filter((l) => l.level === 'warn')).toHaveLength(cases.length);
      for (const l of mine) expect(l.message).not.toMatch(/\n\s+at /);
    } finally {
      log.remove(sink);
      log.level = level;
    }
  });
});

describe('headers and CORS', () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

  it('allows the configured origins only, never any origin with credentials', async () => {
    const evil = await get('/api/complaint-desk/categories', { Origin: 'https://evil.example.test' });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/api/complaint-desk/categories`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    for (const origin of [TRUSTED_ORIGIN, 'https://other.example.test']) {
      const ok = await get('/api/complaint-desk/categories', { Origin: origin });
      expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
      expect(ok.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    }
  });

  it('marks API answers no-store, drops X-Powered-By, narrows connect-src and adds Permissions-Policy and COOP', async () => {
    const user = await staffUser('headers');
    const token = await up().service('jwt').issue({ id: user.id });
    const answers = [
      await get('/api/complaint-desk/categories?range=[0,0]', { Authorization: `Bearer ${token}` }),
      await get('/api/complaint-desk/complaints'),
      await get('/api/users/me', { Authorization: `Bearer ${token}` }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 200]);
    const health = await get('/_health');
    for (const res of [...answers, health, await get('/console/')]) {
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    }
    // (The admin panel's pages get Vite's dev-server sources added in development and test only.)
    for (const res of [...answers, health]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      const connect = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));
      expect(connect).toBe("connect-src 'self'");
    }
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
