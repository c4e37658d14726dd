#!/usr/bin/env node
'use strict';
/**
 * npm run bench:api — the console API's queue page against Strapi's stock content API and the
 * same SQL run directly through knex, on PostgreSQL with BENCH_ROWS complaints.
 *
 * - Data: the database of scripts/bench-seed.js (BENCH_DB, default complaint_desk_bench), seeded
 *   first when it is missing or does not hold BENCH_ROWS complaints (default 1,000,000).
 * - Query: one queue page, 25 complaints of one team (BENCH_TEAM, default network-line1) in one
 *   status (BENCH_STATUS, default investigating), sorted by SLA due date:
 *     console  GET /api/complaint-desk/complaints?filter={"teamId":…,"status":…}&sort=["slaDueAt","ASC"]&range=[0,24]
 *              (staff JWT of director@demo.local)
 *     stock    GET /api/complaint-desk/stock/complaints?filters[team][documentId][$eq]=…&filters[status][$eq]=…
 *              &sort[0]=slaDueAt:asc&sort[1]=id:asc&pagination[start]=0&pagination[limit]=25, populating the
 *              nine relations the console record shows as ids (documentId only)
 *     raw SQL  through knex, served as JSON by a bare http.createServer, four ways (every ratio is reported):
 *              - the console's own statement: the exact SQL text and bindings the console API ran for
 *                this page, captured from one console request (knex 'query' event) and sent to the
 *                raw server over IPC; run on a connection of knex's pool, unnamed (planned on every
 *                run) and prepared (a named node-pg query: PostgreSQL may keep its plan). It returns
 *                what the statement returns (c.*, the relation columns, the total on every row): the
 *                page rows, the total in Content-Range;
 *              - hand-written rows + count: the rows SELECT below and the COUNT(*) of the filter, run
 *                in parallel on two pool connections; the rows, the total in Content-Range. Both match
 *                the team as the console does, queue_team_id = (SELECT id FROM cd_teams …), so that
 *                data drift (escalations moving complaints between teams) does not change their plan;
 *              - hand-written rows, no count (the plainest baseline)
 *            BENCH_TARGETS=rawConsolePrepared,rawCount,… measures only those (and the console API).
 * - The app runs in a child process with NODE_ENV=development (the stock route exists only with
 *   BENCH_STOCK_API=true outside production); the raw SQL server in another child; autocannon in
 *   this process. Same pool size (DATABASE_POOL_MAX, default 10) for both servers.
 * - Before measuring, the answers must hold the same complaint ids in the same order, and every
 *   total (console, stock, raw) must agree.
 * - Each target: BENCH_WARMUP s of warm-up (discarded), then BENCH_DURATION s (default 15) with
 *   BENCH_CONNECTIONS connections (default 10). Latency percentiles are exact, from every 2xx answer.
 * - Diagnosis: SQL statements per request and SQL time per request (knex 'query' events), from
 *   BENCH_TRACE_REQUESTS sequential requests; BENCH_TRACE=1 also prints the statements of one request
 *   with their durations. Under load, CPU time per request of the server process, of PostgreSQL (all
 *   its processes) and of autocannon, from /proc (Linux). BENCH_PROFILE=<s> adds a V8 CPU profile of
 *   the app under the console API's load, after the measurements (.tmp/*.cpuprofile, summarised).
 * - The load average before the run and the code revision are printed with the results and written,
 *   with everything else, to .tmp/bench-api-<time>.json.
 * Loopback only; the whole run is bounded by BENCH_TIMEOUT s (default 900, seeding excluded).
 * Other settings: BENCH_PORT (default 1398; the raw SQL server uses the next port), DATABASE_URL (the
 * PostgreSQL server, default postgres://postgres@127.0.0.1:5432/postgres), DATABASE_POOL_MAX.
 */
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const autocannon = require('autocannon');
const bench = require('./bench-seed');

const root = path.resolve(__dirname, '..');
const { ensurePluginBuilt } = require('./plugin-build');
const num = (name, fallback) => (process.env[name] !== undefined && process.env[name] !== '' ? Number(process.env[name]) : fallback);
const CONNECTIONS = num('BENCH_CONNECTIONS', 10);
const DURATION = num('BENCH_DURATION', 15);
const WARMUP = num('BENCH_WARMUP', 3);
const PORT = num('BENCH_PORT', 1398);
const RAW_PORT = num('BENCH_RAW_PORT', PORT + 1);
const TIMEOUT = num('BENCH_TIMEOUT', 900);
const SEED_TIMEOUT = num('BENCH_SEED_TIMEOUT', 3600);
const TRACE_REQUESTS = num('BENCH_TRACE_REQUESTS', 20);
const POOL_MAX = num('DATABASE_POOL_MAX', 10);
const PROFILE = num('BENCH_PROFILE', 0);
const TEAM = process.env.BENCH_TEAM || 'network-line1';
const STATUS = process.env.BENCH_STATUS || 'investigating';
const PAGE = 25;
const HOST = '127.0.0.1';

