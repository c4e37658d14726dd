/**
 * The standing security and reliability suite (docs/RELIABILITY.md), on one Strapi with a small demo
 * data set:
 * - route coverage: every route the server registers, Strapi's own included, called without
 *   credentials, is refused (401, 403, 404 or 405) unless the allow-list below names it, with why;
 * - fuzzing: FUZZ_RUNS (default 2,000) requests drawn by fast-check from FUZZ_SEED across every console
 *   route and the /console file server, as staff of every role: no answer is a 5xx, nothing is logged
 *   as an error, and no prototype gets polluted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { winston } from '@strapi/logger';
import { startStrapi, isPostgres, type TestApp } from '../helpers/strapi';
import { listen, login } from '../helpers/api';
import { fuzzRequest, resourceOfRoute, type FuzzRequest, type InputClass } from '../helpers/fuzz';
import { consoleRoutes } from '../../src/plugins/complaint-desk/server/src/routes';
import { STAFF_ROLES } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';
import { RESOURCES } from '../../src/plugins/complaint-desk/server/src/resources';
import { seedDemo } from '../../src/plugins/complaint-desk/server/src/seed';

let t: TestApp;
let base: string;
let port: number;
const jwt: Record<string, string> = {};
/** Error-level log entries, and unhandled rejections, since the last reset. */
const logged: string[] = [];

const capture = () =>
  new winston.transports.Stream({
    level: 'error',
    format: winston.format.simple(),
    stream: new Writable({
      write(line: Buffer, _encoding, next) {
        logged.push(line.toString('utf8').slice(0, 300));
        next();
      },
    }),
  });
const onRejection = (reason: unknown) => logged.push(`unhandledRejection: ${String(reason).slice(0, 300)}`);

