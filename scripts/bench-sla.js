#!/usr/bin/env node
'use strict';
/**
 * npm run bench:sla — one SLA sweep on PostgreSQL: open complaints made with SQL,
 * a share of them past their at-risk moment and their deadline; the sweep fires both thresholds
 * for each (events, team-lead notifications, escalation to line 2) and is timed in-process.
 * Three runs show that the cost follows the due rows, not the open rows:
 *   100,000 open / 1,000 due;  1,000,000 open / 1,000 due;  1,000,000 open / 10,000 due (1%).
 * Then 1% of the biggest table crossing one threshold each (half at risk, half breach;
 * BENCH_SLA_ONE=0 skips it) and 1% past the deadline with at risk fired earlier (every row
 * breaches and escalates; BENCH_SLA_BREACH=0 skips it).
 * DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres); the bench
 * database is created and dropped. BENCH_SLA_SIZES=100000,1000000 and BENCH_SLA_DUE_SHARE=0.01 adjust it.
 * BENCH_SLA_DB=<name> keeps the data in that database between runs (created when missing, never
 * dropped, grown only where it has fewer rows), for repeated measurements. SLA_SWEEP_LANES sets the
 * sweep's parallel lanes (default 2, see README). The rows written here with SQL get their SLA timers
 * (cd_sla_timers) from the triggers the plugin's bootstrap puts on cd_complaints, as any write does.
 */
const { Client } = require('pg');

const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const keepDb = process.env.BENCH_SLA_DB || '';
const dbName = keepDb || `complaint_desk_bench_sla_${process.pid}`;
const sizes = (process.env.BENCH_SLA_SIZES || '100000,1000000').split(',').map(Number);
const dueShare = Number(process.env.BENCH_SLA_DUE_SHARE || 0.01);

/**
 * BENCH_SLA_TRACE=1: each statement's time during the sweep, summed by its first words
 * (knex's query / query-response events), printed after the run.
 */
function traceStatements(knex) {
  if (!process.env.BENCH_SLA_TRACE) return { stop() {} };
  const started = new Map();
  const sums = new Map();
  const onQuery = (q) => started.set(q.__knexQueryUid, process.hrtime.bigint());
  const onDone = (_r, q) => {
    const t = started.get(q.__knexQueryUid);
    if (t === undefined) return;
    const key = q.sql.replace(/\s+/g, ' ').slice(0, 90);
    const s = sums.get(key) || { n: 0, ms: 0 };
    s.n += 1;
    s.ms += Number(process.hrtime.bigint() - t) / 1e6;
    sums.set(key, s);
  };
  knex.on('query', onQuery);
  knex.on('query-response', onDone);
  knex.on('query-error', onDone);
  return {
    stop() {
      knex.removeListener('query', onQuery);
      knex.removeListener('query-response', onDone);
      knex.removeListener('query-error', onDone);
      for (const [sql, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms)) console.log(`    ${s.ms.toFixed(1).padStart(8)} ms ${String(s.n).padStart(4)}× ${sql}`);
    },
  };
}

/**
 * CPU time (ms) per PostgreSQL backend of this database, read from /proc (Linux; empty elsewhere).
 * cpuSince() counts backends that started meanwhile in full and misses those that exited meanwhile.
 */