const children = [];
const log = (m) => console.log(m);

// ---------------------------------------------------------------------------------------------
// Child processes

/**
 * The app: compile + register + bootstrap + listen (on the HTTP server only: no startup banner, no
 * telemetry, no browser), with knex query counting switched on and off over IPC.
 *
 * Harness shim for the bench-only stock route (see STOCK_SHIMS in the output and docs/BENCHMARKS.md),
 * applied between register and bootstrap only where the plugin's route is not usable as is:
 * - Strapi's core controller calls strapi.service('plugin::complaint-desk.complaint'); the plugin
 *   registers the core service as 'stock-complaint', so the uid is aliased to it;
 * - with \`auth: false\` the core controller validates the query with an empty auth, which refuses any
 *   relation in filters and populate ("Invalid key team"); the route then uses Strapi's default
 *   content-API authentication, and the benchmark calls it with a full-access API token.
 * Plugin code is not changed; the route and the service are what Strapi does for an API content type.
 */
const APP_CHILD = `
const { compileStrapi, createStrapi } = require('@strapi/strapi');
let app;
let profiler;
const stats = { on: false, record: false, queries: 0, ms: 0, sql: [] };
const started = new Map();
(async () => {
  const appDir = ${JSON.stringify(root)};
  const { distDir } = await compileStrapi({ appDir });
  app = createStrapi({ appDir, distDir });
  await app.register();
  const shims = [];
  const uid = 'plugin::complaint-desk.complaint';
  const services = app.get('services');
  if (!services.get(uid) && services.get('plugin::complaint-desk.stock-complaint')) {
    services.set(uid, services.get('plugin::complaint-desk.stock-complaint'));
    shims.push("service 'plugin::complaint-desk.complaint' aliased to the plugin's 'stock-complaint' core service");
  }
  const router = (app.plugin('complaint-desk').routes || {})['content-api'];
  const stock = router && router.routes.find((r) => r.path === '/stock/complaints');
  if (!stock) throw new Error('The bench-only stock route is not mounted: is BENCH_STOCK_API=true honoured outside production?');
  if (stock.config && stock.config.auth === false) {
    delete stock.config.auth;
    shims.push("stock route: 'auth: false' removed (Strapi's default content-API auth; called with a full-access API token)");
  }
  await app.bootstrap();
  const tokens = app.service('admin::api-token');
  const old = await tokens.getByName('bench-api');
  if (old) await tokens.revoke(old.id);
  const token = await tokens.create({ name: 'bench-api', description: 'npm run bench:api', type: 'full-access', lifespan: null });
  const knex = app.db.connection;
  knex.on('query', (q) => {
    if (!stats.on) return;
    stats.queries++;
    started.set(q.__knexQueryUid, { t: process.hrtime.bigint(), sql: q.sql, bindings: q.bindings, name: q.options && q.options.name });
  });
  const done = (q) => {
    const s = q && started.get(q.__knexQueryUid);
    if (s === undefined) return;
    started.delete(q.__knexQueryUid);
    const ms = Number(process.hrtime.bigint() - s.t) / 1e6;
    stats.ms += ms;
    if (stats.record) stats.sql.push({ sql: s.sql, bindings: s.bindings, name: s.name, ms });
  };
  knex.on('query-response', (_r, q) => done(q));
  knex.on('query-error', (_e, q) => done(q));
  await new Promise((resolve, reject) => {
    app.server.httpServer.once('error', reject);
    app.server.listen(Number(process.env.PORT), process.env.HOST, resolve);
  });
  process.send({ ready: true, apiToken: token.accessKey, shims });
})().catch((err) => { console.error(err); process.exit(1); });
process.on('message', (m) => {
  if (m.cmd === 'trace') {
    Object.assign(stats, { on: m.on, record: !!m.record, queries: 0, ms: 0, sql: [] });
    started.clear();
    process.send({ ack: true });
  } else if (m.cmd === 'stats') process.send({ stats: { queries: stats.queries, ms: stats.ms, sql: stats.sql } });
  else if (m.cmd === 'profile-start') {
    profiler = new (require('inspector').Session)();
    profiler.connect();
    profiler.post('Profiler.enable', () => profiler.post('Profiler.start', () => process.send({ ack: true })));
  } else if (m.cmd === 'profile-stop') {
    profiler.post('Profiler.stop', (err, res) => {
      if (!err) require('fs').writeFileSync(m.file, JSON.stringify(res.profile));
      profiler.disconnect();
      process.send({ profiled: true, error: err ? String(err.message || err) : null });
    });
  }
});
// Strapi destroys itself on SIGTERM; a vanished parent means the same.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
`;

