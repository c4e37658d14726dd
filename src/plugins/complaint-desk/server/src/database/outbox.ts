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
import { columnOf, isPostgres, joinTableOf, meta, qualified, tableOf, type ModelName } from './tables';

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

/* ------------------------------------------------------------------ delivery */

/** A notification claimed by a delivery worker, with its complaint's tracking code. */
export interface ClaimedNotification {
  id: number;
  documentId: string;
  channel: 'email' | 'sms';
  recipient: string;
  template: string;
  locale: string;
  payload: Record<string, unknown>;
  /** The sealed secrets (domain/sealed-secret.ts), or null. */
  secret: string | null;
  /** Attempts including this one. */
  attempts: number;
  dedupeKey: string | null;
  /** The end of this worker's lease: marks only apply while the row still carries it. */
  leaseUntil: Date;
  complaintId: number | null;
  trackingCode: string | null;
  /** The complaint's current SLA deadline (ISO), for the message's `{{dueDate}}`. */
  dueAt: string | null;
}

const CLAIMABLE = ['pending', 'failed', 'sending'] as const;

/**
 * The outbox worker's SQL. A claim takes due rows — `pending` or `failed` whose next attempt is
 * due, and `sending` whose lease ran out (a worker that died mid-send) — and marks them `sending`
 * with a lease, one more attempt, and the lease's end as their next attempt, in one statement:
 * PostgreSQL locks the candidates `FOR UPDATE SKIP LOCKED`, so two instances never claim the same
 * row; SQLite runs the statement under its single writer lock. A mark applies only while the row
 * still carries the claim's lease, so a worker whose lease ran out cannot overwrite the outcome of
 * the worker that took the row over. All moments are bound as the dialect stores them.
 */
