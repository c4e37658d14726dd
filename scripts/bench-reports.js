#!/usr/bin/env node
'use strict';
/**
 * npm run bench:reports — every report of GET /api/complaint-desk/reports/{name} for a one-year
 * period on the PostgreSQL bench database (BENCH_DB, default complaint_desk_bench: 1,000,000
 * complaints, scripts/bench-seed.js), against the same aggregation written by hand in SQL and run
 * in the same process through node-pg.
 *
 * - Data: the reports' rows are added first when missing (bench-seed.js `seedReportData`: root
 *   causes on complaints, regulator classes, corrective actions, surveys); the app boots against the
 *   database once, which brings its schema up to date.
 * - Each report: BENCH_WARMUP (default 3) requests discarded, then BENCH_RUNS (default 20) sequential
 *   requests as the director (all figures, no team scope), period [now − 1 year, now). The hand SQL
 *   is run the same number of times, interleaved with the app's requests. p50 and p95 are exact
 *   over the runs. Budget: p95 ≤ 500 ms and ≤ 1.5× the hand SQL's p95.
 * - The results are printed as a table and written to .tmp/bench-reports-<time>.json.
 * - `--sqlite` (npm run bench:reports -- --sqlite): the same reports on SQLite with BENCH_SQLITE_ROWS
 *   (default 100,000) complaints, budget p95 ≤ 3 s (see sqliteMain).
 * Loopback only. Settings: BENCH_REPORTS (names, comma-separated; default all), BENCH_RUNS, BENCH_WARMUP, BENCH_PORT (default 1399), DATABASE_URL.
 */
const fs = require('fs');
const path = require('path');
const { Client } = require('pg');
const bench = require('./bench-seed');

const root = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 20);
const WARMUP = Number(process.env.BENCH_WARMUP || 3);
const PORT = Number(process.env.BENCH_PORT || 1399);
const BUDGET_MS = 500;
const BUDGET_RATIO = 1.5;
const SQLITE_BUDGET_MS = 3000;
const SQLITE_ROWS = Number(process.env.BENCH_SQLITE_ROWS || 100000);

/** The hand-written aggregations: what each report computes, as one might write it directly. */
const HAND_SQL = {
  'root-causes': [
    `SELECT l.root_cause_id, count(*) FROM cd_complaints c JOIN cd_complaints_root_causes_lnk l ON l.complaint_id = c.id
     WHERE c.received_at >= $1 AND c.received_at < $2 GROUP BY 1`,
  ],
  trends: [
    `SELECT date_trunc('month', c.received_at) AS m, count(*) FROM cd_complaints c WHERE c.received_at >= $1 AND c.received_at < $2 GROUP BY 1`,
    `SELECT date_trunc('month', c.resolved_at) AS m, count(*) FROM cd_complaints c WHERE c.resolved_at >= $1 AND c.resolved_at < $2 GROUP BY 1`,
  ],
  'sla-compliance': [
    `SELECT c.queue_team_id,
       ${['acknowledgment_due_at:acknowledged_at', 'assessment_due_at:assessment_met_at', 'evaluation_due_at:evaluation_met_at', 'resolution_due_at:resolution_met_at']
         .map((p) => p.split(':'))
         .map(([d, m]) => `count(*) FILTER (WHERE ${m} <= ${d}), count(*) FILTER (WHERE ${m} > ${d} OR (${m} IS NULL AND ${d} < now())), count(*) FILTER (WHERE ${m} IS NULL AND ${d} >= now())`)
         .join(',\n       ')}
     FROM cd_complaints c WHERE c.received_at >= $1 AND c.received_at < $2 GROUP BY 1`,
  ],
  'capa-effectiveness': [
    `SELECT a.id, count(*) FILTER (WHERE c.received_at < a.implemented_at), count(*) FILTER (WHERE c.received_at >= a.implemented_at)
     FROM cd_corrective_actions a
     JOIN cd_corrective_actions_root_cause_lnk ar ON ar.corrective_action_id = a.id
     JOIN cd_complaints_root_causes_lnk l ON l.root_cause_id = ar.root_cause_id
     JOIN cd_complaints c ON c.id = l.complaint_id
       AND c.received_at >= a.implemented_at - make_interval(days => coalesce(a.verification_window_days, 90))
       AND c.received_at < a.implemented_at + make_interval(days => coalesce(a.verification_window_days, 90))
     WHERE a.implemented_at >= $1 AND a.implemented_at < $2 GROUP BY a.id`,
  ],
  'first-contact-resolution': [
    `SELECT c.channel, count(*), count(*) FILTER (WHERE c.status <> 'open_external' AND c.escalation_level = 'line1' AND coalesce(c.response_round, 1) = 1 AND r.complaint_id IS NULL)
     FROM cd_complaints c LEFT JOIN cd_complaints_cft_review_lnk r ON r.complaint_id = c.id
     WHERE c.received_at >= $1 AND c.received_at < $2 AND c.status IN ('resolved', 'closed', 'open_external') GROUP BY 1`,
  ],
  satisfaction: [
    `SELECT s.result_score, s.process_score, count(*) FROM cd_surveys s JOIN cd_surveys_complaint_lnk l ON l.survey_id = s.id
     WHERE s.created_at >= $1 AND s.created_at < $2 GROUP BY 1, 2`,
  ],
  'repeat-complainants': [
    `SELECT l.customer_id, count(*) AS n, min(c.received_at), max(c.received_at) AS last FROM cd_complaints c JOIN cd_complaints_customer_lnk l ON l.complaint_id = c.id
     WHERE c.received_at >= $1 AND c.received_at < $2 GROUP BY 1 HAVING count(*) >= 2 ORDER BY n DESC, last DESC LIMIT 100`,
  ],
  regulator: [
    `SELECT l.category_id, count(*) FROM cd_complaints c LEFT JOIN cd_complaints_category_lnk l ON l.complaint_id = c.id
     WHERE c.received_at >= $1 AND c.received_at < $2 GROUP BY 1`,
  ],
  'mass-incidents': [
    `SELECT l.mass_incident_id, count(*), count(*) FILTER (WHERE c.status NOT IN ('resolved', 'closed', 'rejected', 'open_external'))
     FROM cd_complaints c JOIN cd_complaints_mass_incident_lnk l ON l.complaint_id = c.id
     WHERE c.received_at >= $1 AND c.received_at < $2 GROUP BY 1`,
  ],
};

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;