/**
 * The hand-written raw SQL baseline: the page's rows as one statement through knex, behind a bare
 * HTTP server. The team is matched as the console matches it, `queue_team_id = (SELECT id …)` (the
 * team mirrored on the row, kept with the relation), like the count below: the statement reads the
 * (queue_team_id, status, sla_due_at) index in order. Joining through cd_complaints_team_lnk instead
 * would walk (status, sla_due_at) filtering by team, at a cost that swings with how many complaints of
 * the status other teams hold (10× slower after an SLA sweep's escalations).
 */
const RAW_SQL = `SELECT c.document_id AS "id", c.tracking_code AS "trackingCode", c.status, c.channel, c.subject, c.description,
  c.language, c.requested_remedy AS "requestedRemedy", c.contact_preference AS "contactPreference",
  c.escalation_level AS "escalationLevel", c.claim_reason AS "claimReason", c.value_tier AS "valueTier",
  c.response_round AS "responseRound", c.received_at AS "receivedAt", c.acknowledged_at AS "acknowledgedAt",
  c.sla_stage AS "slaStage", c.sla_due_at AS "slaDueAt", c.proposal, c.assessment_message AS "assessmentMessage",
  c.resolution, c.retention_outcome AS "retentionOutcome", c.implemented_at AS "implementedAt",
  c.resolved_at AS "resolvedAt", c.closed_at AS "closedAt", c.version, c.created_at AS "createdAt",
  c.updated_at AS "updatedAt", t.document_id AS "teamId"
FROM cd_complaints c
JOIN cd_teams t ON t.id = c.queue_team_id
WHERE c.queue_team_id = (SELECT id FROM cd_teams WHERE document_id = ?) AND c.status = ?
ORDER BY c.sla_due_at ASC, c.id ASC
LIMIT ${PAGE}`;

/** The total the page needs for Content-Range, as plain SQL (by the (queue_team_id, status, sla_due_at) index). */
const RAW_COUNT_SQL = `SELECT count(*)::int AS n FROM cd_complaints c
WHERE c.queue_team_id = (SELECT id FROM cd_teams WHERE document_id = ?) AND c.status = ?`;

const RAW_CHILD = `
const http = require('http');
const knex = require(require.resolve('knex', { paths: [require.resolve('@strapi/database')] }))({
  client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX || 10) },
});
const SQL = ${JSON.stringify(RAW_SQL)};
const COUNT_SQL = ${JSON.stringify(RAW_COUNT_SQL)};
// The console's own page statement (SQL text with $n placeholders and its bindings), captured from
// one console API request in the app and sent here over IPC before the measurements.
let consoleStatement = null;
process.on('message', (m) => {
  if (m.cmd === 'statement') {
    consoleStatement = m.statement;
    process.send({ ack: true });
  }
});
/** Runs the console's statement on a connection of knex's pool; named = a prepared statement PostgreSQL may keep a plan for. */
async function runConsoleStatement(named) {
  const conn = await knex.client.acquireConnection();
  try {
    const { sql, bindings, name } = consoleStatement;
    return await conn.query(named ? { name: name || 'bench_console_page', text: sql, values: bindings } : { text: sql, values: bindings });
  } finally {
    knex.client.releaseConnection(conn);
  }
}
const server = http.createServer(async (req, res) => {
  try {
    const u = new URL(req.url, 'http://localhost');
    const args = [u.searchParams.get('team'), u.searchParams.get('status')];
    const headers = { 'content-type': 'application/json; charset=utf-8' };
    let rows;
    if (u.pathname === '/queue-count') {
      // What the page needs: the rows and the total, in parallel on two pool connections.
      const [page, count] = await Promise.all([knex.raw(SQL, args), knex.raw(COUNT_SQL, args)]);
      rows = page.rows;
      headers['content-range'] = 'complaints 0-' + (rows.length - 1) + '/' + count.rows[0].n;
    } else if (u.pathname === '/console-statement' || u.pathname === '/console-statement-prepared') {
      // The console's statement as it is (all of c.*, the relation columns and n_total__n on every
      // row): its page rows, the total in Content-Range.
      const result = await runConsoleStatement(u.pathname === '/console-statement-prepared');
      rows = result.rows.filter((row) => row.id !== null && row.id !== undefined);
      const total = result.rows.length ? Number(result.rows[0].n_total__n) : 0;
      headers['content-range'] = 'complaints 0-' + (rows.length - 1) + '/' + total;
    } else rows = (await knex.raw(SQL, args)).rows;
    const body = JSON.stringify(rows);
    headers['content-length'] = Buffer.byteLength(body);
    res.writeHead(200, headers);
    res.end(body);
  } catch (err) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(err && err.message));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send({ ready: true }));
const stop = () => { server.close(); knex.destroy().finally(() => process.exit(0)); };
process.on('SIGTERM', stop);
process.on('disconnect', stop);
`;

