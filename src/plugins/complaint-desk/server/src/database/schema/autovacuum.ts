/**
 * PostgreSQL: autovacuum per table for the complaints, their link tables and the SLA timers. With
 * the server's defaults (vacuum at 20 % dead rows, insert-vacuum at 20 % new rows) a table of a
 * million complaints waits for 200,000 updated rows before a vacuum, and meanwhile the pages an SLA
 * sweep or a day's work touched are not all-visible: the list's exact count stops being an
 * index-only scan (74 ms → 417 ms on 1M rows, docs/BENCHMARKS.md). At 1 % / 2 % it stays cheap.
 * The SLA timers lose rows to every sweep: vacuumed early, the claim's index scan does not step
 * over many dead entries, and their statistics stay fresh.
 */
import type { Core } from '@strapi/strapi';
import { isPostgres, meta } from '../tables';
import { SLA_TIMERS_TABLE } from './sla-timers';

export const AUTOVACUUM_OPTIONS: ReadonlyArray<[string, string]> = [
  ['autovacuum_vacuum_scale_factor', '0.01'],
  ['autovacuum_vacuum_insert_scale_factor', '0.01'],
  ['autovacuum_analyze_scale_factor', '0.02'],
];

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Sets the options on the tables that lack them and returns their names. Idempotent (ALTER TABLE
 * … SET only rewrites the options); nothing on SQLite.
 */
export async function ensureAutovacuum(strapi: Core.Strapi): Promise<string[]> {
  if (!isPostgres(strapi)) return [];
  const knex = strapi.db.connection;
  const schema: string = strapi.db.getSchemaName() || ((await knex.raw('SELECT current_schema() AS s')) as { rows: Array<{ s: string }> }).rows[0].s;
  const complaints = meta(strapi, 'complaint').tableName;
  const { rows } = (await knex.raw(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ? AND c.relkind = 'r' AND (c.relname IN (?, ?) OR c.relname LIKE ?)
     AND NOT (coalesce(c.reloptions, '{}') @> ?::text[])
     ORDER BY c.relname`,
    [schema, complaints, SLA_TIMERS_TABLE, `${likeEscape(complaints)}\\_%\\_lnk`, `{${AUTOVACUUM_OPTIONS.map(([k, v]) => `${k}=${v}`).join(',')}}`],
  )) as { rows: Array<{ relname: string }> };
  const tables = rows.map((r) => r.relname);
  const options = AUTOVACUUM_OPTIONS.map(([k, v]) => `${k} = ${v}`).join(', ');
  for (const table of tables) await knex.raw(`ALTER TABLE ??.?? SET (${options})`, [schema, table]);
  return tables;
}
