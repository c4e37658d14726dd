/**
 * Boots a real Strapi for one integration suite, on its own database:
 * - SQLite (default): a fresh file `.tmp/test-<pid>-<time>.db`, deleted afterwards;
 * - PostgreSQL (DATABASE_CLIENT=postgres, DATABASE_URL): a fresh schema in that database,
 *   created first (Strapi does not create a missing schema) and dropped afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';

export const appDir = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

export const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/** One short-lived connection to the PostgreSQL server of DATABASE_URL. */
export async function withPg<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Waits for background work started by document writes to release its connections. */
async function drain(app: Core.Strapi, timeoutMs = 5000): Promise<void> {
  const pool = (app.db?.connection as any)?.client?.pool;
  const deadline = Date.now() + timeoutMs;
  while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startStrapi(env: Record<string, string> = {}): Promise<TestApp> {
  const tag = `${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  let cleanup: () => Promise<void>;
  process.env.DEMO_SEED_ON_START ??= 'false';
  process.env.LOG_LEVEL ??= 'error';
  process.env.SLA_SWEEP_INTERVAL_MS ??= '0'; // suites sweep explicitly
  process.env.DELIVERY ??= 'off'; // suites that deliver name their relays (tests/integration/delivery*.test.ts)
  Object.assign(process.env, env);

  if (isPostgres()) {
    const schema = `t_${tag}`;
    await withPg((c) => c.query(`CREATE SCHEMA "${schema}"`));
    process.env.DATABASE_SCHEMA = schema;
    cleanup = () => withPg((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).then(() => undefined);
  } else {
    const file = path.join(appDir, '.tmp', `test-${tag}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = file;
    cleanup = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    };
  }

  const distDir = process.env.TEST_DIST_DIR ?? path.join(appDir, 'dist');
  const app = createStrapi({ appDir, distDir });
  try {
    await app.load();
    app.server.mount();
  } catch (err) {
    // A failed load() keeps the pool alive and jest would hang (RECIPE).
    await app.destroy().catch(() => undefined);
    await cleanup();
    throw err;
  }
  return {
    strapi: app,
    http: () => request(app.server.httpServer),
    close: async () => {
      const server = app.server.httpServer;
      if (server.listening) {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
      await drain(app);
      await app.destroy();
      await cleanup();
    },
  };
}