beforeAll(async () => {
  t = await startStrapi();
  // Some of everything (users of every role, reference data, 24 complaints in every state), quickly.
  await seedDemo(t.strapi, undefined, { complaints: 24 });
  base = await listen(t);
  port = (t.strapi.server.httpServer.address() as AddressInfo).port;
  for (const role of STAFF_ROLES) jwt[role] = await login(base, `${role}@demo.local`);
  t.strapi.log.add(capture());
  process.on('unhandledRejection', onRejection);
});

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  agent.destroy();
  await t?.close();
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** A raw HTTP request: the path goes out exactly as given (no URL normalisation, unlike fetch). */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...(body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.length < 4 && chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8').slice(0, 400) }));
      res.on('error', reject);
    });
    // Node answers an oversized URL or header with 431 and closes the connection.
    req.on('error', (err: any) => (err.code === 'ECONNRESET' || err.code === 'EPIPE' ? resolve({ status: 431, text: err.code }) : reject(err)));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('route coverage: nothing is open without login but the allow-list', () => {
  /**
   * Routes anyone may call, each with the reason. Everything else must refuse a caller without
   * credentials. `method: '*'` is a route registered for every method.
   */
  const ALLOWED: Array<{ method: string; path: string; why: string }> = [
    { method: '*', path: '/_health', why: 'load-balancer health check: 204, no body' },
    { method: 'POST', path: '/api/auth/local', why: 'staff login (users-permissions)' },
    { method: 'GET', path: '/api/auth/:provider/callback', why: 'the login handler (auth.callback) for OAuth providers; none is enabled, so it answers 400' },
    { method: 'POST', path: '/api/auth/forgot-password', why: 'staff ask for a password-reset e-mail' },
    { method: 'POST', path: '/api/auth/reset-password', why: 'staff set a new password with the e-mailed one-time code' },
    { method: 'POST', path: '/api/auth/send-email-confirmation', why: 'answers alike for every address and sends nothing (no e-mail confirmation in use)' },
    { method: 'GET', path: '/admin/:path*', why: "the admin panel's static files and app shell; its API routes check the admin JWT" },
    { method: 'GET', path: '/admin/init', why: 'the admin panel asks whether an administrator exists before anyone logs in' },
    { method: 'GET', path: '/admin/project-type', why: 'the admin panel asks the edition before anyone logs in' },
    { method: 'POST', path: '/admin/login', why: 'administrator login' },
    { method: 'POST', path: '/admin/forgot-password', why: 'administrators ask for a password-reset e-mail' },
    { method: 'POST', path: '/admin/reset-password', why: 'administrators set a new password with the e-mailed code' },
    { method: 'GET', path: '/admin/registration-info', why: 'an invited administrator reads their invitation by its token' },
    { method: 'POST', path: '/admin/register', why: 'an invited administrator sets their password with the invitation token' },
    { method: 'POST', path: '/admin/register-admin', why: 'the first administrator; refused once one exists (docs/DEPLOYMENT.md: create it from the shell)' },
    { method: 'GET', path: '/content-manager/preview/script', why: "the admin panel's preview helper script, static JavaScript" },
    { method: 'POST', path: '/api/complaint-desk/channels/sms/inbound', why: "the SMS gateway's webhook: its policy checks the HMAC signature instead of a login (503 while no secret is set)" },
    { method: 'GET', path: '/uploads/(.*)', why: 'public files of the upload plugin; the product uploads none' },
    { method: 'GET', path: '/', why: 'the public/ folder (robots.txt, favicon)' },
    { method: 'GET', path: '/((?!uploads/).+)', why: 'the public/ folder (robots.txt, favicon)' },
  ];
  const CLOSED = [401, 403, 404, 405];

  /** Every (method, path) the server routes, from its router (the content API, admin API and Strapi's own). */
  function routes(): Array<{ method: string; path: string; layer: any }> {
    const out: Array<{ method: string; path: string; layer: any }> = [];
    for (const layer of t.strapi.server.listRoutes() as any[]) {
      // Middleware layers (no methods) answer nothing themselves.
      if (!layer.methods.length) continue;
      const all = layer.methods.length > 20;
      for (const method of all ? ['*'] : layer.methods.filter((m: string) => m !== 'HEAD')) out.push({ method, path: String(layer.path), layer });
    }
    return out;
  }

  /** A concrete path the route matches: parameters become `x1`, wildcards `x`. */
  function concrete(path: string): string {
    return path.replace(/:[A-Za-z_]+(\([^)]*\))?[*+?]?/g, 'x1').replace(/\(\.\*\)/g, 'x');
  }

  it('lists the routes of every part of Strapi', () => {
    const prefixes = new Set(routes().map((r) => r.path.split('/').slice(0, 3).join('/')));
    for (const p of ['/api/complaint-desk', '/api/auth', '/api/users', '/api/upload', '/api/i18n', '/admin/users', '/content-manager/collection-types', '/upload/files', '/i18n/locales', '/users-permissions/roles'])
      expect({ p, listed: prefixes.has(p) }).toEqual({ p, listed: true });
  });

  it('keeps the allow-list current: each entry is a registered route', () => {
    const registered = new Set(routes().map((r) => `${r.method} ${r.path}`));
    for (const a of ALLOWED) expect({ route: `${a.method} ${a.path}`, registered: registered.has(`${a.method} ${a.path}`) }).toEqual({ route: `${a.method} ${a.path}`, registered: true });
  });

  it('refuses a caller without credentials on every other route', async () => {
    const open: string[] = [];
    let called = 0;
    for (const r of routes()) {
      if (ALLOWED.some((a) => a.method === r.method && a.path === r.path)) continue;
      const path = concrete(r.path);
      if (!r.layer.match(path)) throw new Error(`No concrete path for ${r.path} (got ${path})`);
      // A harmless body for the methods that take one.
      const body = ['POST', 'PUT', 'PATCH'].includes(r.method) ? '{}' : undefined;
      const res = await send(r.method, path, body ? { 'Content-Type': 'application/json' } : {}, body);
      called++;
      if (!CLOSED.includes(res.status)) open.push(`${r.method} ${r.path} → ${res.status} ${res.text.slice(0, 120)}`);
    }
    expect(called).toBeGreaterThan(250);
    expect(open).toEqual([]);
  });
});

