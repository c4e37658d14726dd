/**
 * Row locks inside a transaction. PostgreSQL locks the row; SQLite serialises writers, so there is
 * nothing to lock.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isPostgres, tableOf, type ModelName } from './tables';

/** Locks the row of `model` with this documentId for the rest of the transaction `trx`. */
export async function lockDocument(strapi: Core.Strapi, trx: Knex.Transaction, model: ModelName, documentId: string): Promise<void> {
  if (isPostgres(strapi)) await trx.raw('select id from ?? where document_id = ? for update', [tableOf(strapi, model), documentId]);
}
