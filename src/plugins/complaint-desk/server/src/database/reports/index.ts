/**
 * The reports' SQL: one grouped statement per report over the complaint table and its link
 * tables, the same on SQLite and PostgreSQL (datetimes bound as each stores them, `dbMoment`).
 * What is counted is defined in domain/reports (status sets, stage columns) and on the row types
 * in shared/reports.ts; the shares, the Pareto's order, buckets and regulator classes are computed
 * in the domain from the counts these statements return.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CONCLUDED_STATUSES, FINISHED_STATUSES, SLA_STAGE_COLUMNS, UNRESOLVED_CONCLUDED_STATUSES } from '../../domain/reports/definitions';
import { dbMoment } from '../sla-clock';
import { columnOf, isPostgres, joinTableOf, tableOf } from '../tables';

/** The complaint filters every report takes, as numeric row ids. */
export interface ComplaintFilters {
  from: Date;
  to: Date;
  /** The category subtree (rows of the `en` locale, which complaints link to). */
  categoryIds?: number[];
  channel?: string;
  language?: string;
  /** Queue teams; an empty list selects nothing. */
  teamIds?: number[];
}

export interface Window {
  /** The verification window's start, the implementation moment and the window's end. */
  start: Date;
  middle: Date;
  end: Date;
  rootCauseId: number;
  categoryIds?: number[];
}

type Row = Record<string, unknown>;

const n = (v: unknown): number => Number(v ?? 0);
const idOf = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A stored datetime as ISO 8601 (SQLite: epoch ms; PostgreSQL: a Date, or text in UTC). */
export function isoOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number') return new Date(v).toISOString();
  const s = String(v);
  if (/^\d+$/.test(s)) return new Date(Number(s)).toISOString();
  return new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) ? s : `${s.replace(' ', 'T')}Z`).toISOString();
}

