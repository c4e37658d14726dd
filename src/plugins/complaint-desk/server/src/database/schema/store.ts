/**
 * The plugin's key-value store (Strapi's `strapi::core-store`), where the schema modules record
 * which version of their triggers, backfills and clean-ups a database has had.
 */
import type { Core } from '@strapi/strapi';
import { pluginId } from '../../pluginId';

export interface SchemaStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export function schemaStore(strapi: Core.Strapi): SchemaStore {
  const store = strapi.store({ type: 'plugin', name: pluginId });
  return {
    get: (key) => store.get({ key }) as Promise<unknown>,
    set: async (key, value) => {
      await store.set({ key, value });
    },
  };
}

/** Names of the triggers on a table (PostgreSQL: its own, not the internal ones; SQLite: by table name). */
export async function triggersOn(strapi: Core.Strapi, tables: Array<{ qualified: string; name: string }>): Promise<string[]> {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    const result = (await knex.raw(`select tgname as name from pg_trigger where tgrelid in (${tables.map(() => '?::regclass').join(', ')}) and not tgisinternal`, tables.map((t) => t.qualified))) as { rows: Array<{ name: string }> };
    return result.rows.map((r) => r.name);
  }
  const rows = (await knex.raw(`select name from sqlite_master where type = 'trigger' and tbl_name in (${tables.map(() => '?').join(', ')})`, tables.map((t) => t.name))) as Array<{ name: string }>;
  return rows.map((r) => r.name);
}