function startChild(label, script, env, readyTimeoutS) {
  const child = spawn(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.push(child);
  const messages = [];
  let waiter = null;
  child.on('message', (m) => {
    messages.push(m);
    if (waiter) waiter();
  });
  const next = (pred, timeoutS, what) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const i = messages.findIndex(pred);
        if (i >= 0) {
          clearTimeout(timer);
          waiter = null;
          child.off('exit', onExit);
          resolve(messages.splice(i, 1)[0]);
          return true;
        }
        return false;
      };
      const onExit = (code) => reject(new Error(`${label} exited (code ${code}) while waiting for ${what}`));
      const timer = setTimeout(() => reject(new Error(`${label}: no ${what} within ${timeoutS} s`)), timeoutS * 1000);
      if (check()) return;
      waiter = check;
      child.once('exit', onExit);
    });
  const ready = next((m) => m.ready, readyTimeoutS, 'ready signal');
  ready.catch(() => {}); // awaited by the caller; this only avoids an unhandled rejection when another child fails first
  return {
    child,
    ready,
    async call(msg, pred, what) {
      child.send(msg);
      return next(pred, 30, what);
    },
  };
}

async function stopChildren() {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill('SIGKILL'), 10000);
          child.once('exit', () => (clearTimeout(kill), resolve()));
          child.kill('SIGTERM');
        }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

function request(method, port, urlPath, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { host: HOST, port, path: urlPath, method, timeout: 30000, headers: { accept: 'application/json', ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}), ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${urlPath}: timeout`)));
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

const expectOk = (what, r) => {
  if (r.status < 200 || r.status > 299) throw new Error(`${what} answered ${r.status}: ${r.text.slice(0, 500)}`);
  return r;
};

// ---------------------------------------------------------------------------------------------
// Measurement

function percentile(sorted, q) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function cannon(target, duration, record) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      { url: `http://${HOST}:${target.port}${target.path}`, headers: target.headers, connections: CONNECTIONS, duration, timeout: 20 },
      (err, result) => (err ? reject(err) : resolve({ result, latencies })),
    );
    if (record) instance.on('response', (_client, statusCode, _bytes, ms) => statusCode >= 200 && statusCode < 300 && latencies.push(ms));
  });
}

/** CPU time (ms) used so far by a process, from /proc (Linux); null elsewhere. */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK; // utime + stime
  } catch {
    return null;
  }
}
/** CPU time of every PostgreSQL process (postmaster, backends, parallel workers) by pid. */
function postgresCpu() {
  const out = new Map();
  let entries = [];
  try {
    entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of entries) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const ms = cpuMs(pid);
    if (ms !== null) out.set(pid, ms);
  }
  return out;
}
/** PostgreSQL CPU between two snapshots; processes born in between count from zero. */
const postgresDelta = (before, after) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

