#!/usr/bin/env node
'use strict';
/**
 * npm run bench:seed — the PostgreSQL database `npm run bench:api` measures.
 *
 * 1. drops and creates the database (BENCH_DB, default complaint_desk_bench) on the server named by
 *    DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; loopback only);
 * 2. boots the app once against it, so that Strapi creates the schema and the demo seed runs
 *    (staff users, teams, categories, customers, SLA policy and 320 complaints);
 * 3. bulk-inserts complaints with SQL up to BENCH_ROWS in total (default 1,000,000).
 *
 * Each bench complaint is a copy of a demo complaint of the status it gets (the "template"), so its
 * columns are as coherent as the demo's: the same SLA stage fields for that status, with every
 * timestamp moved back by a random offset (open complaints: up to 10 days, so due dates spread
 * over about a month; finished ones: up to 2 years). Statuses follow a closed-heavy mix (STATUS_MIX).
 * Each row gets its own document_id (24 characters), a tracking code 'B' + 10 digits + the check
 * symbol of domain/tracking-code.ts, created_at = updated_at = published_at = received_at and
 * locale NULL, like the rows the Document Service writes. Relations are link rows as Strapi 5
 * writes them: team, category, assignee, registered by, subject staff and SLA policy as in the
 * template; customers round-robin over the demo customers; no mass incident or CFT review.
 * Then VACUUM ANALYZE. The database is kept for bench:api. Prints timings.
 *
 * Usable as a module: `seedBench({ log })` returns the database URL.
 */
const path = require('path');
const { randomBytes } = require('crypto');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');
const DB = process.env.BENCH_DB || 'complaint_desk_bench';
const ROWS = Number(process.env.BENCH_ROWS || 1000000);
const CHUNK = Number(process.env.BENCH_CHUNK || 100000);

/** Share of each status among the bench complaints (most complaints of a real desk are finished). */
const STATUS_MIX = {
  closed: 55,
  resolved: 8,
  rejected: 5,
  open_external: 2,
  received: 4,
  in_assessment: 5,
  investigating: 8,
  response_proposed: 3,
  pending_approval: 3,
  awaiting_customer: 4,
  implementing: 3,
};

/** Link tables copied from the template complaint (table suffix → target column). */
const COPIED_LINKS = { team: 'team_id', category: 'category_id', assignee: 'user_id', registered_by: 'user_id', subject_staff: 'user_id', sla_policy: 'sla_policy_id' };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function serverUrl() {
  const url = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  if (!LOOPBACK.has(url.hostname)) throw new Error(`The benchmark runs on loopback only; DATABASE_URL names ${url.hostname}.`);
  return url;
}

function benchUrl() {
  const url = serverUrl();
  url.pathname = `/${DB}`;
  return url.toString();
}

