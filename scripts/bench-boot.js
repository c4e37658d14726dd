#!/usr/bin/env node
'use strict';
/**
 * npm run bench:boot — cold boot of the production server (`strapi start`, after `npm run build`):
 * time from spawn until GET /_health answers 204, and the process RSS right after, on SQLite
 * (a fresh file, then the same file already migrated) and, when reachable, PostgreSQL (a fresh database).
 * Prints a Markdown table for docs/BENCHMARKS.md. Loopback only; bounded in time.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { randomBytes } = require('crypto');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');
const PORT = Number(process.env.BENCH_PORT || 1399);
const secrets = {
  APP_KEYS: [1, 2].map(() => randomBytes(16).toString('base64')).join(','),
  API_TOKEN_SALT: randomBytes(16).toString('base64'),
  ADMIN_JWT_SECRET: randomBytes(16).toString('base64'),
  TRANSFER_TOKEN_SALT: randomBytes(16).toString('base64'),
  JWT_SECRET: randomBytes(16).toString('base64'),
  ENCRYPTION_KEY: randomBytes(16).toString('base64'),
};

const health = () =>
  new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: PORT, path: '/_health', timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => (req.destroy(), resolve(0)));
  });

const rssMb = (pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};

async function boot(label, env) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: root,
    env: { ...process.env, ...secrets, NODE_ENV: 'production', DELIVERY: 'off', HOST: '127.0.0.1', PORT: String(PORT), LOG_LEVEL: 'warn', ENV_PATH: path.join(root, '.tmp/none.env'), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const deadline = Date.now() + 120000;
    while ((await health()) !== 204) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${label}: server did not become healthy`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    await new Promise((r) => setTimeout(r, 1000)); // let start-up garbage settle
    return { label, ms, rss: rssMb(child.pid) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
  }
}

(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    console.error('Run `npm run build` first (strapi start serves the built admin panel).');
    process.exit(1);
  }
  const results = [];
  const file = path.join(root, '.tmp', `bench-boot-${process.pid}.db`);
  results.push(await boot('SQLite, empty database (schema created)', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }));
  results.push(await boot('SQLite, existing database', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }));
  fs.rmSync(file, { force: true });

  const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = `complaint_desk_bench_${process.pid}`;
  const admin = async (sql) => {
    const c = new Client({ connectionString: server });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  try {
    await admin(`CREATE DATABASE "${db}"`);
    const url = new URL(server);
    url.pathname = `/${db}`;
    results.push(await boot('PostgreSQL, empty database (schema created)', { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() }));
    results.push(await boot('PostgreSQL, existing database', { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() }));
  } catch (err) {
    console.error(`PostgreSQL skipped: ${err.message}`);
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => {});
  }

  console.log('| start | healthy after | RSS after boot |');
  console.log('|---|---|---|');
  for (const r of results) console.log(`| ${r.label} | ${(r.ms / 1000).toFixed(1)} s | ${r.rss.toFixed(0)} MB |`);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
