/**
 * The SQL of corrective actions' computed effectiveness (domain/capa.ts): the category tree, the
 * complaints that could be recurrences of an action, and the claim of actions whose verification
 * window has ended.
 *
 * The claim is safe with several server processes on one PostgreSQL database: it locks the due
 * rows FOR UPDATE SKIP LOCKED inside the transaction that evaluates and writes them, so a second
 * claimer skips them and, once the first commits, they are no longer in verification. SQLite runs
 * one writer at a time.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { dbMoment } from './sla-clock';
import { columnOf, isPostgres, joinTableOf, tableOf } from './tables';

type Db = Knex | Knex.Transaction;

/** A datetime as the driver returns it (PostgreSQL a Date, SQLite epoch milliseconds) as ISO text. */
export const isoOf = (v: unknown): string => {
  const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));
  return d.toISOString();
};

export function capaSql(strapi: Core.Strapi) {
  const pg = isPostgres(strapi);
  const actions = tableOf(strapi, 'corrective-action');
  const ac = (attr: string) => columnOf(strapi, 'corrective-action', attr);

  return {
    /** Every category row of the `en` locale (relations from records point there) with its parent's row id. */
    async categoryParents(db: Db): Promise<Map<number, number | null>> {
      const jt = joinTableOf(strapi, 'category', 'parent');
      const rows: Array<{ id: number; parent_id: number | null }> = await db
        .select('c.id', `p.${jt.inverseJoinColumn.name} as parent_id`)
        .from(`${tableOf(strapi, 'category')} as c`)
        .leftJoin(`${jt.table} as p`, `p.${jt.joinColumn.name}`, 'c.id')
        .where(`c.${columnOf(strapi, 'category', 'locale')}`, 'en');
      return new Map(rows.map((r) => [Number(r.id), r.parent_id === null || r.parent_id === undefined ? null : Number(r.parent_id)]));
    },

    /**
     * Complaints with the root cause received in [from, to), in one of the categories (null: any
     * category, or none): the candidate recurrences, oldest first.
     */
    async recurrenceCandidates(
      db: Db,
      q: { rootCauseId: number; categoryIds: number[] | null; from: Date; to: Date; limit: number },
    ): Promise<Array<{ id: string; trackingCode: string; receivedAt: string }>> {
      const rc = joinTableOf(strapi, 'complaint', 'rootCauses');
      const cat = joinTableOf(strapi, 'complaint', 'category');
      const received = `c.${columnOf(strapi, 'complaint', 'receivedAt')}`;
      let query = db
        .select(`c.${columnOf(strapi, 'complaint', 'documentId')} as document_id`, `c.${columnOf(strapi, 'complaint', 'trackingCode')} as tracking_code`, `${received} as received_at`)
        .from(`${tableOf(strapi, 'complaint')} as c`)
        .join(`${rc.table} as r`, `r.${rc.joinColumn.name}`, 'c.id')
        .where(`r.${rc.inverseJoinColumn.name}`, q.rootCauseId)
        .where(received, '>=', dbMoment(strapi, q.from))
        .where(received, '<', dbMoment(strapi, q.to));
      if (q.categoryIds) {
        const ids = q.categoryIds;
        query = query.whereExists((sub) => {
          sub.select(1).from(`${cat.table} as k`).whereRaw(`k.${cat.joinColumn.name} = c.id`).whereIn(`k.${cat.inverseJoinColumn.name}`, ids);
        });
      }
      const rows: Array<{ document_id: string; tracking_code: string; received_at: unknown }> = await query.orderBy(received, 'asc').orderBy('c.id', 'asc').limit(q.limit);
      return rows.map((r) => ({ id: r.document_id, trackingCode: r.tracking_code, receivedAt: isoOf(r.received_at) }));
    },

    /** Locks and returns up to `limit` actions in verification whose window ended by `now` (their documentIds). */
    async claimDue(trx: Knex.Transaction, now: Date, limit: number): Promise<string[]> {
      const rows: Array<{ document_id: string }> = await trx
        .select(`${ac('documentId')} as document_id`)
        .from(actions)
        .where(ac('status'), 'verification')
        .where(ac('verificationEndsAt'), '<=', dbMoment(strapi, now))
        .orderBy(ac('verificationEndsAt'), 'asc')
        .orderBy('id', 'asc')
        .limit(limit)
        .modify((b) => {
          if (pg) b.forUpdate().skipLocked();
        });
      return rows.map((r) => r.document_id);
    },

    /** Actions in verification against one of these root causes (row ids): their documentIds. */
    async inVerificationFor(db: Db, rootCauseIds: number[]): Promise<string[]> {
      if (rootCauseIds.length === 0) return [];
      const jt = joinTableOf(strapi, 'corrective-action', 'rootCause');
      const rows: Array<{ document_id: string }> = await db
        .select(`a.${ac('documentId')} as document_id`)
        .from(`${actions} as a`)
        .join(`${jt.table} as j`, `j.${jt.joinColumn.name}`, 'a.id')
        .where(`a.${ac('status')}`, 'verification')
        .whereIn(`j.${jt.inverseJoinColumn.name}`, rootCauseIds)
        .orderBy('a.id', 'asc');
      return rows.map((r) => r.document_id);
    },
  };
}

export type CapaSql = ReturnType<typeof capaSql>;
