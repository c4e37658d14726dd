/**
 * Bulk writes of outbox rows (complaint events, notifications) with their link rows to the
 * complaint, for writers of thousands of rows in one transaction (the SLA sweeper). Values are
 * attribute values; columns, join tables and types come from Strapi's metadata, and documentIds
 * are made as Strapi makes them (`@paralleldrive/cuid2` createId, as @strapi/core's
 * createDocumentId).
 *
 * PostgreSQL: all the given models in one statement of data-modifying CTEs fed by arrays (a
 * handful of bindings, whatever the batch size). SQLite: a few multi-row INSERTs per model.
 */
import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isPostgres, joinTableOf, meta, qualified, type ModelName } from './tables';

export interface BulkItem {
  /** Row id of the complaint the row links to. */
  complaintId: number;
  /** Attribute values (API names). */
  values: Record<string, unknown>;
}

export interface BulkModel {
  model: ModelName;
  items: BulkItem[];
}

/**
 * documentIds made ahead, in idle time. createId costs ~15 µs (a SHA3 hash and a BigInt); a sweep
 * that fires tens of thousands of thresholds would otherwise pay it inside its transaction, while
 * it holds the complaint rows' locks. The pool is filled in small slices between other work
 * (`prepareDocumentIds`), and taken from in bulk; whatever it lacks is made on the spot.
 */
const pool: string[] = [];
let poolTarget = 0;
let filling = false;

/** Keeps `target` documentIds ready, filled in slices of the event loop's idle time. */
export function prepareDocumentIds(target: number): void {
  poolTarget = Math.max(poolTarget, target);
  if (filling || pool.length >= poolTarget) return;
  filling = true;
  const slice = () => {
    for (let i = 0; i < 200 && pool.length < poolTarget; i++) pool.push(createId());
    // Referenced immediates: the loop runs the next slice at once instead of waiting for I/O.
    if (pool.length < poolTarget) setImmediate(slice);
    else filling = false;
  };
  setImmediate(slice);
}

/** `n` new documentIds, as Strapi's Document Service makes them (createId). */
export function newDocumentIds(n: number): string[] {
  const out = pool.splice(Math.max(0, pool.length - n));
  while (out.length < n) out.push(createId());
  return out;
}

/** A new documentId, as Strapi's Document Service makes one. */
export const newDocumentId = (): string => newDocumentIds(1)[0];

interface AttributeMeta {
  type?: string;
  columnName?: string;
}

const attributesOf = (strapi: Core.Strapi, model: ModelName) => meta(strapi, model).attributes as unknown as Record<string, AttributeMeta>;

/** Attribute values → a row of the model's table, as the dialect stores them. */
function toRow(strapi: Core.Strapi, model: ModelName, values: Record<string, unknown>): Record<string, unknown> {
  const attrs = attributesOf(strapi, model);
  const pg = isPostgres(strapi);
  const out: Record<string, unknown> = {};
  for (const [attr, value] of Object.entries(values)) {
    const a = attrs[attr];
    if (!a) throw new Error(`${model} has no attribute ${attr}`);
    // Strapi keeps SQLite datetimes as epoch milliseconds.
    out[a.columnName ?? attr] = value instanceof Date ? (pg ? value : value.getTime()) : a.type === 'json' && value !== null ? JSON.stringify(value) : value;
  }
  return out;
}

/** The PostgreSQL type a column's array element is cast to. */
const pgType = (a: AttributeMeta): string => (a.type === 'json' ? 'jsonb' : a.type === 'datetime' || a.type === 'timestamp' ? 'timestamp' : a.type === 'integer' ? 'int' : 'text');

async function insertChunks(trx: Knex.Transaction, table: string, rows: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted: Array<number | { id: number }> = await trx(table).insert(rows.slice(i, i + 500)).returning('id');
    ids.push(...inserted.map((r) => Number(typeof r === 'object' ? r.id : r)));
  }
  return ids;
}