export function createReportQueries(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  /** The current transaction's knex handle, if any, else the connection. */
  const withKnex = async <T>(fn: (k: Knex) => Promise<T>): Promise<T> =>
    strapi.db.inTransaction() ? ((await strapi.db.transaction(({ trx }) => fn(trx as unknown as Knex))) as T) : fn(strapi.db.connection as unknown as Knex);
  const c = (attr: string) => `c.${columnOf(strapi, 'complaint', attr)}`;
  const at = (d: Date) => dbMoment(strapi, d);
  const link = (model: string, attr: string) => joinTableOf(strapi, model, attr);

  /** The complaints a report counts: the filters, and the period on `receivedAt` unless `period` is false. */
  function complaints(f: ComplaintFilters, period = true): Knex.QueryBuilder {
    const qb = knex().from(`${tableOf(strapi, 'complaint')} as c`);
    if (period) qb.where(c('receivedAt'), '>=', at(f.from)).where(c('receivedAt'), '<', at(f.to));
    return filtered(qb, f);
  }

  function filtered(qb: Knex.QueryBuilder, f: Omit<ComplaintFilters, 'from' | 'to'>): Knex.QueryBuilder {
    if (f.channel) qb.where(c('channel'), f.channel);
    if (f.language) qb.where(c('language'), f.language);
    if (f.teamIds) qb.whereIn(c('queueTeamId'), f.teamIds);
    if (f.categoryIds) {
      const cl = link('complaint', 'category');
      qb.whereIn('c.id', knex().from(cl.table).select(cl.joinColumn.name).whereIn(cl.inverseJoinColumn.name, f.categoryIds));
    }
    return qb;
  }

  /**
   * The buckets as a derived table `b(i, s, e)`: a VALUES list (SQLite caps UNION ALL chains at
   * 500 terms, not VALUES rows), typed for PostgreSQL.
   */
  function bucketTable(buckets: ReadonlyArray<{ start: Date; end: Date }>): Knex.Raw {
    const pg = isPostgres(strapi);
    const values = buckets.map(() => (pg ? '(CAST(? AS integer), CAST(? AS timestamp), CAST(? AS timestamp))' : '(?, ?, ?)')).join(', ');
    const bindings = buckets.flatMap((b, i) => [i, at(b.start), at(b.end)]);
    return pg
      ? knex().raw(`(VALUES ${values}) AS b (i, s, e)`, bindings)
      : knex().raw(`(SELECT column1 AS i, column2 AS s, column3 AS e FROM (VALUES ${values})) AS b`, bindings);
  }

  return {
    /** Complaints per root cause (each complaint once per cause it links to). */
    async rootCauseCounts(f: ComplaintFilters): Promise<Array<{ rootCauseId: number; count: number }>> {
      const rl = link('complaint', 'rootCauses');
      const rows: Row[] = await complaints(f)
        .join(`${rl.table} as l`, `l.${rl.joinColumn.name}`, 'c.id')
        .groupBy(`l.${rl.inverseJoinColumn.name}`)
        .select(`l.${rl.inverseJoinColumn.name} as id`)
        .count({ n: '*' });
      return rows.map((r) => ({ rootCauseId: n(r.id), count: n(r.n) }));
    },

    /** Per bucket index: complaints received in it, and complaints resolved in it. */
    async trendCounts(f: ComplaintFilters, buckets: ReadonlyArray<{ start: Date; end: Date }>): Promise<{ received: Map<number, number>; resolved: Map<number, number> }> {
      const per = async (attr: string) => {
        if (!buckets.length) return new Map<number, number>();
        const qb = filtered(knex().from(bucketTable(buckets)), f)
          .join(`${tableOf(strapi, 'complaint')} as c`, function () {
            this.on(c(attr), '>=', 'b.s').andOn(c(attr), '<', 'b.e');
          })
          .groupBy('b.i')
          .select('b.i as i')
          .count({ n: '*' });
        const rows: Row[] = await qb;
        return new Map(rows.map((r) => [n(r.i), n(r.n)]));
      };
      return { received: await per('receivedAt'), resolved: await per('resolvedAt') };
    },

    /** Per queue team: each SLA stage's met, breached and pending counts at `now`. */
    async slaCounts(f: ComplaintFilters, now: Date): Promise<Array<{ teamId: number | null } & Record<string, number | null>>> {
      const qb = complaints(f).groupBy(c('queueTeamId')).select(knex().raw('?? as team', [c('queueTeamId')]));
      const t = at(now);
      for (const { stage, due, met } of SLA_STAGE_COLUMNS) {
        const [d, m] = [c(due), c(met)];
        qb.select(knex().raw(`sum(case when ?? is not null and ?? is not null and ?? <= ?? then 1 else 0 end) as ??`, [d, m, m, d, `${stage}_met`]));
        qb.select(knex().raw(`sum(case when ?? is not null and ((?? is not null and ?? > ??) or (?? is null and ?? < ?)) then 1 else 0 end) as ??`, [d, m, m, d, m, d, t, `${stage}_breached`]));
        qb.select(knex().raw(`sum(case when ?? is not null and ?? is null and ?? >= ? then 1 else 0 end) as ??`, [d, m, d, t, `${stage}_pending`]));
      }
      const rows: Row[] = await qb;
      return rows.map((r) => {
        const out: { teamId: number | null } & Record<string, number | null> = { teamId: idOf(r.team) };
        for (const { stage } of SLA_STAGE_COLUMNS) for (const k of ['met', 'breached', 'pending']) out[`${stage}_${k}`] = n(r[`${stage}_${k}`]);
        return out;
      });
    },

    /** Corrective actions implemented in `[from, to)` with their root cause and category (numeric ids). */
    async implementedActions(from: Date, to: Date): Promise<Row[]> {
      const a = (attr: string) => `a.${columnOf(strapi, 'corrective-action', attr)}`;
      const rl = link('corrective-action', 'rootCause');
      const cl = link('corrective-action', 'category');
      const rows: Row[] = await knex()
        .from(`${tableOf(strapi, 'corrective-action')} as a`)
        .leftJoin(`${rl.table} as rl`, `rl.${rl.joinColumn.name}`, 'a.id')
        .leftJoin(`${tableOf(strapi, 'root-cause')} as r`, 'r.id', `rl.${rl.inverseJoinColumn.name}`)
        .leftJoin(`${cl.table} as cl`, `cl.${cl.joinColumn.name}`, 'a.id')
        .leftJoin(`${tableOf(strapi, 'category')} as k`, 'k.id', `cl.${cl.inverseJoinColumn.name}`)
        .where(a('implementedAt'), '>=', at(from))
        .where(a('implementedAt'), '<', at(to))
        .orderBy(a('implementedAt'))
        .orderBy('a.id')
        .select({
          id: 'a.id',
          documentId: 'a.document_id',
          title: a('title'),
          status: a('status'),
          implementedAt: a('implementedAt'),
          windowDays: a('verificationWindowDays'),
          result: a('effectivenessResult'),
          override: a('effectivenessOverride'),
          rootCauseId: 'r.id',
          rootCauseDocumentId: 'r.document_id',
          rootCauseCode: `r.${columnOf(strapi, 'root-cause', 'code')}`,
          categoryId: 'k.id',
          categoryDocumentId: 'k.document_id',
        });
      return rows.map((r) => ({ ...r, implementedAt: isoOf(r.implementedAt) }));
    },

    /** Complaints with the window's root cause received before and after its middle (filters apply, not the period). */
    async windowCounts(f: Omit<ComplaintFilters, 'from' | 'to' | 'categoryIds'>, w: Window): Promise<{ before: number; after: number }> {
      const rl = link('complaint', 'rootCauses');
      const mid = at(w.middle);
      const qb = filtered(knex().from(`${tableOf(strapi, 'complaint')} as c`), { ...f, ...(w.categoryIds && { categoryIds: w.categoryIds }) })
        .join(`${rl.table} as l`, `l.${rl.joinColumn.name}`, 'c.id')
        .where(`l.${rl.inverseJoinColumn.name}`, w.rootCauseId)
        .where(c('receivedAt'), '>=', at(w.start))
        .where(c('receivedAt'), '<', at(w.end))
        .select(knex().raw('sum(case when ?? < ? then 1 else 0 end) as before_n', [c('receivedAt'), mid]))
        .select(knex().raw('sum(case when ?? >= ? then 1 else 0 end) as after_n', [c('receivedAt'), mid]));
      const [row] = (await qb) as Row[];
      return { before: n(row?.before_n), after: n(row?.after_n) };
    },

    /** Per channel: concluded complaints, and those of them resolved at first contact. */
    async firstContactCounts(f: ComplaintFilters): Promise<Array<{ channel: string; concluded: number; firstContact: number }>> {
      const rv = link('complaint', 'cftReview');
      const rows: Row[] = await complaints(f)
        .whereIn(c('status'), [...CONCLUDED_STATUSES])
        .leftJoin(`${rv.table} as rv`, `rv.${rv.joinColumn.name}`, 'c.id')
        .groupBy(c('channel'))
        .select(knex().raw('?? as channel', [c('channel')]))
        .count({ concluded: '*' })
        .select(
          knex().raw(
            `sum(case when ?? not in (${UNRESOLVED_CONCLUDED_STATUSES.map(() => '?').join(', ')}) and ?? = 'line1' and coalesce(??, 1) = 1 and ?? is null then 1 else 0 end) as first_contact`,
            [c('status'), ...UNRESOLVED_CONCLUDED_STATUSES, c('escalationLevel'), c('responseRound'), `rv.${rv.joinColumn.name}`],
          ),
        );
      return rows.map((r) => ({ channel: String(r.channel), concluded: n(r.concluded), firstContact: n(r.first_contact) }));
    },

    /** Surveys recorded in the period by result and process score (complaint filters apply to the survey's complaint). */
    async surveyCounts(f: ComplaintFilters): Promise<Array<{ result: number | null; process: number | null; count: number }>> {
      const s = (attr: string) => `s.${columnOf(strapi, 'survey', attr)}`;
      const sl = link('survey', 'complaint');
      const rows: Row[] = await filtered(knex().from(`${tableOf(strapi, 'survey')} as s`), f)
        .join(`${sl.table} as sl`, `sl.${sl.joinColumn.name}`, 's.id')
        .join(`${tableOf(strapi, 'complaint')} as c`, 'c.id', `sl.${sl.inverseJoinColumn.name}`)
        .where(s('createdAt'), '>=', at(f.from))
        .where(s('createdAt'), '<', at(f.to))
        .groupBy(s('resultScore'), s('processScore'))
        .select({ result: s('resultScore'), process: s('processScore') })
        .count({ n: '*' });
      return rows.map((r) => ({ result: idOf(r.result), process: idOf(r.process), count: n(r.n) }));
    },

    /** Customers with at least `min` complaints in the period, most first, at most `limit`. */
    async repeatComplainants(f: ComplaintFilters, min: number, limit: number): Promise<Row[]> {
      const cl = link('complaint', 'customer');
      const cu = (attr: string) => `cu.${columnOf(strapi, 'customer', attr)}`;
      const grouped = complaints(f)
        .join(`${cl.table} as cl`, `cl.${cl.joinColumn.name}`, 'c.id')
        .groupBy(`cl.${cl.inverseJoinColumn.name}`)
        .havingRaw('count(*) >= ?', [min])
        .select({ customer: `cl.${cl.inverseJoinColumn.name}` })
        .count({ n: '*' })
        .min({ first: c('receivedAt') })
        .max({ last: c('receivedAt') })
        .as('g');
      const rows: Row[] = await knex()
        .from(grouped)
        .join(`${tableOf(strapi, 'customer')} as cu`, 'cu.id', 'g.customer')
        .orderBy([
          { column: 'g.n', order: 'desc' },
          { column: 'g.last', order: 'desc' },
          { column: 'cu.id', order: 'asc' },
        ])
        .limit(limit)
        .select({ documentId: 'cu.document_id', name: cu('name'), phone: cu('phone'), email: cu('email'), n: 'g.n', first: 'g.first', last: 'g.last' });
      return rows.map((r) => ({ ...r, n: n(r.n), first: isoOf(r.first), last: isoOf(r.last) }));
    },

    /** Complaints per category (null: without one). */
    async categoryCounts(f: ComplaintFilters): Promise<Array<{ categoryId: number | null; count: number }>> {
      const cl = link('complaint', 'category');
      const rows: Row[] = await complaints(f)
        .leftJoin(`${cl.table} as cl`, `cl.${cl.joinColumn.name}`, 'c.id')
        .groupBy(`cl.${cl.inverseJoinColumn.name}`)
        .select({ category: `cl.${cl.inverseJoinColumn.name}` })
        .count({ n: '*' });
      return rows.map((r) => ({ categoryId: idOf(r.category), count: n(r.n) }));
    },

    /** Mass incidents with complaints in the period: their complaints and those still open. */
    async massIncidentCounts(f: ComplaintFilters): Promise<Row[]> {
      const ml = link('complaint', 'massIncident');
      const m = (attr: string) => `m.${columnOf(strapi, 'mass-incident', attr)}`;
      const grouped = complaints(f)
        .join(`${ml.table} as ml`, `ml.${ml.joinColumn.name}`, 'c.id')
        .groupBy(`ml.${ml.inverseJoinColumn.name}`)
        .select({ incident: `ml.${ml.inverseJoinColumn.name}` })
        .count({ n: '*' })
        .select(knex().raw(`sum(case when ?? in (${FINISHED_STATUSES.map(() => '?').join(', ')}) then 0 else 1 end) as open_n`, [c('status'), ...FINISHED_STATUSES]))
        .as('g');
      const rows: Row[] = await knex()
        .from(grouped)
        .join(`${tableOf(strapi, 'mass-incident')} as m`, 'm.id', 'g.incident')
        .orderBy([
          { column: 'g.n', order: 'desc' },
          { column: 'm.id', order: 'asc' },
        ])
        .select({ documentId: 'm.document_id', title: m('title'), status: m('status'), startedAt: m('startedAt'), endedAt: m('endedAt'), n: 'g.n', open: 'g.open_n' });
      return rows.map((r) => ({ ...r, n: n(r.n), open: n(r.open), startedAt: isoOf(r.startedAt), endedAt: isoOf(r.endedAt) }));
    },

    /** The category tree of the `en` rows (which complaints link to): id, documentId, parent, regulator class. */
    async categoryTree(): Promise<Array<{ id: number; documentId: string; parentId: number | null; regulatorClass: string | null }>> {
      const pl = link('category', 'parent');
      const rows: Row[] = await knex()
        .from(`${tableOf(strapi, 'category')} as k`)
        .leftJoin(`${pl.table} as pl`, `pl.${pl.joinColumn.name}`, 'k.id')
        .where((qb) => qb.where('k.locale', 'en').orWhereNull('k.locale'))
        .select({ id: 'k.id', documentId: 'k.document_id', parentId: `pl.${pl.inverseJoinColumn.name}`, regulatorClass: `k.${columnOf(strapi, 'category', 'regulatorClass')}` });
      return rows.map((r) => ({ id: n(r.id), documentId: String(r.documentId), parentId: idOf(r.parentId), regulatorClass: (r.regulatorClass as string | null) ?? null }));
    },

    /** Teams: id, documentId, name. */
    async teams(): Promise<Array<{ id: number; documentId: string; name: string }>> {
      const rows: Row[] = await knex().from(tableOf(strapi, 'team')).select({ id: 'id', documentId: 'document_id', name: columnOf(strapi, 'team', 'name') });
      return rows.map((r) => ({ id: n(r.id), documentId: String(r.documentId), name: String(r.name ?? '') }));
    },

    /** The teams a user is a member of (numeric ids). */
    async teamsOf(userId: number): Promise<number[]> {
      const ml = link('team', 'members');
      const rows: Row[] = await knex().from(ml.table).where(ml.inverseJoinColumn.name, userId).select({ team: ml.joinColumn.name });
      return rows.map((r) => n(r.team));
    },

    /** Root causes by numeric id: documentId, code, title, 6M class. */
    async rootCauses(ids: number[]): Promise<Row[]> {
      if (!ids.length) return [];
      return knex()
        .from(tableOf(strapi, 'root-cause'))
        .whereIn('id', ids)
        .select({ id: 'id', documentId: 'document_id', code: columnOf(strapi, 'root-cause', 'code'), title: columnOf(strapi, 'root-cause', 'title'), sixM: columnOf(strapi, 'root-cause', 'sixM') });
    },

    /** The root causes linked to each complaint (by complaint row id), in link order. */
    async complaintRootCauses(complaintIds: number[]): Promise<Map<number, Array<{ documentId: string }>>> {
      const out = new Map<number, Array<{ documentId: string }>>();
      if (!complaintIds.length) return out;
      const rl = link('complaint', 'rootCauses');
      // Inside a transaction (an action's re-read) through its connection: SQLite has only that one.
      const rows: Row[] = await withKnex((k) =>
        k
          .from(`${rl.table} as l`)
          .join(`${tableOf(strapi, 'root-cause')} as r`, 'r.id', `l.${rl.inverseJoinColumn.name}`)
          .whereIn(`l.${rl.joinColumn.name}`, complaintIds)
          .orderBy('l.id')
          .select({ complaint: `l.${rl.joinColumn.name}`, documentId: 'r.document_id' }),
      );
      for (const r of rows) {
        const id = n(r.complaint);
        const list = out.get(id) ?? [];
        list.push({ documentId: String(r.documentId) });
        out.set(id, list);
      }
      return out;
    },

    /** Complaints received in `[from, to)` per root cause, for the given root causes (by documentId). */
    async rootCauseComplaintCounts(rootCauseDocumentIds: string[], from: Date, to: Date): Promise<Map<string, number>> {
      if (!rootCauseDocumentIds.length) return new Map();
      const rl = link('complaint', 'rootCauses');
      const rows: Row[] = await complaints({ from, to })
        .join(`${rl.table} as l`, `l.${rl.joinColumn.name}`, 'c.id')
        .join(`${tableOf(strapi, 'root-cause')} as r`, 'r.id', `l.${rl.inverseJoinColumn.name}`)
        .whereIn('r.document_id', rootCauseDocumentIds)
        .groupBy('r.document_id')
        .select({ documentId: 'r.document_id' })
        .count({ n: '*' });
      return new Map(rows.map((r) => [String(r.documentId), n(r.n)]));
    },

    /** The default SLA policy's calendar's time zone, if any. */
    async defaultTimeZone(): Promise<string | null> {
      const pl = link('sla-policy', 'calendar');
      const row: Row | undefined = await knex()
        .from(`${tableOf(strapi, 'sla-policy')} as p`)
        .join(`${pl.table} as pl`, `pl.${pl.joinColumn.name}`, 'p.id')
        .join(`${tableOf(strapi, 'business-calendar')} as bc`, 'bc.id', `pl.${pl.inverseJoinColumn.name}`)
        .where(`p.${columnOf(strapi, 'sla-policy', 'isDefault')}`, true)
        .orderBy('p.id')
        .first({ tz: `bc.${columnOf(strapi, 'business-calendar', 'timezone')}` });
      return (row?.tz as string | undefined) ?? null;
    },
  };
}

export type ReportQueries = ReturnType<typeof createReportQueries>;
