#!/usr/bin/env node
'use strict';
/**
 * npm run bench:outbox — outbox delivery on PostgreSQL: 10,000 queued email notifications
 * delivered by 2 worker processes to a local SMTP sink (`smtp-server` on loopback), timed from the
 * commit of the queue to the last message marked sent; duplicates counted by Message-ID at the sink.
 * Then the enqueue cost added to one action: a complaint update in a transaction (as a lifecycle
 * action writes it) with and without the outbox write of its event and customer notification
 * (`record`, PIN sealed), alternated, as a ratio measured in the same run.
 * DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres); the bench
 * database is created and dropped. BENCH_OUTBOX_MESSAGES (10000), BENCH_OUTBOX_WORKERS (2),
 * BENCH_OUTBOX_ACTIONS (300), DELIVERY_BATCH_SIZE (100) and DELIVERY_CONCURRENCY (8) adjust it.
 */
const { fork } = require('child_process');
const path = require('path');
const { Client } = require('pg');
const { SMTPServer } = require('smtp-server');

const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `complaint_desk_bench_outbox_${process.pid}`;
const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES || 10000);
const WORKERS = Number(process.env.BENCH_OUTBOX_WORKERS || 2);
const ACTIONS = Number(process.env.BENCH_OUTBOX_ACTIONS || 300);

async function admin(sql) {
  const c = new Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** The SMTP sink: counts deliveries per Message-ID (read from the header block, no full parse). */
async function sink() {
  const byId = new Map();
  let deliveries = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 8192) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const m = /^Message-ID:\s*(<[^>]+>)/im.exec(head);
        const id = m ? m[1] : `(none ${deliveries})`;
        byId.set(id, (byId.get(id) || 0) + 1);
        deliveries++;
        cb(null, `Ok: queued as B${deliveries}`);
      });
    },
  });
  await new Promise((r) => smtp.listen(0, '127.0.0.1', r));
  return { port: smtp.server.address().port, byId, deliveries: () => deliveries, close: () => new Promise((r) => smtp.close(r)) };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], mean: s.reduce((a, b) => a + b, 0) / s.length };
};