describe('deeply nested values', () => {
  const deep = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  /** One record the role may write, and a field of each kind: an integer, a JSON attribute. */
  it.each([
    ['categories', 'content-editor', 'claimMinValueTier'],
    ['cft-reviews', 'quality-manager', 'eightD'],
  ])('PUT /%s/:id as %s with %s 10,000 levels deep answers 400 naming the field', async (name, role, field) => {
    const row = await t.strapi.db.query(RESOURCES[name].uid as any).findOne({ select: ['documentId'], where: name === 'categories' ? { locale: 'en' } : {} });
    const res = await send('PUT', `/api/complaint-desk/${name}/${row.documentId}`, { Authorization: `Bearer ${jwt[role]}`, 'Content-Type': 'application/json' }, `{"${field}":${deep(10_000)}}`);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.details.errors[0].path).toEqual([field]);
  });
});

describe('inputs PostgreSQL cannot take answer 400 on both databases', () => {
  const API = '/api/complaint-desk';
  const idOf = async (name: string) => (await t.strapi.db.query(RESOURCES[name].uid as any).findOne({ select: ['documentId'] })).documentId as string;
  const as = (role: string, json = false) => ({ Authorization: `Bearer ${jwt[role]}`, ...(json ? { 'Content-Type': 'application/json' } : {}) });
  const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

  it.each([
    ['a NUL in the path id', () => send('GET', `${API}/complaints/abc%00def`, as('agent'))],
    ['a NUL in an action path id', () => send('POST', `${API}/complaints/abc%00def/actions/assess`, as('specialist', true), '{}')],
    ['a NUL in a query parameter', () => send('GET', `${API}/complaints/duplicates?phone=%2B4477%00`, as('agent'))],
    ['a NUL in the full-text term', () => send('GET', `${API}/complaints?${filter({ q: 'a\u0000b' })}`, as('agent'))],
    ['a NUL in a filter value', () => send('GET', `${API}/teams?${filter({ name: 'a\u0000' })}`, as('agent'))],
    ['a NUL in a body value', async () => send('PUT', `${API}/teams/${await idOf('teams')}`, as('director', true), '{"name":"a\\u0000b"}')],
    ['a number filter past the 4-byte integer', () => send('GET', `${API}/surveys?${filter({ resultScore: 4294967296 })}`, as('agent'))],
    ['a number filter of 30 digits', () => send('GET', `${API}/complaints?filter=${encodeURIComponent('{"responseRound":123456789012345678901234567890}')}`, as('agent'))],
    ['text for a JSON attribute', async () => send('PUT', `${API}/channels/${await idOf('channels')}`, as('content-editor', true), '{"hours":"ASC"}')],
  ])('%s', async (_name, request) => {
    const res = await request();
    expect({ status: res.status, name: JSON.parse(res.text).error?.name }).toEqual({ status: 400, name: 'ValidationError' });
  });
});