async function measure(target) {
  if (WARMUP > 0) await cannon(target, WARMUP, false);
  const cpu0 = { server: cpuMs(target.pid), pg: postgresCpu(), self: process.cpuUsage() };
  const { result, latencies } = await cannon(target, DURATION, true);
  const self = process.cpuUsage(cpu0.self);
  const cpu = { server: cpuMs(target.pid) - cpu0.server, pg: postgresDelta(cpu0.pg, postgresCpu()), load: (self.user + self.system) / 1000 };
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${target.label}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts during the run`);
  latencies.sort((a, b) => a - b);
  const per = (ms) => (cpu0.server === null || Number.isNaN(ms) ? null : ms / latencies.length);
  return {
    label: target.label,
    requests: latencies.length,
    rps: result.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1],
    throughputKBs: result.throughput.average / 1024,
    // CPU per request: the server process, PostgreSQL (all its processes), autocannon (this process).
    cpuPerRequestMs: { server: per(cpu.server), postgres: per(cpu.pg), autocannon: per(cpu.load) },
  };
}

/** Self time of a V8 CPU profile by package (node_modules/<name>, the app's dist, node internals) and by function. */
function summarizeProfile(profile) {
  const busy = (node) => (node.callFrame.functionName === '(idle)' ? 0 : node.hitCount || 0);
  const total = profile.nodes.reduce((n, node) => n + busy(node), 0) || 1;
  const packages = new Map();
  const functions = new Map();
  const add = (map, key, hits) => map.set(key, (map.get(key) || 0) + hits);
  for (const node of profile.nodes) {
    const hits = busy(node);
    if (!hits) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    let pkg;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) pkg = m[1];
    else if (url.includes('/complaint-desk/dist/server/')) pkg = 'complaint-desk plugin (dist)';
    else if (url.startsWith(root)) pkg = 'app (dist)';
    else if (url.startsWith('node:') || (url && !url.startsWith('/'))) pkg = 'node internals';
    else pkg = functionName.startsWith('(') ? functionName : '(native / V8)';
    add(packages, pkg, hits);
    const where = url ? `${url.replace(root + '/', '').replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : '';
    add(functions, `${functionName || '(anonymous)'} ${where}`.trim(), hits);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / total]);
  return { packages: sorted(packages), functions: sorted(functions) };
}

/** SQL statements and SQL time per request, from sequential requests (no load). */
async function trace(app, target, n) {
  await app.call({ cmd: 'trace', on: true, record: false }, (m) => m.ack, 'trace ack');
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) expectOk(target.label, await request('GET', target.port, target.path, { headers: target.headers }));
  const wall = Number(process.hrtime.bigint() - t) / 1e6 / n;
  const { stats } = await app.call({ cmd: 'stats' }, (m) => m.stats, 'stats');
  // The statements of one request.
  await app.call({ cmd: 'trace', on: true, record: true }, (m) => m.ack, 'trace ack');
  expectOk(target.label, await request('GET', target.port, target.path, { headers: target.headers }));
  const one = (await app.call({ cmd: 'stats' }, (m) => m.stats, 'stats')).stats;
  await app.call({ cmd: 'trace', on: false }, (m) => m.ack, 'trace ack');
  return { label: target.label, queries: stats.queries / n, sqlMs: stats.ms / n, wallMs: wall, sql: one.sql };
}

// ---------------------------------------------------------------------------------------------

async function ensureData() {
  const server = bench.serverUrl().toString();
  const { rows } = await bench.withClient(server, (c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [bench.DB]));
  let count = -1;
  if (rows.length) {
    count = await bench
      .withClient(bench.benchUrl(), async (c) => Number((await c.query('SELECT count(*) AS n FROM cd_complaints')).rows[0].n))
      .catch(() => -1);
  }
  if (count === bench.ROWS) return count;
  log(count < 0 ? `Database ${bench.DB} is missing: seeding it first (npm run bench:seed).` : `Database ${bench.DB} holds ${count} complaints, not ${bench.ROWS}: seeding it again.`);
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'bench-seed.js')], { cwd: root, stdio: 'inherit', env: process.env });
    children.push(child);
    const timer = setTimeout(() => {
      console.error(`Seeding did not finish within ${SEED_TIMEOUT} s; stopping it.`);
      child.kill('SIGTERM');
    }, SEED_TIMEOUT * 1000);
    child.on('exit', (c) => (clearTimeout(timer), resolve(c ?? 1)));
  });
  if (code !== 0) throw new Error('Seeding failed');
  return bench.ROWS;
}

