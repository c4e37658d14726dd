import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite is the embedded default (`database/data.db`); PostgreSQL with DATABASE_CLIENT=postgres and
 * DATABASE_URL (SPEC §7). Paths are relative to the app root, whatever the compiled location.
 */
const appRoot = (): string => {
  // compiled: dist/config/database.js; tests may compile elsewhere, so walk up to package.json
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };

  if (client === 'postgres') {
    // DATABASE_URL is split into its parts: Strapi's typed PostgreSQL connection takes them.
    const url = new URL(env('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/complaint_desk'));
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: url.hostname,
          port: Number(url.port || 5432),
          user: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          database: decodeURIComponent(url.pathname.replace(/^\//, '')),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool,
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`);
  }
  const filename = env('DATABASE_FILENAME', 'database/data.db');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.isAbsolute(filename) ? filename : path.join(appRoot(), filename) },
      useNullAsDefault: true,
    },
  };
};

export default config;