describe('fuzzing the console API', () => {
  const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
  const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
  /** On a 2-core machine shared with other work; measured in docs/RELIABILITY.md. */
  const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 90_000);

  /** The /console file server is fuzzed too: names with the same hostile classes. */
  const consoleFile: fc.Arbitrary<FuzzRequest> = fc
    .record({
      role: fc.constantFrom(...STAFF_ROLES),
      cls: fc.constantFrom<InputClass>('bad-percent-encoding', 'nul', 'huge-string', 'rtl-zero-width', 'sql-injection', 'plausible'),
      name: fc.string({ maxLength: 12 }),
      pick: fc.nat({ max: 99 }),
    })
    .map(({ role, cls, name, pick }) => {
      const tail: Record<string, string> = {
        'bad-percent-encoding': ['%', '%zz', '%E0%A4%A', '..%2f..%2fpackage.json', '%c0%ae%c0%ae/', '%ff'][pick % 6],
        nul: `index.html%00${encodeURIComponent(name)}`,
        'huge-string': 'a'.repeat([255, 4096, 12000][pick % 3]) + (pick % 2 ? '.js' : ''),
        'rtl-zero-width': encodeURIComponent(`\u202e${name}\u200b.js`),
        'sql-injection': encodeURIComponent(`' OR 1=1 --${name}`),
        plausible: ['', 'complaints', 'assets/missing.js', 'index.html'][pick % 4],
      };
      return { cls, slot: 'id', role, route: 'GET /console/*', method: 'GET', path: `/console/${tail[cls]}`, idIndex: 0 } as FuzzRequest;
    });

  it(`answers no 5xx and logs no error to ${RUNS} generated requests (seed ${SEED})`, async () => {
    const routes = consoleRoutes();
    // Real ids of every resource, so that requests reach records (in a stable order: the seed is deterministic).
    const ids: Record<string, string[]> = {};
    for (const name of Object.keys(RESOURCES)) {
      const rows = await t.strapi.db.query(RESOURCES[name].uid as any).findMany({ select: ['documentId'], orderBy: { id: 'asc' }, limit: 50 });
      ids[name] = [...new Set(rows.map((r: any) => r.documentId as string))];
    }

    const requests = fc.sample(fc.oneof({ arbitrary: fuzzRequest(routes), weight: 19 }, { arbitrary: consoleFile, weight: 1 }), { seed: SEED, numRuns: RUNS });
    console.log(`fuzz: ${requests.length} requests, seed ${SEED} (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} reproduces them), ${isPostgres() ? 'PostgreSQL' : 'SQLite'}`);

    logged.length = 0;
    const started = Date.now();
    const outcomes = new Map<string, Map<number, number>>(); // class (of the API, or of /console) → status → count
    const failures: string[] = [];
    const hit = new Set<string>();
    for (const [i, r] of requests.entries()) {
      const resource = r.route.startsWith('GET /console') ? '' : resourceOfRoute({ path: r.route.split(' ')[1] } as any);
      const pool = ids[resource] ?? [];
      const path = r.path.replace('{id}', pool.length ? pool[r.idIndex % pool.length] : 'nosuchid');
      const headers: Record<string, string> = { Authorization: `Bearer ${jwt[r.role]}` };
      if (r.contentType) headers['Content-Type'] = r.contentType;
      const before = logged.length;
      const res = await send(r.method, path, headers, r.body);
      hit.add(r.route);
      const key = `${r.route === 'GET /console/*' ? '/console ' : ''}${r.cls}`;
      const byStatus = outcomes.get(key) ?? new Map<number, number>();
      byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
      outcomes.set(key, byStatus);
      if (res.status >= 500 || logged.length > before) {
        failures.push(`#${i} ${r.route} as ${r.role}, ${r.cls} in ${r.slot}: ${res.status} ${res.text.slice(0, 160)}${logged.length > before ? ` | logged: ${logged.slice(before).join(' / ').slice(0, 200)}` : ''} | ${r.method} ${path.slice(0, 200)}${r.body ? ` body ${r.body.slice(0, 120)}` : ''}`);
      }
    }
    const elapsed = Date.now() - started;

    const table = [...outcomes.entries()].map(([cls, byStatus]) => `${cls.padEnd(30)} ${[...byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    console.log(`fuzz: ${requests.length} requests in ${(elapsed / 1000).toFixed(1)} s, ${hit.size} routes\n${table.join('\n')}${failures.length ? `\nfailures:\n${failures.join('\n')}` : ''}`);

    expect(({} as any).polluted).toBeUndefined();
    expect(failures).toEqual([]);
    // Every console route got requests.
    expect(routes.map((r) => `${r.method} ${r.path}`).filter((r) => !hit.has(r))).toEqual([]);
    expect(requests.length).toBe(RUNS);
    expect(elapsed).toBeLessThan(BUDGET_MS);
  }, 300_000);
});
