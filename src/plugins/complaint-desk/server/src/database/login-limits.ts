/**
 * The login limiter's shared store: on PostgreSQL, rate-limiter-flexible's table, made here so that
 * it exists before the first login, with its expired rows removed at start. SQLite has none (one
 * process owns an SQLite file, and the limiter keeps its counters in memory).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isPostgres, qualified } from './tables';

export const LOGIN_LIMITS_TABLE = 'cd_login_limits';

/** Where rate-limiter-flexible's knex store keeps its counters (its option names). */
export interface LoginLimitsStore {
  storeClient: Knex;
  storeType: 'knex';
  schemaName: string | undefined;
  tableName: string;
  tableCreated: true;
}

/** PostgreSQL: makes the table (rate-limiter-flexible's own shape), clears expired counters, returns the store. SQLite: null. */
export async function loginLimitsStore(strapi: Core.Strapi): Promise<LoginLimitsStore | null> {
  if (!isPostgres(strapi)) return null;
  const knex = strapi.db.connection;
  const table = qualified(strapi, LOGIN_LIMITS_TABLE);
  await knex.raw(`create table if not exists ${table} (key varchar(255) primary key, points integer not null default 0, expire bigint)`);
  await knex.raw(`delete from ${table} where expire < ?`, [Date.now()]);
  return { storeClient: knex, storeType: 'knex', schemaName: strapi.db.getSchemaName() || undefined, tableName: LOGIN_LIMITS_TABLE, tableCreated: true };
}