/** Link rows of the `complaint` relation for rows inserted in bulk. */
function linkRows(strapi: Core.Strapi, model: ModelName, pairs: Array<[number, number]>) {
  const jt = joinTableOf(strapi, model, 'complaint');
  return {
    table: jt.table,
    rows: pairs.map(([source, target]) => ({
      [jt.joinColumn.name]: source,
      [jt.inverseJoinColumn.name]: target,
      ...(jt.orderColumnName ? { [jt.orderColumnName]: 1 } : {}),
      // Position in the complaint's list: the new row's id keeps insertion order.
      ...(jt.inverseOrderColumnName ? { [jt.inverseOrderColumnName]: source } : {}),
    })),
  };
}

async function insertSqlite(strapi: Core.Strapi, trx: Knex.Transaction, { model, items }: BulkModel): Promise<void> {
  if (!items.length) return;
  const ids = await insertChunks(trx, qualified(strapi, meta(strapi, model).tableName), items.map((it) => toRow(strapi, model, it.values)));
  const links = linkRows(strapi, model, ids.map((id, i) => [id, items[i].complaintId]));
  if (links.rows.length) await insertChunks(trx, links.table, links.rows);
}

/** PostgreSQL: the CTEs that insert one model's rows and their link rows, matched by documentId. */
function pgCtes(strapi: Core.Strapi, name: string, { model, items }: BulkModel, bind: (v: unknown) => string): string[] {
  const rows = items.map((it) => toRow(strapi, model, it.values));
  const columns = Object.keys(rows[0]);
  const types: Record<string, string> = {};
  for (const [attr, a] of Object.entries(attributesOf(strapi, model))) types[a.columnName ?? attr] = pgType(a);
  // A column with one value for the whole batch is bound once; the others as arrays. Dates stay
  // Date objects: the driver serialises them as it does for any insert.
  const same = (a: unknown, b: unknown) => a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
  const varying = columns.filter((col) => col === 'document_id' || rows.some((r) => !same(r[col], rows[0][col])));
  const arrays = varying.map((col) => `${bind(rows.map((r) => r[col]))}::text[]`);
  const value = (col: string) => `${varying.includes(col) ? `"${col}"` : bind(rows[0][col])}::${types[col] ?? 'text'}`;
  const jt = joinTableOf(strapi, model, 'complaint');
  const linkCols = [jt.joinColumn.name, jt.inverseJoinColumn.name, ...(jt.orderColumnName ? [jt.orderColumnName] : []), ...(jt.inverseOrderColumnName ? [jt.inverseOrderColumnName] : [])];
  const linkVals = ['r.id', 's.complaint_id', ...(jt.orderColumnName ? ['1'] : []), ...(jt.inverseOrderColumnName ? ['r.id'] : [])];
  return [
    `${name}_src as (select * from unnest(${arrays.join(', ')}, ${bind(items.map((it) => it.complaintId))}::int[]) with ordinality
        as s(${varying.map((col) => `"${col}"`).join(', ')}, complaint_id, ord))`,
    `${name} as (insert into ${qualified(strapi, meta(strapi, model).tableName)} (${columns.join(', ')})
        select ${columns.map(value).join(', ')} from ${name}_src order by ord returning id, document_id)`,
    `${name}_lnk as (insert into ${jt.table} (${linkCols.join(', ')})
        select ${linkVals.join(', ')} from ${name} r join ${name}_src s on s.document_id = r.document_id order by r.id returning 1)`,
  ];
}

/**
 * PostgreSQL: the CTEs that insert the rows of each model and their link rows, for a writer that
 * puts them into its own statement (`bind` adds a binding and returns its placeholder).
 */
export function outboxCtes(strapi: Core.Strapi, models: BulkModel[], bind: (v: unknown) => string): string[] {
  return models.filter((m) => m.items.length).flatMap((m, i) => pgCtes(strapi, `ob${i}`, m, bind));
}

/**
 * Inserts the rows of each model (in the order given, each in its items' order) and links each
 * to its complaint, inside the caller's transaction. Every item needs a `documentId` value.
 */
export async function insertBulk(strapi: Core.Strapi, trx: Knex.Transaction, models: BulkModel[]): Promise<void> {
  if (!models.some((m) => m.items.length)) return;
  if (!isPostgres(strapi)) {
    for (const m of models) await insertSqlite(strapi, trx, m);
    return;
  }
  const bindings: unknown[] = [];
  const bind = (v: unknown) => {
    bindings.push(v);
    return '?';
  };
  await trx.raw(`with ${outboxCtes(strapi, models, bind).join(',\n')} select 1`, bindings);
}