const cpuText = (m) => {
  const c = m.cpuPerRequestMs;
  return c.server === null ? 'CPU n/a' : `CPU per request: server ${fmt(c.server)} ms, PostgreSQL ${fmt(c.postgres)} ms, autocannon ${fmt(c.autocannon)} ms`;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const DRAIN_MS = 3000;
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

async function main() {
  ensurePluginBuilt({ withConsole: false });
  const runStarted = new Date();
  const total = await ensureData();
  const loadBefore = os.loadavg()[0];
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const revision = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const code = `${revision}${git('status', '--porcelain', '--', 'src', 'config', 'database') ? ' + uncommitted changes in src/config/database' : ''}`;
  log(`Code: ${code}; database ${bench.DB}`);
  log(`Load average (1 min) ${loadBefore.toFixed(2)} on ${os.cpus().length} cores${loadBefore > 0.75 ? ': WARNING, other work may be running and lower the figures' : ''}`);
  const deadline = setTimeout(async () => {
    console.error(`bench:api did not finish within ${TIMEOUT} s (BENCH_TIMEOUT); stopping.`);
    await stopChildren();
    process.exit(1);
  }, TIMEOUT * 1000);

  const env = { ...bench.appEnv(), BENCH_STOCK_API: 'true', HOST, PORT: String(PORT), DATABASE_POOL_MAX: String(POOL_MAX) };
  log(`Starting the app (NODE_ENV=development, port ${PORT}) and the raw SQL server (port ${RAW_PORT})…`);
  const t0 = Date.now();
  const app = startChild('app', APP_CHILD, env, 300);
  const raw = startChild('raw SQL server', RAW_CHILD, { DATABASE_URL: env.DATABASE_URL, PORT: String(RAW_PORT), DATABASE_POOL_MAX: String(POOL_MAX) }, 60);
  const [appReady] = await Promise.all([app.ready, raw.ready]);
  log(`  ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (const shim of appReady.shims) log(`  STOCK_SHIM: ${shim}`);
  // A boot that rewrote rows (a one-off backfill, say) leaves pages not all-visible until autovacuum
  // passes; vacuum them now so that every run measures the same state of the data.
  const t1 = Date.now();
  const vacuumed = await bench.withClient(env.DATABASE_URL, async (db) => {
    const { rows } = await db.query(
      `SELECT relname FROM pg_class WHERE relkind = 'r' AND relpages > 100 AND relallvisible < relpages * 0.9
       AND (relname = 'cd_complaints' OR relname LIKE 'cd\\_complaints\\_%\\_lnk')`,
    );
    for (const { relname } of rows) await db.query(`VACUUM (ANALYZE) "${relname}"`);
    return rows.map((r) => r.relname);
  });
  if (vacuumed.length) log(`  VACUUM ANALYZE after the boot, which changed rows of ${vacuumed.join(', ')}: ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  const tokenAuth = { authorization: `Bearer ${appReady.apiToken}` };

  const login = expectOk('login', await request('POST', PORT, '/api/auth/local', { body: { identifier: 'director@demo.local', password: process.env.DEMO_PASSWORD || 'Demo-Desk-2026' } }));
  const auth = { authorization: `Bearer ${login.json.jwt}` };
  const teams = expectOk('teams', await request('GET', PORT, `/api/complaint-desk/teams?range=${encodeURIComponent('[0,99]')}`, { headers: auth })).json;
  const team = teams.find((t) => t.code === TEAM);
  if (!team) throw new Error(`No team with code ${TEAM} (teams: ${teams.map((t) => t.code).join(', ')})`);

  const consolePath =
    `/api/complaint-desk/complaints?filter=${encodeURIComponent(JSON.stringify({ teamId: team.id, status: STATUS }))}` +
    `&sort=${encodeURIComponent(JSON.stringify(['slaDueAt', 'ASC']))}&range=${encodeURIComponent(JSON.stringify([0, PAGE - 1]))}`;
  const relations = ['category', 'customer', 'team', 'assignee', 'subjectStaff', 'registeredBy', 'massIncident', 'cftReview', 'slaPolicy'];
  const stockPath =
    `/api/complaint-desk/stock/complaints?filters[team][documentId][$eq]=${encodeURIComponent(team.id)}&filters[status][$eq]=${encodeURIComponent(STATUS)}` +
    `&sort[0]=slaDueAt:asc&sort[1]=id:asc&pagination[start]=0&pagination[limit]=${PAGE}` +
    relations.map((r) => `&populate[${r}][fields][0]=documentId`).join('');
  const rawPath = `/queue?team=${encodeURIComponent(team.id)}&status=${encodeURIComponent(STATUS)}`;
  const rawCountPath = `/queue-count?team=${encodeURIComponent(team.id)}&status=${encodeURIComponent(STATUS)}`;

  // The console's own page statement: the SQL text and bindings the API ran for this page, captured
  // from one request through knex's 'query' event, then handed to the raw SQL server. (The second
  // request of this page: the app runs a page statement unnamed the first time it sees its text.)
  expectOk('console API', await request('GET', PORT, consolePath, { headers: auth }));
  await app.call({ cmd: 'trace', on: true, record: true }, (m) => m.ack, 'trace ack');
  expectOk('console API', await request('GET', PORT, consolePath, { headers: auth }));
  const captured = (await app.call({ cmd: 'stats' }, (m) => m.stats, 'stats')).stats.sql;
  await app.call({ cmd: 'trace', on: false }, (m) => m.ack, 'trace ack');
  const pageStatement = captured.find((q) => q.sql.includes('n_total__n'));
  if (!pageStatement) throw new Error(`No page statement among the console request's ${captured.length} statements`);
  const statement = { sql: pageStatement.sql, bindings: pageStatement.bindings, name: pageStatement.name || null };
  await raw.call({ cmd: 'statement', statement }, (m) => m.ack, 'statement ack');
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  fs.writeFileSync(path.join(root, '.tmp', 'bench-api-console-statement.json'), JSON.stringify(statement, null, 2));
  log(`Console page statement captured (${statement.sql.length} characters, ${statement.bindings.length} bindings${statement.name ? `, run by the app as the prepared statement ${statement.name}` : ', run by the app unnamed (not prepared)'}): .tmp/bench-api-console-statement.json`);

  const allTargets = [
    { key: 'rawCount', label: 'raw SQL, hand-written rows + count', port: RAW_PORT, path: rawCountPath, headers: {}, pid: raw.child.pid },
    { key: 'raw', label: 'raw SQL, hand-written rows, no count', port: RAW_PORT, path: rawPath, headers: {}, pid: raw.child.pid },
    { key: 'rawConsole', label: "raw SQL, the console's own statement", port: RAW_PORT, path: '/console-statement', headers: {}, pid: raw.child.pid },
    { key: 'rawConsolePrepared', label: "raw SQL, the console's own statement, prepared", port: RAW_PORT, path: '/console-statement-prepared', headers: {}, pid: raw.child.pid },
    { key: 'console', label: 'console API', port: PORT, path: consolePath, headers: auth, pid: app.child.pid },
    { key: 'stock', label: 'stock content API', port: PORT, path: stockPath, headers: tokenAuth, pid: app.child.pid },
  ];
  const only = (process.env.BENCH_TARGETS || '').split(',').filter(Boolean);
  const targets = only.length ? allTargets.filter((t) => only.includes(t.key) || t.key === 'console') : allTargets;

  // Same complaints, same order, same total.
  const ids = {};
  const totals = {};
  const totalOf = (res) => Number(/\/(\d+)$/.exec(res.headers['content-range'] || '')?.[1]);
  const c = expectOk('console API', await request('GET', PORT, consolePath, { headers: auth }));
  ids.console = c.json.map((row) => row.id);
  const matching = (totals.console = totalOf(c));
  const sizes = { console: c.text.length };
  for (const t of targets.filter((x) => x.key !== 'console')) {
    const res = expectOk(t.label, await request('GET', t.port, t.path, { headers: t.headers }));
    sizes[t.key] = res.text.length;
    if (t.key === 'stock') {
      ids.stock = res.json.data.map((row) => row.documentId);
      totals.stock = res.json.meta.pagination.total;
    } else if (t.key === 'rawConsole' || t.key === 'rawConsolePrepared') {
      ids[t.key] = res.json.map((row) => row.document_id);
      totals[t.key] = totalOf(res);
    } else {
      ids[t.key] = res.json.map((row) => row.id);
      if (t.key !== 'raw') totals[t.key] = totalOf(res);
    }
  }
  const same = ids.console.length === PAGE && Object.keys(ids).every((k) => JSON.stringify(ids[k]) === JSON.stringify(ids.console));
  if (!same || Object.values(totals).some((n) => n !== matching)) {
    console.error('ERROR: the endpoints do not answer the same queue page; nothing was measured.');
    console.error(`  totals: ${JSON.stringify(totals)}`);
    for (const k of Object.keys(ids)) console.error(`  ${k.padEnd(18)} (${ids[k].length}): ${ids[k].join(' ')}`);
    throw new Error('answers differ');
  }
  log(`Check: ${Object.keys(ids).join(', ')} hold the same ${PAGE} complaint ids in the same order, with the same total (${matching} complaints match team ${TEAM}, status ${STATUS}; ${total} in all).`);
  log(`  answer sizes: ${Object.entries(sizes).map(([k, n]) => `${k} ${n} B`).join(', ')}`);

  // Where the time goes, without load.
  const traces = [];
  for (const target of targets.filter((t) => t.port === PORT)) traces.push(await trace(app, target, TRACE_REQUESTS));
  for (const t of traces) {
    log(`  ${t.label}: ${t.queries.toFixed(1)} SQL statements per request; per sequential request ${fmt(t.wallMs)} ms, statements' durations summed ${fmt(t.sqlMs)} ms (some run in parallel)`);
    if (process.env.BENCH_TRACE === '1') t.sql.forEach((q, i) => log(`    ${String(i + 1).padStart(2)}. ${fmt(q.ms).padStart(6)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 300)}`));
  }

  // Load.
  const results = {};
  for (const target of targets) {
    log(`Measuring ${target.label}: ${WARMUP} s warm-up, then ${DURATION} s with ${CONNECTIONS} connections…`);
    results[target.key] = await measure(target);
    await sleep(DRAIN_MS); // requests autocannon abandoned at the end finish before the next target starts
    const m = results[target.key];
    log(`  ${m.requests} requests, ${m.rps.toFixed(0)} req/s, p50 ${fmt(m.p50)} ms, p95 ${fmt(m.p95)} ms, p99 ${fmt(m.p99)} ms; ${cpuText(m)}`);
  }
  // Optional: a CPU profile of the app under the console API's load (after the measurements: profiling slows it).
  let profileSummary = null;
  if (PROFILE > 0) {
    const target = targets.find((t) => t.key === 'console');
    const file = path.join(root, '.tmp', `bench-api-console-${runStarted.toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    log(`Profiling the app under the console API's load for ${PROFILE} s…`);
    await app.call({ cmd: 'profile-start' }, (m) => m.ack, 'profiler start');
    await cannon(target, PROFILE, false);
    const done = await app.call({ cmd: 'profile-stop', file }, (m) => m.profiled, 'profile');
    if (done.error) throw new Error(`CPU profile failed: ${done.error}`);
    await sleep(DRAIN_MS);
    profileSummary = summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')));
    log(`  CPU profile written to ${path.relative(root, file)} (open it in Chrome DevTools); self time by package:`);
    for (const [name, share] of profileSummary.packages.slice(0, 12)) log(`    ${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
    log('  top functions by self time:');
    for (const [name, share] of profileSummary.functions.slice(0, 15)) log(`    ${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
  clearTimeout(deadline);

  // Every raw baseline's ratio is reported, each named.
  const BASELINES = [
    ['rawConsolePrepared', "the console's own statement, prepared (named)"],
    ['rawConsole', "the console's own statement, unnamed (planned on every run)"],
    ['rawCount', 'hand-written rows + count'],
    ['raw', 'hand-written rows, no count'],
  ].filter(([k]) => results[k]);
  const ratios = Object.fromEntries(BASELINES.map(([k]) => [k, results.console.p95 / results[k].p95]));
  if (results.stock) ratios.stock = results.console.p95 / results.stock.p95;
  const lines = [
    '',
    `Run ${runStarted.toISOString()}: ${total} complaints, ${matching} match the page's filter; ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per target; load average before ${loadBefore.toFixed(2)}; code ${code}.`,
    '',
    '| target | p50 | p95 | p99 | req/s | console p95 / this p95 | CPU per request: server / PostgreSQL / autocannon |',
    '|---|---|---|---|---|---|---|',
    ...targets.map((t) => {
      const m = results[t.key];
      const c = m.cpuPerRequestMs;
      const cpu = c.server === null ? 'n/a' : `${fmt(c.server)} / ${fmt(c.postgres)} / ${fmt(c.autocannon)} ms`;
      return `| ${t.label} | ${fmt(m.p50)} ms | ${fmt(m.p95)} ms | ${fmt(m.p99)} ms | ${m.rps.toFixed(0)} | ${(results.console.p95 / m.p95).toFixed(2)} | ${cpu} |`;
    }),
    '',
    ...BASELINES.map(([k, what]) => `console API p95 / raw SQL p95, baseline = ${what}: ${ratios[k].toFixed(2)} (target ≤ 2): ${ratios[k] <= 2 ? 'met' : 'NOT met'}`),
    ...(results.stock ? [`console API p95 / stock API p95 = ${ratios.stock.toFixed(2)} (target < 1): ${ratios.stock < 1 ? 'met' : 'NOT met'}`] : []),
    ...traces.map((t) => `${t.label}: ${t.queries.toFixed(1)} SQL statements per request; sequential request ${fmt(t.wallMs)} ms, SQL durations summed ${fmt(t.sqlMs)} ms`),
  ];
  log(lines.join('\n'));

  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const file = path.join(root, '.tmp', `bench-api-${runStarted.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ runStarted, total, matching, team: TEAM, status: STATUS, connections: CONNECTIONS, duration: DURATION, warmup: WARMUP, loadBefore, code, database: bench.DB, stockShims: appReady.shims, consoleStatement: statement, results, traces, profile: profileSummary && { packages: profileSummary.packages.slice(0, 30), functions: profileSummary.functions.slice(0, 50) }, ratios, baselines: BASELINES }, null, 2));
  log(`\nResults written to ${path.relative(root, file)}`);
}

process.on('SIGINT', () => stopChildren().finally(() => process.exit(130)));
main()
  .then(() => stopChildren())
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(err && err.message ? `bench:api failed: ${err.message}` : err);
    await stopChildren();
    process.exit(1);
  });