export function deliverySql(strapi: Core.Strapi) {
  const pg = isPostgres(strapi);
  const at = (d: Date): Date | number => (pg ? d : d.getTime());
  const n = tableOf(strapi, 'notification');
  const nc = (attr: string) => columnOf(strapi, 'notification', attr);
  const complaints = tableOf(strapi, 'complaint');
  const cc = (attr: string) => columnOf(strapi, 'complaint', attr);
  const link = joinTableOf(strapi, 'notification', 'complaint');
  const parse = (v: unknown): Record<string, unknown> => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : ((v as Record<string, unknown> | null) ?? {}));
  const knex = () => strapi.db.connection;

  return {
    /** Claims up to `limit` due notifications for `leaseMs`. */
    async claim(now: Date, leaseMs: number, limit: number): Promise<ClaimedNotification[]> {
      const lease = new Date(now.getTime() + leaseMs);
      const statuses = CLAIMABLE.map(() => '?').join(', ');
      const due = `select id from ${n} where ${nc('status')} in (${statuses}) and ${nc('nextAttemptAt')} <= ? order by ${nc('nextAttemptAt')}, id limit ?${pg ? ' for update skip locked' : ''}`;
      const cols = ['id', 'documentId', 'channel', 'recipient', 'template', 'locale', 'payload', 'secret', 'attempts', 'dedupeKey'];
      const result = await knex().raw(
        `update ${n} set ${nc('status')} = 'sending', ${nc('leaseUntil')} = ?, ${nc('nextAttemptAt')} = ?, ${nc('attempts')} = coalesce(${nc('attempts')}, 0) + 1, ${nc('updatedAt')} = ?
         where id in (${due}) returning ${cols.map((c) => `${c === 'id' ? 'id' : nc(c)} as "${c}"`).join(', ')}`,
        [at(lease), at(lease), at(now), ...CLAIMABLE, at(now), limit],
      );
      const rows: Array<Record<string, unknown>> = pg ? (result as { rows: Array<Record<string, unknown>> }).rows : (result as Array<Record<string, unknown>>);
      if (!rows.length) return [];
      const ids = rows.map((r) => Number(r.id));
      const links: Array<Record<string, unknown>> = await knex()
        .select({ nid: `l.${link.joinColumn.name}`, cid: 'c.id', code: `c.${cc('trackingCode')}`, due: `c.${cc('slaDueAt')}` })
        .from({ l: link.table })
        .join({ c: complaints }, 'c.id', `l.${link.inverseJoinColumn.name}`)
        .whereIn(`l.${link.joinColumn.name}`, ids);
      const byId = new Map(links.map((l) => [Number(l.nid), l]));
      return rows.map((r) => {
        const l = byId.get(Number(r.id));
        return {
          id: Number(r.id),
          documentId: String(r.documentId),
          channel: r.channel as 'email' | 'sms',
          recipient: String(r.recipient),
          template: String(r.template),
          locale: String(r.locale ?? 'en'),
          payload: parse(r.payload),
          secret: (r.secret as string | null) ?? null,
          attempts: Number(r.attempts),
          dedupeKey: (r.dedupeKey as string | null) ?? null,
          // The bound value, not the column read back: node-pg reads a timestamp without zone as local time.
          leaseUntil: lease,
          complaintId: l ? Number(l.cid) : null,
          trackingCode: l ? String(l.code) : null,
          dueAt: l && l.due !== null && l.due !== undefined ? new Date(l.due instanceof Date ? l.due : /^\d+$/.test(String(l.due)) ? Number(l.due) : String(l.due)).toISOString() : null,
        };
      });
    },

    /**
     * Marks a claimed row sent (handed to the relay or gateway at `at`) and erases its sealed
     * secrets; for an acknowledgment, sets the complaint's `acknowledgedAt` then, if still unset.
     * False when the row no longer carries this claim's lease.
     */
    async markSent(row: ClaimedNotification, outcome: { at: Date; providerId: string | null; idempotencyKey: string; acknowledges: boolean }): Promise<boolean> {
      // One statement, unless the complaint is acknowledged with it (then both in one transaction).
      const write = async (db: Knex | Knex.Transaction) => {
        const updated = await db(n)
          .where({ id: row.id, [nc('status')]: 'sending', [nc('leaseUntil')]: at(row.leaseUntil) })
          .update({
            [nc('status')]: 'sent',
            [nc('sentAt')]: at(outcome.at),
            [nc('providerId')]: outcome.providerId?.slice(0, 300) ?? null,
            [nc('idempotencyKey')]: outcome.idempotencyKey.slice(0, 300),
            [nc('secret')]: null,
            [nc('leaseUntil')]: null,
            [nc('nextAttemptAt')]: null,
            [nc('lastError')]: null,
            [nc('updatedAt')]: at(outcome.at),
          });
        if (outcome.acknowledges && row.complaintId !== null) {
          await db(complaints).where({ id: row.complaintId }).whereNull(cc('acknowledgedAt')).update({ [cc('acknowledgedAt')]: at(outcome.at) });
        }
        return Number(updated) > 0;
      };
      return outcome.acknowledges ? knex().transaction(write) : write(knex());
    },

    /**
     * Marks many claimed rows sent at once (a worker's batch), as `markSent` does row by row: one
     * statement on PostgreSQL (arrays), one transaction on SQLite; the acknowledged complaints in
     * the same transaction. Returns how many rows still carried their claim.
     */
    async markSentMany(items: ReadonlyArray<{ row: ClaimedNotification; at: Date; providerId: string | null; idempotencyKey: string; acknowledges: boolean }>): Promise<number> {
      if (!items.length) return 0;
      return knex().transaction(async (trx) => {
        let count = 0;
        if (pg) {
          const res = await trx.raw(
            `update ${n} as t set ${nc('status')} = 'sent', ${nc('sentAt')} = v.at, ${nc('providerId')} = v.pid, ${nc('idempotencyKey')} = v.key,
               ${nc('secret')} = null, ${nc('leaseUntil')} = null, ${nc('nextAttemptAt')} = null, ${nc('lastError')} = null, ${nc('updatedAt')} = v.at
             from unnest(?::int[], ?::timestamp[], ?::text[], ?::text[], ?::timestamp[]) as v(id, at, pid, key, lease)
             where t.id = v.id and t.${nc('status')} = 'sending' and t.${nc('leaseUntil')} = v.lease`,
            [items.map((i) => i.row.id), items.map((i) => i.at), items.map((i) => i.providerId?.slice(0, 300) ?? null), items.map((i) => i.idempotencyKey.slice(0, 300)), items.map((i) => i.row.leaseUntil)],
          );
          count = Number((res as { rowCount?: number }).rowCount ?? 0);
        } else {
          for (const i of items) {
            count += Number(
              await trx(n)
                .where({ id: i.row.id, [nc('status')]: 'sending', [nc('leaseUntil')]: at(i.row.leaseUntil) })
                .update({ [nc('status')]: 'sent', [nc('sentAt')]: at(i.at), [nc('providerId')]: i.providerId?.slice(0, 300) ?? null, [nc('idempotencyKey')]: i.idempotencyKey.slice(0, 300), [nc('secret')]: null, [nc('leaseUntil')]: null, [nc('nextAttemptAt')]: null, [nc('lastError')]: null, [nc('updatedAt')]: at(i.at) }),
            );
          }
        }
        for (const i of items) {
          if (i.acknowledges && i.row.complaintId !== null) {
            await trx(complaints).where({ id: i.row.complaintId }).whereNull(cc('acknowledgedAt')).update({ [cc('acknowledgedAt')]: at(i.at) });
          }
        }
        return count;
      });
    },

    /** Marks a claimed row failed (to be tried at `nextAttemptAt`) or dead (its secrets erased). */
    async markFailed(row: ClaimedNotification, outcome: { at: Date; error: string; dead: boolean; nextAttemptAt: Date | null; idempotencyKey: string }): Promise<boolean> {
      const updated = await knex()(n)
        .where({ id: row.id, [nc('status')]: 'sending', [nc('leaseUntil')]: at(row.leaseUntil) })
        .update({
          [nc('status')]: outcome.dead ? 'dead' : 'failed',
          [nc('lastError')]: outcome.error,
          [nc('nextAttemptAt')]: outcome.dead || !outcome.nextAttemptAt ? null : at(outcome.nextAttemptAt),
          [nc('leaseUntil')]: null,
          [nc('idempotencyKey')]: outcome.idempotencyKey.slice(0, 300),
          ...(outcome.dead ? { [nc('secret')]: null } : {}),
          [nc('updatedAt')]: at(outcome.at),
        });
      return Number(updated) > 0;
    },

    /** Puts a dead or failed row back in the queue with a fresh count of attempts. False when it is in neither state. */
    async requeue(trx: Knex.Transaction, id: number, now: Date): Promise<boolean> {
      const updated = await trx(n)
        .where({ id })
        .whereIn(nc('status'), ['dead', 'failed'])
        .update({ [nc('status')]: 'pending', [nc('attempts')]: 0, [nc('nextAttemptAt')]: at(now), [nc('leaseUntil')]: null, [nc('updatedAt')]: at(now) });
      return Number(updated) > 0;
    },

    /** Counts of notifications per status (the console's and the bench's view of the queue). */
    async statusCounts(): Promise<Record<string, number>> {
      const rows: Array<{ status: string; count: string | number }> = await knex()(n).select({ status: nc('status') }).count({ count: '*' }).groupBy(nc('status'));
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
    },
  };
}
