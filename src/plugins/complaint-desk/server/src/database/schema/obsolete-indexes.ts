/**
 * Clean-ups of schema objects the plugin no longer uses, run once per database: the schema version
 * they bring a database to is kept in the plugin store, and a database already there skips them.
 */
import type { Core } from '@strapi/strapi';
import { isPostgres, qualified } from '../tables';
import { schemaStore, type SchemaStore } from './store';

/** Partial claim indexes on the complaint table that the SLA timers replace (sla-timers.ts). */
export const OBSOLETE_SWEEP_INDEXES = ['cd_complaints_at_risk_pending_idx', 'cd_complaints_breach_pending_idx'] as const;
/** The version a database reaches once the clean-ups below have run. */
export const CLEANUP_SCHEMA_VERSION = 1;
export const SCHEMA_VERSION_KEY = 'schema-version';

interface RawRunner {
  raw(sql: string): PromiseLike<unknown>;
}

/**
 * Drops the obsolete indexes unless the store says this database had it done. `qualify` names an
 * index in the connection's schema (PostgreSQL keeps indexes in their table's schema).
 */
export async function dropObsoleteIndexes(knex: RawRunner, store: SchemaStore, qualify: (name: string) => string): Promise<{ dropped: boolean }> {
  const version = Number((await store.get(SCHEMA_VERSION_KEY)) ?? 0);
  if (version >= CLEANUP_SCHEMA_VERSION) return { dropped: false };
  for (const name of OBSOLETE_SWEEP_INDEXES) await knex.raw(`drop index if exists ${qualify(name)}`);
  await store.set(SCHEMA_VERSION_KEY, CLEANUP_SCHEMA_VERSION);
  return { dropped: true };
}

/** The clean-ups on the app's own database. */
export function dropObsoleteSchema(strapi: Core.Strapi): Promise<{ dropped: boolean }> {
  const pg = isPostgres(strapi);
  return dropObsoleteIndexes(strapi.db.connection, schemaStore(strapi), (name) => (pg ? qualified(strapi, name) : name));
}