async function withClient(connectionString, fn) {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Secrets for a non-production boot that writes nothing to .tmp/dev-secrets.json. */
function benchSecrets() {
  const r = () => randomBytes(24).toString('base64');
  return { APP_KEYS: `${r()},${r()}`, API_TOKEN_SALT: r(), ADMIN_JWT_SECRET: r(), TRANSFER_TOKEN_SALT: r(), JWT_SECRET: r(), ENCRYPTION_KEY: r() };
}

/** Environment of an app boot against the bench database (also used by bench-api.js). */
function appEnv() {
  const env = {
    NODE_ENV: 'development',
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: benchUrl(),
    DEMO_SEED_ON_START: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    // No SLA sweeps in the measured server: a sweep that fires mid-run writes tens of thousands of
    // rows and leaves pages not all-visible (one can fire 70,000 events during bench:api's console
    // run).
    SLA_SWEEP_INTERVAL_MS: '0',
    ENV_PATH: path.join(root, '.tmp', 'bench-none.env'),
  };
  for (const [k, v] of Object.entries(benchSecrets())) env[k] = process.env[k] || v;
  return env;
}

const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

async function bootOnce(log) {
  const t = Date.now();
  Object.assign(process.env, appEnv());
  const { loadApp, closeApp } = require('./strapi-app');
  const { app } = await loadApp();
  await closeApp(app);
  log(`  app boot, schema and demo seed: ${seconds(t)}`);
}

async function bulkInsert(client, log) {
  await client.query('SET synchronous_commit = off');
  const { rows: [{ existing, base }] } = await client.query('SELECT count(*)::int AS existing, coalesce(max(id), 0)::int AS base FROM cd_complaints');
  const n = ROWS - existing;
  if (n <= 0) {
    log(`  ${existing} complaints already, nothing to insert`);
    return 0;
  }
  const { rows: [{ customers }] } = await client.query('SELECT array_agg(id ORDER BY id) AS customers FROM cd_customers');
  if (!customers || !customers.length) throw new Error('The demo seed created no customers: is DEMO_SEED_ON_START honoured?');

  // The plan: one row per bench complaint with its id, template, time offset and customer.
  let t = Date.now();
  const mix = Object.entries(STATUS_MIX);
  await client.query('DROP TABLE IF EXISTS bench_plan');
  await client.query(
    `CREATE UNLOGGED TABLE bench_plan AS
     WITH tmpl AS (
       SELECT id, status, (sla_due_at IS NULL) AS finished,
              row_number() OVER (PARTITION BY status ORDER BY id) AS rn, count(*) OVER (PARTITION BY status) AS cnt
       FROM cd_complaints WHERE id <= $1
     ), st AS (
       SELECT m.status, sum(m.weight) OVER (ORDER BY m.status) - m.weight AS lo, sum(m.weight) OVER (ORDER BY m.status) AS hi,
              sum(m.weight) OVER () AS tot, c.cnt
       FROM unnest($2::text[], $3::int[]) AS m(status, weight)
       JOIN (SELECT DISTINCT status, cnt FROM tmpl) c ON c.status = m.status
     ), g AS (
       SELECT n, random() AS r_status, random() AS r_tmpl, random() AS r_shift FROM generate_series(1, $4::int) AS n
     )
     SELECT g.n, $1::int + g.n AS id, t.id AS tmpl_id,
            make_interval(secs => round(g.r_shift * (CASE WHEN t.finished THEN 730 ELSE 10 END) * 86400000) / 1000.0) AS shift,
            ($5::int[])[1 + (g.n % cardinality($5::int[]))] AS customer_id,
            'B' || lpad(g.n::text, 10, '0') || substr('0123456789ABCDEFGHJKMNPQRSTVWXY', (1 + (((31 - ((11 + (
              SELECT sum(substr(lpad(g.n::text, 10, '0'), j, 1)::int * (j + 1)) FROM generate_series(1, 10) AS j)) % 31)) % 31) * 13) % 31)::int, 1) AS tracking_code
     FROM g
     JOIN st ON g.r_status * st.tot >= st.lo AND g.r_status * st.tot < st.hi
     JOIN tmpl t ON t.status = st.status AND t.rn = 1 + floor(g.r_tmpl * st.cnt)::int`,
    [base, mix.map((m) => m[0]), mix.map((m) => m[1]), n, customers],
  );
  await client.query('CREATE UNIQUE INDEX ON bench_plan (n)');
  const { rows: [{ planned }] } = await client.query('SELECT count(*)::int AS planned FROM bench_plan');
  if (planned !== n) throw new Error(`Planned ${planned} complaints instead of ${n} (does the demo seed have a complaint of every status in STATUS_MIX?)`);
  log(`  plan of ${n} complaints: ${seconds(t)}`);

  // Columns: copied from the template; timestamps moved by the row's offset.
  const { rows: cols } = await client.query(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'cd_complaints' ORDER BY ordinal_position`,
  );
  const own = {
    id: 'p.id',
    document_id: `substr(md5('complaint-desk-bench-' || p.n), 1, 24)`,
    tracking_code: 'p.tracking_code',
    description: `regexp_replace(t.description, '\\(demo #\\d+\\)$', '(bench #' || p.n || ')')`,
    created_at: 't.received_at - p.shift',
    updated_at: 't.received_at - p.shift',
    published_at: 't.received_at - p.shift',
    created_by_id: 'NULL',
    updated_by_id: 'NULL',
    locale: 'NULL',
  };
  const exprs = cols.map((c) => own[c.name] ?? (c.type.startsWith('timestamp') ? `t.${c.name} - p.shift` : `t.${c.name}`));
  const insert = `INSERT INTO cd_complaints (${cols.map((c) => `"${c.name}"`).join(', ')})
    SELECT ${exprs.join(', ')} FROM bench_plan p JOIN cd_complaints t ON t.id = p.tmpl_id
    WHERE p.n BETWEEN $1 AND $2 ORDER BY p.n`;
  t = Date.now();
  for (let from = 1; from <= n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK - 1);
    await client.query(insert, [from, to]);
    log(`  complaints ${existing + to} / ${ROWS} (${seconds(t)})`);
  }
  await client.query(`SELECT setval(pg_get_serial_sequence('cd_complaints', 'id'), (SELECT max(id) FROM cd_complaints))`);

  t = Date.now();
  for (const [name, column] of Object.entries(COPIED_LINKS)) {
    const table = `cd_complaints_${name}_lnk`;
    const { rows: exists } = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1', [table]);
    if (!exists.length) continue;
    const r = await client.query(
      `INSERT INTO ${table} (complaint_id, ${column}) SELECT p.id, l.${column} FROM bench_plan p JOIN ${table} l ON l.complaint_id = p.tmpl_id ORDER BY p.id`,
    );
    log(`  ${table}: ${r.rowCount} rows (${seconds(t)})`);
  }
  const r = await client.query(
    `INSERT INTO cd_complaints_customer_lnk (complaint_id, customer_id, complaint_ord)
     SELECT p.id, p.customer_id, 1000 + p.n FROM bench_plan p ORDER BY p.id`,
  );
  log(`  cd_complaints_customer_lnk: ${r.rowCount} rows (${seconds(t)})`);
  // A synchronous commit flushes the WAL of the asynchronous ones before it: VACUUM can then set
  // hint bits and mark pages all-visible (index-only scans), as on a database that has been live a while.
  await client.query('SET synchronous_commit = on');
  await client.query('DROP TABLE bench_plan');
  return n;
}

/** Categories mapped to the regulator's five classes (subcategories inherit; the rest stay unmapped). */
const REGULATOR_MAP = {
  'regulator.support': 'support',
  'regulator.financial': 'financial',
  'regulator.contract': 'contract',
  'regulator.service-quality': 'service_quality',
  'regulator.service-not-provided': 'service_not_provided',
  'general.billing': 'financial',
  'general.network-fault': 'service_quality',
  'general.service-quality': 'service_quality',
  'touchpoint.billing-system': 'financial',
  'touchpoint.tariff-changes': 'contract',
  'product.value-added-services': 'contract',
};

/**
 * What the reports read, added to an existing bench database without reseeding (`npm run bench:seed
 * -- --reports`, and bench:reports before it measures). Each step writes only what is missing, so
 * a second run changes nothing. Needs the app's current schema (the category's regulator_class
 * column): boot the app against the database first.
 * - root causes: every complaint past assessment without one gets one, drawn with a Pareto-like skew
 *   (the first causes most often), and one in seven a second;
 * - regulator classes on the categories of REGULATOR_MAP where unset (all locale rows);
 * - 24 corrective actions ("Bench CAPA n"), implemented one a month over the last two years, each
 *   with a root cause, half with a category;
 * - a survey for every fifth closed complaint (scores skewed high), recorded 10 days after receipt.
 */
async function seedReportData(client, log = console.log) {
  let t = Date.now();
  const { rows: causes } = await client.query('SELECT id FROM cd_root_causes ORDER BY id');
  if (!causes.length) throw new Error('No root causes in the bench database: boot the app with the demo seed first.');
  const ids = causes.map((c) => c.id);
  // The complaints to link are collected first: an INSERT … WHERE NOT EXISTS on the table it fills
  // is planned on its empty statistics (a nested loop over the growing table: quadratic).
  await client.query('DROP TABLE IF EXISTS bench_rc_todo');
  await client.query(
    `CREATE TEMP TABLE bench_rc_todo AS
     SELECT c.id FROM cd_complaints c
     LEFT JOIN (SELECT DISTINCT complaint_id FROM cd_complaints_root_causes_lnk) l ON l.complaint_id = c.id
     WHERE c.status NOT IN ('received', 'in_assessment', 'rejected') AND l.complaint_id IS NULL`,
  );
  const links = await client.query(
    `INSERT INTO cd_complaints_root_causes_lnk (complaint_id, root_cause_id, root_cause_ord)
     SELECT t.id, ($1::int[])[1 + floor(power(random(), 2.5) * $2)::int], 1 FROM bench_rc_todo t ORDER BY t.id`,
    [ids, ids.length],
  );
  let second = { rowCount: 0 };
  if (links.rowCount > 0) {
    second = await client.query(
      `INSERT INTO cd_complaints_root_causes_lnk (complaint_id, root_cause_id, root_cause_ord)
       SELECT l.complaint_id, ($1::int[])[1 + ((array_position($1::int[], l.root_cause_id) + 2) % $2)], 2
       FROM bench_rc_todo t JOIN cd_complaints_root_causes_lnk l ON l.complaint_id = t.id
       WHERE t.id % 7 = 0
       ON CONFLICT DO NOTHING`,
      [ids, ids.length],
    );
  }
  log(`  root-cause links: ${links.rowCount} + ${second.rowCount} second causes (${seconds(t)})`);

  t = Date.now();
  const codes = Object.keys(REGULATOR_MAP);
  const mapped = await client.query(
    `UPDATE cd_categories k SET regulator_class = m.cls
     FROM unnest($1::text[], $2::text[]) AS m(code, cls)
     WHERE k.code = m.code AND k.regulator_class IS NULL`,
    [codes, codes.map((c) => REGULATOR_MAP[c])],
  );
  log(`  regulator classes: ${mapped.rowCount} category rows (${seconds(t)})`);

  t = Date.now();
  const { rows: [{ n: existing }] } = await client.query(`SELECT count(*)::int AS n FROM cd_corrective_actions WHERE title LIKE 'Bench CAPA %'`);
  if (existing === 0) {
    const { rows: roots } = await client.query(`SELECT id FROM cd_categories WHERE locale = 'en' AND code IN ('general.billing', 'general.network-fault', 'regulator', 'product') ORDER BY id`);
    for (let i = 0; i < 24; i += 1) {
      const { rows: [a] } = await client.query(
        `INSERT INTO cd_corrective_actions (document_id, title, kind, status, implemented_at, verification_window_days, effectiveness_result, created_at, updated_at, published_at)
         VALUES (substr(md5(random()::text), 1, 24), $1, 'corrective', $2, now() - make_interval(days => $3), $4, $5, now(), now(), now()) RETURNING id`,
        [`Bench CAPA ${i + 1}`, i < 3 ? 'implemented' : 'verification', 15 + i * 30, i % 3 === 0 ? 60 : 90, i < 3 ? null : i % 4 === 0 ? 'ineffective' : 'effective'],
      );
      await client.query('INSERT INTO cd_corrective_actions_root_cause_lnk (corrective_action_id, root_cause_id) VALUES ($1, $2)', [a.id, ids[i % ids.length]]);
      if (i % 2 === 0 && roots.length) await client.query('INSERT INTO cd_corrective_actions_category_lnk (corrective_action_id, category_id) VALUES ($1, $2)', [a.id, roots[(i / 2) % roots.length].id]);
    }
  }
  log(`  corrective actions: ${existing === 0 ? 24 : 0} added (${seconds(t)})`);

  t = Date.now();
  const surveys = await client.query(
    `WITH picked AS (
       SELECT c.id, c.received_at FROM cd_complaints c
       WHERE c.status = 'closed' AND c.id % 5 = 0
         AND c.id NOT IN (SELECT complaint_id FROM cd_surveys_complaint_lnk WHERE complaint_id IS NOT NULL)
     ), made AS (
       INSERT INTO cd_surveys (document_id, result_score, process_score, round, created_at, updated_at, published_at)
       SELECT substr(md5(random()::text), 1, 24), 5 - floor(power(random(), 2) * 5)::int, 5 - floor(power(random(), 1.5) * 5)::int, 1,
              p.received_at + interval '10 days', p.received_at + interval '10 days', p.received_at + interval '10 days'
       FROM picked p ORDER BY p.id
       RETURNING id
     ), numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM made),
        targets AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM picked)
     INSERT INTO cd_surveys_complaint_lnk (survey_id, complaint_id, survey_ord)
     SELECT m.id, p.id, 1 FROM numbered m JOIN targets p USING (n)`,
  );
  log(`  surveys: ${surveys.rowCount} added (${seconds(t)})`);

  t = Date.now();
  for (const table of ['cd_complaints_root_causes_lnk', 'cd_categories', 'cd_corrective_actions', 'cd_surveys', 'cd_surveys_complaint_lnk']) await client.query(`VACUUM (ANALYZE) ${table}`);
  log(`  VACUUM ANALYZE: ${seconds(t)}`);
}

async function seedBench({ log = console.log } = {}) {
  const started = Date.now();
  const server = serverUrl().toString();
  log(`Bench database ${DB}: ${ROWS} complaints`);
  await withClient(server, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${DB}"`);
  });
  await bootOnce(log);
  await withClient(benchUrl(), async (client) => {
    await bulkInsert(client, log);
    let t = Date.now();
    // The queue's team is mirrored on the row (queue_team_id), as the app keeps it. The copies already
    // carry their template's value with their template's team link; only rows that differ are updated
    // (an UPDATE of every row would leave a million dead tuples and a table twice the size).
    const mirrored = await client.query(
      `UPDATE cd_complaints c SET queue_team_id = l.team_id FROM cd_complaints_team_lnk l
       WHERE l.complaint_id = c.id AND c.queue_team_id IS DISTINCT FROM l.team_id`,
    );
    log(`  queue_team_id: ${mirrored.rowCount} rows updated (${seconds(t)})`);
    t = Date.now();
    await client.query('SET synchronous_commit = on');
    await client.query('VACUUM (ANALYZE) cd_complaints');
    const { rows: links } = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'cd\\_complaints\\_%\\_lnk'`);
    for (const { table_name: table } of links) await client.query(`VACUUM (ANALYZE) ${table}`);
    await client.query('ANALYZE');
    log(`  VACUUM ANALYZE: ${seconds(t)}`);
    await seedReportData(client, log);

    // Sanity: counts and links.
    const { rows: [s] } = await client.query(
      `SELECT count(*)::int AS total, count(DISTINCT document_id)::int AS docs, count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
              (SELECT count(*)::int FROM cd_complaints_team_lnk) AS team_links
       FROM cd_complaints`,
    );
    if (s.total !== s.docs || s.unpublished || s.team_links !== s.total) throw new Error(`Bench data inconsistent: ${JSON.stringify(s)}`);
    const { rows: hidden } = await client.query(
      `SELECT relname FROM pg_class WHERE relkind = 'r' AND relpages > 100 AND relallvisible < relpages * 0.9 AND (relname = 'cd_complaints' OR relname LIKE 'cd\\_complaints\\_%\\_lnk')`,
    );
    if (hidden.length) log(`  warning: VACUUM left pages not all-visible in ${hidden.map((h) => h.relname).join(', ')}`);
    const { rows: [size] } = await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    log(`Bench database ready in ${seconds(started)}: ${s.total} complaints, ${size.size}`);
  });
  return benchUrl();
}

module.exports = { seedBench, seedReportData, bootOnce, benchUrl, serverUrl, appEnv, withClient, DB, ROWS };

if (require.main === module && process.argv.includes('--reports')) {
  // The reports' data on the existing database: boot once (schema), then the missing rows.
  bootOnce(console.log)
    .then(() => withClient(benchUrl(), (client) => seedReportData(client)))
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
} else if (require.main === module) {
  seedBench()
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