function pgCpu(db) {
  const fs = require('fs');
  const out = new Map();
  let pids = [];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${db} `)) continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, (Number(f[11]) + Number(f[12])) * 10); // utime + stime, USER_HZ = 100
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
const cpuSince = (before, after) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

async function admin(sql) {
  const c = new Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

(async () => {
  if (!keepDb) await admin(`DROP DATABASE IF EXISTS "${dbName}"`);
  await admin(`CREATE DATABASE "${dbName}"`).catch((err) => {
    if (!keepDb || err.code !== '42P04') throw err; // kept database already there
  });
  const url = new URL(server);
  url.pathname = `/${dbName}`;
  Object.assign(process.env, {
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: url.toString(),
    DEMO_SEED_ON_START: 'false',
    SLA_SWEEP_INTERVAL_MS: '0',
    LOG_LEVEL: 'error',
    NODE_ENV: 'development',
  });
  const { loadApp, closeApp } = require('./strapi-app');
  const { app } = await loadApp();
  const results = [];
  try {
    const knex = app.db.connection;
    const docs = (n) => app.documents(`plugin::complaint-desk.${n}`);
    const role = await app.db.query('plugin::users-permissions.role').findOne({ where: { type: 'director' } });
    let teamRow = await knex('cd_teams').where({ code: 'l1' }).first('id');
    if (!teamRow) {
      const lead = await app.plugin('users-permissions').service('user').add({ username: 'bench-lead', email: 'lead@bench.test', password: 'Bench-Pass-1', provider: 'local', confirmed: true, role: role.id });
      const l1 = await docs('team').create({ data: { code: 'l1', name: 'L1', line: 'line1', area: 'network', lead: lead.id } });
      await docs('team').create({ data: { code: 'l2', name: 'L2', line: 'line2', area: 'network', lead: lead.id } });
      teamRow = await knex('cd_teams').where({ document_id: l1.documentId }).first('id');
    }

    let rows = Number((await knex('cd_complaints').count({ n: '*' }))[0].n);
    const grow = async (target) => {
      const t0 = Date.now();
      if (rows >= target) {
        // Kept database: drop the rows beyond this size (bench rows only, highest ids first).
        if (rows > target) {
          await knex.raw(`delete from cd_complaints_team_lnk where complaint_id in (select id from cd_complaints where tracking_code > ?)`, ['B' + String(target).padStart(11, '0')]);
          await knex.raw(`delete from cd_complaints where tracking_code > ?`, ['B' + String(target).padStart(11, '0')]);
          rows = target;
          await knex.raw('vacuum analyze cd_complaints');
        }
        // Back to one line-1 team for all, as a fresh build has it.
        await knex.raw('update cd_complaints_team_lnk set team_id = ? where team_id <> ?', [teamRow.id, teamRow.id]);
        await knex.raw('update cd_complaints set queue_team_id = ? where queue_team_id is distinct from ?', [teamRow.id, teamRow.id]);
        await knex.raw('vacuum analyze cd_complaints_team_lnk');
        console.log(`  ${target.toLocaleString('en')} open complaints ready (kept database ${dbName})`);
        return;
      }
      await knex.raw(
        `insert into cd_complaints (document_id, tracking_code, status, channel, subject, description, language, escalation_level,
           value_tier, response_round, version, received_at, sla_stage, sla_due_at, sla_at_risk_at, queue_team_id, created_at, updated_at, published_at)
         select substr(md5(random()::text || g::text), 1, 24), 'B' || lpad(g::text, 11, '0'),
           (array['received','in_assessment','investigating','implementing'])[1 + g % 4], 'phone', 'Bench ' || g, 'bench', 'en', 'line1',
           1 + g % 4, 1, 1, now() - interval '1 day', 'evaluation', now() + interval '30 days', now() + interval '20 days', ?, now(), now(), now()
         from generate_series(?::int, ?::int) g`,
        [teamRow.id, rows + 1, target],
      );
      await knex.raw(
        `insert into cd_complaints_team_lnk (complaint_id, team_id) select id, ? from cd_complaints c
         where c.tracking_code like 'B%' and not exists (select 1 from cd_complaints_team_lnk l where l.complaint_id = c.id)`,
        [teamRow.id],
      );
      rows = target;
      await knex.raw('vacuum analyze cd_complaints');
      await knex.raw('vacuum analyze cd_complaints_team_lnk');
      console.log(`  ${target.toLocaleString('en')} open complaints ready (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    };

    /**
     * `both`: each due row is past its at-risk moment and its deadline, so one sweep fires both
     * thresholds (what a sweeper meets after being down; two escalations per row). `one`: each due row
     * crosses one threshold, as a sweeper running every minute meets them: half go at risk (deadline
     * still ahead), half breach (at risk fired earlier); one escalation per row. `breach`: every due
     * row is past its deadline with its at-risk threshold fired earlier (1% of the complaints overdue,
     * met by a sweeper running every minute): one breach per row, each escalating to line 2.
     */
    const run = async (due, crossing = 'both') => {
      // Reset: nothing due, nothing fired; then `due` rows spread over the table cross their threshold(s).
      await knex.raw(`update cd_complaints set sla_at_risk_fired_at = null, sla_breached_at = null, escalation_level = 'line1',
        sla_at_risk_at = now() + interval '20 days', sla_due_at = now() + interval '30 days' where sla_at_risk_fired_at is not null or sla_due_at < now() + interval '29 days'`);
      const step = Math.floor(rows / due);
      const dueIds = `select id from cd_complaints where tracking_code like 'B%' order by id limit ?`;
      if (crossing === 'both') {
        await knex.raw(`update cd_complaints set sla_at_risk_at = now() - interval '2 hours', sla_due_at = now() - interval '1 minute' where id in (${dueIds}) and id % ? = 0`, [rows, step]);
      } else if (crossing === 'breach') {
        await knex.raw(
          `update cd_complaints set sla_at_risk_at = now() - interval '2 hours', sla_at_risk_fired_at = now() - interval '1 hour', sla_due_at = now() - interval '1 minute'
           where id in (${dueIds}) and id % ? = 0`,
          [rows, step],
        );
      } else {
        await knex.raw(`update cd_complaints set sla_at_risk_at = now() - interval '2 hours', sla_due_at = now() + interval '1 day' where id in (${dueIds}) and id % ? = 0 and (id / ?) % 2 = 0`, [rows, step, step]);
        await knex.raw(
          `update cd_complaints set sla_at_risk_at = now() - interval '2 hours', sla_at_risk_fired_at = now() - interval '1 hour', sla_due_at = now() - interval '1 minute'
           where id in (${dueIds}) and id % ? = 0 and (id / ?) % 2 = 1`,
          [rows, step, step],
        );
      }
      // The events table refuses DELETE (append-only, services/setup.ts); the benchmark's own
      // throwaway database empties it with TRUNCATE, with the link tables that point at it.
      await knex.raw('truncate cd_complaint_events cascade');
      await knex.raw('delete from cd_notifications');
      await knex.raw('vacuum analyze cd_complaints');
      await knex.raw('vacuum analyze cd_sla_timers');
      // The reset above rewrote rows and hint bits all over the table: write those pages out now, so
      // that the timed sweep does not pay for evicting the setup's dirty buffers.
      // BENCH_SLA_CHECKPOINT=0 leaves them, to measure a sweep that pays for them.
      if (process.env.BENCH_SLA_CHECKPOINT !== '0') await knex.raw('checkpoint');
      const dueRows = Number((await knex('cd_complaints').where('sla_at_risk_at', '<', new Date()).count({ n: '*' }))[0].n);
      const expected = crossing === 'both' ? 2 * dueRows : dueRows;
      const sweeper = app.plugin('complaint-desk').service('sla-sweeper');
      const trace = traceStatements(knex);
      const wal0 = (await knex.raw('select pg_current_wal_lsn() as l')).rows[0].l;
      const [cpu0, pg0] = [process.cpuUsage(), pgCpu(dbName)];
      const t0 = process.hrtime.bigint();
      const counts = await sweeper.sweep(new Date());
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = process.cpuUsage(cpu0);
      const nodeCpuMs = (cpu.user + cpu.system) / 1000;
      const pgMs = cpuSince(pg0, pgCpu(dbName));
      // WAL written meanwhile by the whole server (other databases' writes included, if any).
      const walMb = Number((await knex.raw('select pg_wal_lsn_diff(pg_current_wal_lsn(), ?) as d', [wal0])).rows[0].d) / 1048576;
      trace.stop();
      const events = Number((await knex('cd_complaint_events').count({ n: '*' }))[0].n);
      // A second sweep right after: nothing left, and its cost with nothing due.
      const t1 = process.hrtime.bigint();
      const again = await sweeper.sweep(new Date());
      const idleMs = Number(process.hrtime.bigint() - t1) / 1e6;
      if (events !== expected || again.at_risk + again.breached !== 0) throw new Error(`unexpected counts: ${events} events for ${dueRows} due rows, second sweep ${JSON.stringify(again)}`);
      const load = require('os').loadavg()[0];
      const lanes = Number(app.config.get('plugin::complaint-desk.slaSweepLanes', 1));
      const r = { open: rows, due: dueRows, crossing, ms, idleMs, fired: counts.at_risk + counts.breached, nodeCpuMs, pgMs, walMb, load, lanes };
      results.push(r);
      console.log(`  open ${rows.toLocaleString('en')}, due ${dueRows.toLocaleString('en')} (${crossing === 'both' ? 'both thresholds each' : crossing === 'breach' ? 'breach each' : 'one threshold each'}): sweep ${ms.toFixed(0)} ms (${r.fired} escalations), empty sweep ${idleMs.toFixed(1)} ms; CPU node ${nodeCpuMs.toFixed(0)} ms + PostgreSQL ${pgMs} ms; WAL ${walMb.toFixed(0)} MB; load ${load.toFixed(2)}; ${lanes} lane(s)`);
    };

    await grow(sizes[0]);
    await run(Math.round(sizes[0] * dueShare));
    for (const size of sizes.slice(1)) {
      await grow(size);
      await run(Math.round(sizes[0] * dueShare)); // same due rows, bigger table
      await run(Math.round(size * dueShare)); // 1% of the bigger table
    }
    // 1% of the biggest table crossing one threshold each (what a sweeper running every minute meets).
    if (process.env.BENCH_SLA_ONE !== '0') await run(Math.round(sizes[sizes.length - 1] * dueShare), 'one');
    // 1% of the biggest table past its deadline, at risk fired earlier: every due row breaches.
    if (process.env.BENCH_SLA_BREACH !== '0') await run(Math.round(sizes[sizes.length - 1] * dueShare), 'breach');
  } finally {
    await closeApp(app);
    if (!keepDb) await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
  }
  console.log('\n| open complaints | due | thresholds crossed per due row | escalations fired | sweep | empty sweep after | CPU: node + PostgreSQL | WAL | load | lanes |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.open.toLocaleString('en')} | ${r.due.toLocaleString('en')} | ${r.crossing === 'both' ? 'both' : r.crossing === 'breach' ? 'breach only' : 'one (half at risk, half breach)'} | ${r.fired.toLocaleString('en')} | ${(r.ms / 1000).toFixed(2)} s | ${r.idleMs.toFixed(1)} ms | ${r.nodeCpuMs.toFixed(0)} + ${r.pgMs} ms | ${r.walMb.toFixed(0)} MB | ${r.load.toFixed(2)} | ${r.lanes} |`);
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});