/** Every report through the app's HTTP route: p50 and p95 of RUNS requests after WARMUP (and the hand SQL when given). */
async function measureReports(app, { from, to, handSql, log }) {
  app.server.mount();
  await new Promise((resolve) => app.server.httpServer.listen(PORT, '127.0.0.1', resolve));
  const director = await app.db.query('plugin::users-permissions.user').findOne({ where: { email: 'director@demo.local' } });
  if (!director) throw new Error('No director@demo.local in the database');
  const jwt = await app.plugin('users-permissions').service('jwt').issue({ id: director.id });
  const results = [];
  const only = process.env.BENCH_REPORTS ? process.env.BENCH_REPORTS.split(',') : Object.keys(HAND_SQL);
  for (const name of only) {
    const url = `http://127.0.0.1:${PORT}/api/complaint-desk/reports/${name}?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
    const callApp = async () => {
      const t = process.hrtime.bigint();
      const res = await fetch(url, { headers: { Authorization: `Bearer ${jwt}` } });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(body)}`);
      return { ms: ms(t), rows: body.rows.length };
    };
    const callSql = handSql
      ? async () => {
          const t = process.hrtime.bigint();
          for (const sql of HAND_SQL[name]) await handSql(sql, [from, to]);
          return ms(t);
        }
      : null;
    for (let i = 0; i < WARMUP; i += 1) {
      await callApp();
      if (callSql) await callSql();
    }
    const appMs = [];
    const sqlMs = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const a = await callApp();
      rows = a.rows;
      appMs.push(a.ms);
      if (callSql) sqlMs.push(await callSql());
    }
    appMs.sort((a, b) => a - b);
    sqlMs.sort((a, b) => a - b);
    const r = { name, rows, appP50: percentile(appMs, 0.5), appP95: percentile(appMs, 0.95) };
    if (callSql) {
      Object.assign(r, { sqlP50: percentile(sqlMs, 0.5), sqlP95: percentile(sqlMs, 0.95) });
      r.ratio = r.appP95 / r.sqlP95;
      r.ok = r.appP95 <= BUDGET_MS && r.ratio <= BUDGET_RATIO;
      log(`  ${name.padEnd(26)} rows ${String(rows).padStart(4)}  app p50 ${r.appP50.toFixed(1).padStart(7)} p95 ${r.appP95.toFixed(1).padStart(7)} ms   hand SQL p50 ${r.sqlP50.toFixed(1).padStart(7)} p95 ${r.sqlP95.toFixed(1).padStart(7)} ms   ×${r.ratio.toFixed(2)}  ${r.ok ? 'ok' : 'OVER BUDGET'}`);
    } else {
      r.ok = r.appP95 <= SQLITE_BUDGET_MS;
      log(`  ${name.padEnd(26)} rows ${String(rows).padStart(4)}  app p50 ${r.appP50.toFixed(1).padStart(7)} p95 ${r.appP95.toFixed(1).padStart(7)} ms  ${r.ok ? 'ok' : 'OVER BUDGET'}`);
    }
    results.push(r);
  }
  return results;
}