(async () => {
  await admin(`CREATE DATABASE "${dbName}"`);
  const url = new URL(server);
  url.pathname = `/${dbName}`;
  const mail = await sink();
  Object.assign(process.env, {
    NODE_ENV: 'development',
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: url.toString(),
    DEMO_SEED_ON_START: 'false',
    SLA_SWEEP_INTERVAL_MS: '0',
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: 'Complaint Desk <bench@outbox.test>',
    DELIVERY_POLL_MS: process.env.DELIVERY_POLL_MS || '200',
    DELIVERY_BATCH_SIZE: process.env.DELIVERY_BATCH_SIZE || '100',
    DELIVERY_CONCURRENCY: process.env.DELIVERY_CONCURRENCY || '8',
  });
  const { loadApp, closeApp } = require('./strapi-app');
  // This process queues and measures; it does not deliver.
  process.env.DELIVERY = 'off';
  const { app, distDir } = await loadApp();
  const children = [];
  try {
    const complaints = app.plugin('complaint-desk').service('complaints');
    const outbox = app.plugin('complaint-desk').service('outbox');
    const { documentId } = await complaints.register({ channel: 'web_form', subject: 'Bench', description: 'Outbox bench', customer: { name: 'Bench Customer', email: 'bench-customer@outbox.test' } }, null);
    const complaint = await app.db.query('plugin::complaint-desk.complaint').findOne({ where: { documentId }, select: ['id', 'documentId', 'trackingCode'] });

    // --- the enqueue cost added to one action
    const update = (i) => app.documents('plugin::complaint-desk.complaint').update({ documentId, data: { requestedRemedy: `remedy ${i}` } });
    const notice = (i) => ({ channel: 'email', recipient: 'bench-customer@outbox.test', template: 'acknowledgment.email', locale: 'en', payload: { trackingCode: complaint.trackingCode, customerName: 'Bench Customer', pin: '123456' }, dedupe: `bench-${i}` });
    const plain = [];
    const withOutbox = [];
    for (let i = 0; i < ACTIONS + 20; i++) {
      let t0 = process.hrtime.bigint();
      await app.db.transaction(async () => update(i));
      const a = Number(process.hrtime.bigint() - t0) / 1e6;
      t0 = process.hrtime.bigint();
      await app.db.transaction(async () => {
        await update(i);
        await outbox.record(documentId, { action: 'bench', fromStatus: 'received', toStatus: 'received', actor: null, payload: { i } }, [notice(i)]);
      });
      const b = Number(process.hrtime.bigint() - t0) / 1e6;
      // The first 20 pairs warm up caches and prepared plans.
      if (i >= 20) {
        plain.push(a);
        withOutbox.push(b);
      }
    }
    // The action rows' notifications are not part of the delivery run.
    await app.db.connection('cd_notifications').update({ status: 'dead', next_attempt_at: null });

    // --- delivery: workers up, then the queue committed in one transaction
    for (let i = 0; i < WORKERS; i++) {
      const child = fork(path.join(__dirname, 'bench-outbox-worker.js'), [], { env: { ...process.env, DELIVERY: 'auto', TEST_DIST_DIR: distDir }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      await new Promise((resolve, reject) => {
        child.once('message', resolve);
        child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      });
    }
    const notifications = Array.from({ length: MESSAGES }, (_x, i) => ({
      complaintId: complaint.id,
      channel: 'email',
      recipient: `bench-${i}@outbox.test`,
      template: 'mass_incident.email',
      locale: i % 4 === 0 ? 'fa' : 'en',
      payload: { trackingCode: complaint.trackingCode, message: `Service restored in area ${i % 50}.` },
      dedupeKey: `bench-bulk:${i}`,
    }));
    await app.db.transaction(async ({ trx }) => outbox.writeBulk(trx, { events: [], notifications }, new Date()));
    const t0 = Date.now();
    const count = async () => Number((await app.db.connection('cd_notifications').where('dedupe_key', 'like', 'bench-bulk:%').andWhere('status', 'sent').count({ n: '*' }))[0].n);
    const deadline = t0 + 10 * 60 * 1000;
    let sent = 0;
    while ((sent = await count()) < MESSAGES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const seconds = (Date.now() - t0) / 1000;
    const unique = [...mail.byId.keys()].filter((k) => k.startsWith('<cd.')).length;
    const duplicates = mail.deliveries() - mail.byId.size;

    const p = stats(plain);
    const o = stats(withOutbox);
    console.log('\nbench:outbox (PostgreSQL)');
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| messages queued / sent | ${MESSAGES} / ${sent} |`);
    console.log(`| workers (processes) × batch × concurrency | ${WORKERS} × ${process.env.DELIVERY_BATCH_SIZE} × ${process.env.DELIVERY_CONCURRENCY} |`);
    console.log(`| delivery time | ${seconds.toFixed(1)} s |`);
    console.log(`| throughput | ${(sent / seconds).toFixed(0)} messages/s (target ≥ 500) |`);
    console.log(`| deliveries at the sink / distinct Message-IDs / duplicates | ${mail.deliveries()} / ${unique} / ${duplicates} |`);
    console.log(`| action without outbox write (median / mean) | ${p.median.toFixed(2)} / ${p.mean.toFixed(2)} ms |`);
    console.log(`| action with event + notification (median / mean) | ${o.median.toFixed(2)} / ${o.mean.toFixed(2)} ms |`);
    console.log(`| enqueue cost ratio (median, with / without) | ${(o.median / p.median).toFixed(2)} |`);
    if (sent < MESSAGES || duplicates > 0) process.exitCode = 1;
  } finally {
    for (const c of children) {
      c.kill('SIGTERM');
      await new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)));
    }
    await closeApp(app).catch(() => {});
    await mail.close();
    await admin(`DROP DATABASE IF EXISTS "${dbName}"`).catch(() => {});
  }
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
