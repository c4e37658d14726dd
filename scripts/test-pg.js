#!/usr/bin/env node
'use strict';
/**
 * npm run test:pg — the integration suites on PostgreSQL. DATABASE_URL names the server
 * (default postgres://postgres@127.0.0.1:5432/postgres); each run gets a fresh database,
 * dropped afterwards whatever the outcome. Extra arguments go to jest.
 */
const { spawn } = require('child_process');
const path = require('path');
const { Client } = require('pg');

const serverUrl = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
const dbName = `complaint_desk_test_${Date.now()}_${process.pid}`;

async function admin(sql) {
  const client = new Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

(async () => {
  try {
    await admin(`CREATE DATABASE "${dbName}"`);
  } catch (err) {
    console.error(`PostgreSQL at ${serverUrl.host} is not usable (${err.message}). Start it, or set DATABASE_URL.`);
    process.exit(1);
  }
  const runUrl = new URL(serverUrl.toString());
  runUrl.pathname = `/${dbName}`;
  let code = 1;
  try {
    code = await new Promise((resolve) => {
      // --selectProjects takes several values: it goes last so that paths given here stay paths.
      const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
      const child = spawn(process.execPath, [jest, ...process.argv.slice(2), '--selectProjects', 'integration'], {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_CLIENT: 'postgres', DATABASE_URL: runUrl.toString() },
      });
      child.on('exit', (c) => resolve(c ?? 1));
    });
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((err) => console.error(`Could not drop ${dbName}: ${err.message}`));
  }
  process.exit(code);
})();
