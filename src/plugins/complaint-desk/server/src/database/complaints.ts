/**
 * The complaint service's SQL: the row lock of an action and the statement that reads the to-one
 * relations of a set of complaint rows (the joins are database/complaint-list.ts's `joinToOne`, shared
 * with list pages). Reads inside a transaction go through its connection, so an action reads its own
 * writes.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { columnOf, isPostgres, tableOf } from './tables';

/** The knex handle of the current transaction, if any, else the connection. */
async function withKnex<T>(strapi: Core.Strapi, fn: (knex: Knex) => Promise<T>): Promise<T> {
  if (strapi.db.inTransaction()) return strapi.db.transaction(({ trx }) => fn(trx as unknown as Knex));
  return fn(strapi.db.connection as unknown as Knex);
}

/**
 * Inside a transaction: locks the complaint's row until it ends (PostgreSQL; SQLite serialises
 * writers), so two actions on one complaint run one after the other.
 */
export async function lockComplaintRow(strapi: Core.Strapi, trx: Knex.Transaction, documentId: string): Promise<void> {
  if (!isPostgres(strapi)) return;
  await trx(tableOf(strapi, 'complaint')).where(columnOf(strapi, 'complaint', 'documentId'), documentId).select('id').forUpdate();
}

/** One statement: the rows' ids with the columns `joinToOne` adds to a query of `<complaints> as c`. */
export async function toOneRows(strapi: Core.Strapi, ids: number[], joinToOne: (q: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<Array<Record<string, unknown>>> {
  if (ids.length === 0) return [];
  return withKnex(strapi, async (knex) => joinToOne(knex.from(`${tableOf(strapi, 'complaint')} as c`).select('c.id as id').whereIn('c.id', ids)));
}