async function closeServer(app) {
  const server = app.server.httpServer;
  if (server.listening) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

/**
 * `--sqlite`: a fresh SQLite file (.tmp/bench-reports.db) with the demo seed, its complaints copied
 * (doubling) up to SQLITE_ROWS with receipts spread over two years, each copy linked to a category,
 * a customer and a root cause by its id (a deterministic spread); then every report for the last
 * year. Budget: p95 ≤ 3 s.
 */
async function sqliteMain(log) {
  const file = path.join(root, '.tmp', 'bench-reports.db');
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
  const env = bench.appEnv();
  delete env.DATABASE_URL;
  Object.assign(process.env, env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file, DEMO_SEED_ON_START: 'true' });
  const { loadApp, closeApp } = require('./strapi-app');
  const { app } = await loadApp();
  try {
    const knex = app.db.connection;
    const t = Date.now();
    const cols = (await knex.raw('PRAGMA table_info(cd_complaints)')).map((c) => c.name).filter((c) => c !== 'id');
    const copied = cols.map((c) =>
      c === 'document_id' ? 'lower(hex(randomblob(12)))' : c === 'tracking_code' ? "'S' || lower(hex(randomblob(6)))" : c === 'received_at' ? `${Date.now()} - abs(random() % ${2 * 365 * 86_400_000})` : c,
    );
    for (;;) {
      const [{ n }] = await knex('cd_complaints').count({ n: '*' });
      if (Number(n) >= SQLITE_ROWS) break;
      await knex.raw(`INSERT INTO cd_complaints (${cols.join(', ')}) SELECT ${copied.join(', ')} FROM cd_complaints LIMIT ?`, [SQLITE_ROWS - Number(n)]);
    }
    const spread = async (table, target, rows) => {
      await knex.raw(
        `INSERT INTO ${table} (complaint_id, ${target}) SELECT c.id, t.id FROM cd_complaints c
         JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM (${rows})) t ON t.k = c.id % (SELECT count(*) FROM (${rows}))
         WHERE NOT EXISTS (SELECT 1 FROM ${table} l WHERE l.complaint_id = c.id)`,
      );
    };
    await spread('cd_complaints_category_lnk', 'category_id', "SELECT id FROM cd_categories WHERE locale = 'en'");
    await spread('cd_complaints_customer_lnk', 'customer_id', 'SELECT id FROM cd_customers');
    await spread('cd_complaints_root_causes_lnk', 'root_cause_id', 'SELECT id FROM cd_root_causes');
    await knex.raw('ANALYZE');
    const [{ n }] = await knex('cd_complaints').count({ n: '*' });
    log(`SQLite ${path.relative(root, file)}: ${n} complaints (${((Date.now() - t) / 1000).toFixed(1)} s to copy); ${RUNS} runs after ${WARMUP} warm-up`);
    const to = new Date();
    const from = new Date(to);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    const results = await measureReports(app, { from, to, log });
    const out = path.join(root, '.tmp', `bench-reports-sqlite-${Date.now()}.json`);
    fs.writeFileSync(out, JSON.stringify({ client: 'sqlite', complaints: Number(n), from, to, runs: RUNS, warmup: WARMUP, results }, null, 2));
    log(`Written to ${path.relative(root, out)}`);
    return results.every((r) => r.ok);
  } finally {
    await closeServer(app);
    await closeApp(app);
  }
}

async function main() {
  const log = console.log;
  Object.assign(process.env, bench.appEnv(), { DEMO_SEED_ON_START: 'false' });
  const { loadApp, closeApp } = require('./strapi-app');
  const { app } = await loadApp();
  const client = new Client({ connectionString: bench.benchUrl() });
  await client.connect();
  try {
    await bench.seedReportData(client, log);
    const to = new Date();
    const from = new Date(to);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    const { rows: [{ n: inPeriod }] } = await client.query('SELECT count(*)::int AS n FROM cd_complaints WHERE received_at >= $1 AND received_at < $2', [from, to]);
    log(`Period ${from.toISOString()} – ${to.toISOString()}: ${inPeriod} complaints; ${RUNS} runs after ${WARMUP} warm-up`);
    const results = await measureReports(app, { from, to, log, handSql: (sql, params) => client.query(sql, params) });
    const file = path.join(root, '.tmp', `bench-reports-${Date.now()}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ from, to, inPeriod, runs: RUNS, warmup: WARMUP, loadBefore: require('os').loadavg(), results }, null, 2));
    log(`Written to ${path.relative(root, file)}`);
    return results.every((r) => r.ok);
  } finally {
    await client.end();
    await closeServer(app);
    await closeApp(app);
  }
}

(process.argv.includes('--sqlite') ? sqliteMain(console.log) : main())
  .then((ok) => process.exit(ok ? 0 : 1))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
