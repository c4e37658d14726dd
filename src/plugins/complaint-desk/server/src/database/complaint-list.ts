/**
 * The complaint list as SQL: the queues are the product's hottest query. Strapi's query engine
 * filters relations with LEFT JOIN … COUNT(DISTINCT) over the whole table, which took ~0.5 s for
 * the count of one team's queue on 1,000,000 complaints. Here the filters (already whitelisted
 * and typed by domain/rest-query.ts) become plain predicates on the complaint table, relation
 * filters become `id IN (SELECT … FROM <link table>)` semi-joins, and the count is a plain
 * COUNT(*). Table and column names come from Strapi's metadata.
 */
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { QUEUE_NAMES, type QueueName } from '../domain/queues';
import type { Condition, ListQuery } from '../domain/rest-query';
import { parseTrackingCode } from '../domain/tracking-code';
import { uid } from '../pluginId';
import { RESOURCES } from '../resources';
import { attributeColumn, modelMeta, relationJoin, relationTarget, type ModelMeta } from './model-meta';
import { pgPageTypes, type PgTypes } from './pg-types';
import { createPreparedNamer } from './prepared';
import { rowQueuePredicates } from './queues';
import { cachedMapper, listColumns } from './row-mapper';
import { isPostgres, qualified, tableOf } from './tables';

type Builder = Knex.QueryBuilder;
type Row = Record<string, unknown>;

/** Who asks: the user's id (their queues) and whether their role sees personal data (search). */
export interface ListCaller {
  id: number;
  seesPersonalData: boolean;
}

const def = RESOURCES.complaints;

/**
 * What a complaint read needs besides its own columns (record, snapshot, available actions): the
 * to-one relations with the target fields used. `name` (category, team) and `username` (assignee)
 * give the record's categoryName, teamName and assigneeName, so that the list names them without
 * asking for those resources.
 */
export const TO_ONE: Array<[attr: string, fields: string[]]> = [
  ['category', ['documentId', 'name', 'claimMinValueTier', 'recourseText', 'area']],
  ['customer', ['documentId', 'name', 'phone', 'email', 'contactPreference', 'preferredLanguage']],
  ['team', ['documentId', 'name', 'area', 'line']],
  ['assignee', ['documentId', 'username', 'fullName']],
  ['subjectStaff', ['documentId']],
  ['registeredBy', ['documentId']],
  // The record shows the linked incident's handling algorithm (services/complaints.ts toRecord).
  ['massIncident', ['documentId', 'title', 'status', 'handlingAlgorithm']],
  ['cftReview', ['documentId']],
  ['slaPolicy', ['documentId', 'acknowledgmentHours', 'assessmentDays', 'evaluationDays', 'resolutionDays', 'atRiskShare', 'onAtRisk', 'onBreach']],
];

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A search term written like a phone number: digits, spaces, + ( ) . - only. */
const PHONE_LIKE = /^[+\d\s().-]+$/;

/** Per relation: its attribute, the row keys of its fields (`<attr>__<field>`) and the fields. */
const RELATION_KEYS = TO_ONE.map(([attr, fields]) => ({ attr, idKey: `${attr}__documentId`, fields: fields.map((f) => [f, `${attr}__${f}`] as const) }));

/** A joined row's relation columns → `{ attr: {field: …} | null }` (null when there is no related row). */
export function relationsOf(row: Row): Record<string, Row | null> {
  const out: Record<string, Row | null> = {};
  for (const { attr, idKey, fields } of RELATION_KEYS) {
    if (!row[idKey]) {
      out[attr] = null;
      continue;
    }
    const o: Row = {};
    for (const [f, key] of fields) o[f] = row[key] ?? null;
    out[attr] = o;
  }
  return out;
}

interface PgClient {
  client?: { driver?: { types?: PgTypes } };
}

export function createComplaintList(strapi: Core.Strapi) {
  const pg = () => isPostgres(strapi);
  const driverTypes = pg() ? (strapi.db.connection as unknown as PgClient).client?.driver?.types : undefined;
  /** Per-query node-pg type parsers for the page statement (PostgreSQL only; database/pg-types.ts). */
  const PG_PAGE_TYPES = driverTypes?.getTypeParser ? pgPageTypes(driverTypes) : undefined;
  const table = (name: string) => qualified(strapi, name);
  const meta = (): ModelMeta => modelMeta(strapi, 'complaint');
  const column = (attr: string) => `c.${attributeColumn(meta(), attr)}`;
  /** Values as the dialect stores them (Strapi keeps SQLite datetimes as epoch ms). */
  const value = (attr: string, v: unknown) => (meta().attributes[attr].type === 'datetime' && !pg() && typeof v === 'string' ? new Date(v).getTime() : v);
  const fromRow = cachedMapper(meta);
  /** The same for page rows on PostgreSQL, whose datetimes PG_PAGE_TYPES already turned into ISO strings. */
  const fromPageRow = cachedMapper(meta, { isoDatetimes: true });
  const preparedName = createPreparedNamer();

  /** `c.id IN (SELECT complaint id FROM link table [JOIN target] WHERE …)` for a relation. */
  function inRelation(knex: Knex, attr: string, build: (q: Builder, targetAlias: string) => unknown): Builder {
    const jt = relationJoin(meta(), attr);
    const target = relationTarget(strapi, meta(), attr);
    return knex
      .from(`${table(jt.name)} as l`)
      .join(`${table(target.tableName)} as t`, 't.id', `l.${jt.inverseJoinColumn.name}`)
      .where((q) => {
        build(q, 't');
      })
      .select(`l.${jt.joinColumn.name}`);
  }
  /**
   * The same subquery correlated with the complaint row, for EXISTS / NOT EXISTS. Negations must
   * use NOT EXISTS: PostgreSQL plans it as an anti-join, while `c.id NOT IN (subquery)` cannot be
   * one (NULL semantics) and, once the subquery outgrows work_mem, runs it per row: the
   * `unassigned` queue took minutes on 1,000,000 complaints that way.
   */
  function correlated(knex: Knex, attr: string, build?: (q: Builder, targetAlias: string) => unknown): Builder {
    const jt = relationJoin(meta(), attr);
    const sub: Builder = build ? inRelation(knex, attr, build) : knex.from(`${table(jt.name)} as l`).select(`l.${jt.joinColumn.name}`);
    return sub.whereRaw('?? = ??', [`l.${jt.joinColumn.name}`, 'c.id']);
  }

  function condition(knex: Knex, q: Builder, c: Condition): void {
    const documentId = column('documentId');
    if (c.field === 'id') {
      if (c.op === 'in') q.whereIn(documentId, c.value as string[]);
      else if (c.op === 'nin') q.whereNotIn(documentId, c.value as string[]);
      else if (c.op === 'ne') q.whereNot(documentId, c.value as string);
      else q.where(documentId, c.value as string);
      return;
    }
    if (c.field === 'teamId') {
      // The team is mirrored in queue_team_id (kept with the relation): one index range per queue.
      const queueTeam = column('queueTeamId');
      if (c.op === 'null') return void q.whereNull(queueTeam);
      if (c.op === 'notNull') return void q.whereNotNull(queueTeam);
      const ids = c.op === 'in' || c.op === 'nin' ? (c.value as string[]) : [c.value as string];
      const teamTable = tableOf(strapi, 'team');
      const teams = knex.from(teamTable).whereIn('document_id', ids).select('id');
      if (c.op === 'ne' || c.op === 'nin') q.where((w) => w.whereNotIn(queueTeam, teams).orWhereNull(queueTeam));
      // One team: `= (scalar subquery)`, which PostgreSQL runs first (an InitPlan), so that the
      // page reads the (queue_team_id, status, sla_due_at) index in order: 25 index entries instead
      // of walking (status, sla_due_at) and filtering by team (~0.5 ms instead of ~5 ms).
      // document_id is unique among teams (not localized, no draft and publish).
      else if (ids.length === 1) q.where(queueTeam, knex.from(teamTable).where('document_id', ids[0]).select('id'));
      else q.whereIn(queueTeam, teams);
      return;
    }
    const relation = def.relations[c.field];
    if (relation) {
      if (c.op === 'null') return void q.whereNotExists(correlated(knex, relation.attr));
      if (c.op === 'notNull') return void q.whereExists(correlated(knex, relation.attr));
      const ids = c.op === 'in' || c.op === 'nin' ? (c.value as string[]) : [c.value as string];
      const match = (s: Builder, t: string) => s.whereIn(`${t}.document_id`, ids);
      if (c.op === 'ne' || c.op === 'nin') q.whereNotExists(correlated(knex, relation.attr, match));
      else q.whereIn('c.id', inRelation(knex, relation.attr, match));
      return;
    }
    const attr = def.fields[c.field].attr ?? c.field;
    const col = column(attr);
    const v = (Array.isArray(c.value) ? c.value.map((x) => value(attr, x)) : value(attr, c.value)) as Knex.Value;
    switch (c.op) {
      case 'eq':
        q.where(col, v);
        break;
      case 'ne':
        q.where((w) => w.whereNot(col, v).orWhereNull(col));
        break;
      case 'gt':
        q.where(col, '>', v);
        break;
      case 'gte':
        q.where(col, '>=', v);
        break;
      case 'lt':
        q.where(col, '<', v);
        break;
      case 'lte':
        q.where(col, '<=', v);
        break;
      case 'in':
        q.whereIn(col, v as readonly Knex.Value[]);
        break;
      case 'nin':
        q.where((w) => w.whereNotIn(col, v as readonly Knex.Value[]).orWhereNull(col));
        break;
      case 'contains':
        q.whereRaw(`lower(??) like lower(?) escape '\\'`, [col, `%${escapeLike(String(c.value))}%`]);
        break;
      case 'null':
        q.whereNull(col);
        break;
      case 'notNull':
        q.whereNotNull(col);
        break;
    }
  }

  /** Restricts `q` to a named queue (domain/queues.ts) as the caller sees it. */
  async function named(knex: Knex, q: Builder, queue: string | undefined, caller: ListCaller): Promise<void> {
    const now = pg() ? new Date() : Date.now();
    const status = column('status');
    switch (queue) {
      case 'mine':
        q.whereIn('c.id', inRelation(knex, 'assignee', (s, t) => s.where(`${t}.id`, caller.id)));
        break;
      case 'team': {
        const teams: Array<{ id: number }> = await strapi.db.query(uid('team') as UID.Schema).findMany({ where: { members: { id: caller.id } }, select: ['id'] });
        q.whereIn(column('queueTeamId'), teams.length ? teams.map((x) => x.id) : [-1]);
        break;
      }
      case 'unassigned':
        q.whereNotExists(correlated(knex, 'assignee')).whereIn(status, OPEN_STATUSES as string[]);
        break;
      case 'at_risk':
      case 'breached':
      case 'awaiting_approval':
      case 'awaiting_customer': {
        const test = rowQueuePredicates(strapi, now)[queue];
        if (test.open) q.whereIn(status, OPEN_STATUSES as string[]);
        q.whereRaw(test.sql, test.bindings as Knex.RawBinding[]);
        break;
      }
    }
  }

  /**
   * `q`: the tracking code, subject and description; the customer's name and phone only for roles
   * that see them, so that no total answers a guess at personal data the record masks.
   */
  function fullText(knex: Knex, q: Builder, term: string, personal: boolean): void {
    const like = `%${escapeLike(term.toLowerCase())}%`;
    const code = parseTrackingCode(term);
    // A phone number only when the term is written like one: a tracking code or a word with three
    // digits in it must not match every customer whose phone holds those digits.
    const digits = PHONE_LIKE.test(term.trim()) ? term.replace(/[^0-9+]/g, '') : '';
    const compact = `%${escapeLike(term.replace(/[\s-]/g, '').toUpperCase())}%`;
    q.where((w) => {
      if (code) w.orWhere('c.tracking_code', code);
      w.orWhereRaw(`c.tracking_code like ? escape '\\'`, [compact])
        .orWhereRaw(`lower(c.subject) like ? escape '\\'`, [like])
        .orWhereRaw(`lower(c.description) like ? escape '\\'`, [like]);
      if (personal)
        w.orWhereIn(
          'c.id',
          inRelation(knex, 'customer', (s, t) => {
            s.whereRaw(`lower(${t}.name) like ? escape '\\'`, [like]);
            if (digits.replace(/\+/g, '').length >= 3) s.orWhereRaw(`${t}.phone_normalized like ? escape '\\'`, [`%${escapeLike(digits)}%`]);
          }),
        );
    });
  }

  /**
   * The to-one relations a complaint read needs, joined to the query's `c` alias over Strapi's
   * link tables; each target field comes back as `<attr>__<field>`. PostgreSQL: one LEFT JOIN
   * LATERAL (…LIMIT 1) per relation. Nine plain LEFT JOIN pairs made the planner search 20
   * relations at once (4–13 ms of planning per page); each lateral subquery is planned on its own
   * (~1 ms in all). SQLite, which has no LATERAL and plans joins cheaply: plain LEFT JOINs. Same
   * rows either way (a to-one relation has at most one link row).
   */
  function joinToOne(q: Builder): Builder {
    const knex = strapi.db.connection;
    for (const [attr, fields] of TO_ONE) {
      const jt = relationJoin(meta(), attr);
      const target = relationTarget(strapi, meta(), attr);
      const col = (f: string) => attributeColumn(target, f);
      if (pg()) {
        const sub = knex
          .from(`${table(jt.name)} as x`)
          .join(`${table(target.tableName)} as t`, `t.${jt.inverseJoinColumn.referencedColumn}`, `x.${jt.inverseJoinColumn.name}`)
          .whereRaw('?? = ??', [`x.${jt.joinColumn.name}`, 'c.id'])
          .select(fields.map((f) => `t.${col(f)} as ${attr}__${f}`))
          // A literal, not a parameter: a prepared page statement then has the same generic plan
          // as its custom ones (see `page`).
          .limit(1, { skipBinding: true });
        q.joinRaw('left join lateral (?) as ?? on true', [sub, `r_${attr}`]);
        for (const f of fields) q.select(`r_${attr}.${attr}__${f}`);
      } else {
        q.leftJoin(`${table(jt.name)} as j_${attr}`, `j_${attr}.${jt.joinColumn.name}`, 'c.id').leftJoin(
          `${table(target.tableName)} as t_${attr}`,
          `t_${attr}.${jt.inverseJoinColumn.referencedColumn}`,
          `j_${attr}.${jt.inverseJoinColumn.name}`,
        );
        for (const f of fields) q.select(`t_${attr}.${col(f)} as ${attr}__${f}`);
      }
    }
    return q;
  }

  // Empty values last when ascending, first when descending, on both databases (PostgreSQL's own
  // default, which its (status, sla_due_at) and queue indexes serve); then the id.
  const orderSql = (order: string) =>
    pg() ? `?? ${order} nulls ${order === 'asc' ? 'last' : 'first'}, c.id ${order}` : `(?? is null) ${order === 'asc' ? 'asc' : 'desc'}, ?? ${order}, c.id ${order}`;
  const orderBindings = (sortAttr: string) => (pg() ? [column(sortAttr)] : [column(sortAttr), column(sortAttr)]);
  const sortAttrOf = (sortField: string) => (sortField === 'id' ? 'id' : (def.fields[sortField]?.attr ?? sortField));

  let shape: { meta: ModelMeta; sql: string; bindings: readonly Knex.Value[] } | null = null;
  /**
   * The page statement around its two subqueries, without the ORDER BY: the select list and the
   * nine relation joins are the same for every page, so knex builds and formats them once (per
   * metadata object), not on every request. `?` placeholders: the count, the page's ids, then
   * the joins' own bindings.
   */
  function pageShape(): { sql: string; bindings: readonly Knex.Value[] } {
    const m = meta();
    if (shape && shape.meta === m) return shape;
    const knex = strapi.db.connection;
    const q = knex
      .from(knex.raw('(__count__) as n_total'))
      .leftJoin(knex.raw('(__ids__) as p'), knex.raw('1 = 1'))
      .leftJoin(`${table(m.tableName)} as c`, 'c.id', 'p.id')
      .select('n_total.n as n_total__n', ...listColumns(m).map((col) => `c.${col}`));
    joinToOne(q);
    const { sql, bindings } = q.toSQL();
    if (sql.split('(__count__)').length !== 2 || sql.split('(__ids__)').length !== 2) throw new Error('complaint-list: unexpected page statement shape');
    shape = { meta: m, sql: sql.replace('(__count__)', '(?)').replace('(__ids__)', '(?)'), bindings: [...bindings] };
    return shape;
  }

  /**
   * The count of every named queue in one statement: `mine` and `team` as index-range subqueries
   * built by `named`, and the five queues of open complaints in one pass over the open rows
   * (`count(case when … then 1 end)` per queue, the row predicates `named` uses; an integration
   * test compares each with the queue's list total). Seven COUNT(*) requests read the open rows
   * several times (~1.1 s in all on 1,000,000 complaints) and kept PostgreSQL busy for seconds
   * after each list view. On PostgreSQL, JIT is off for the statement: compiling it took ~180 ms
   * of a ~600 ms count.
   */
  async function queueCounts(caller: ListCaller): Promise<Record<QueueName, number>> {
    const run = async (knex: Knex) => {
      const from = () => knex.from(`${table(meta().tableName)} as c`);
      // Wrapped: an async function returning a knex builder would run it (a builder is a thenable).
      const scoped = async (queue: 'mine' | 'team') => {
        const q = from();
        await named(knex, q, queue, caller);
        return { sub: q.count({ n: '*' }) };
      };
      const now = pg() ? new Date() : Date.now();
      const assignee = relationJoin(meta(), 'assignee');
      // Unassigned: a LEFT JOIN of the assignee links, null on the complaint's side (a to-one
      // relation has at most one link row, so no row is counted twice). A hash join took ~390 ms
      // on 1,000,000 complaints; NOT EXISTS per open row ~550 ms.
      const open = from()
        .leftJoin(`${table(assignee.name)} as l`, `l.${assignee.joinColumn.name}`, 'c.id')
        .whereIn(column('status'), OPEN_STATUSES as string[])
        .select(
          knex.raw('count(case when ?? is null then 1 end) as ??', [`l.${assignee.joinColumn.name}`, 'unassigned']),
          ...Object.entries(rowQueuePredicates(strapi, now)).map(([queue, test]) => knex.raw(`count(case when ${test.sql} then 1 end) as ??`, [...(test.bindings as Knex.RawBinding[]), queue])),
        )
        .as('o');
      const [mine, team] = await Promise.all([scoped('mine'), scoped('team')]);
      const rows: Row[] = await knex.from(open).select('o.*', knex.raw('(?) as ??', [mine.sub, 'mine']), knex.raw('(?) as ??', [team.sub, 'team']));
      const row = rows[0] ?? {};
      return Object.fromEntries(QUEUE_NAMES.map((queue) => [queue, Number(row[queue] ?? 0)])) as Record<QueueName, number>;
    };
    if (!pg()) return run(strapi.db.connection);
    return strapi.db.connection.transaction(async (trx) => {
      await trx.raw('set local jit = off');
      return run(trx);
    });
  }

  /**
   * The page's complaints (all columns, as Strapi maps them, plus the to-one relations of TO_ONE)
   * and the total, in one SQL statement: the COUNT(*) of the filter, LEFT JOINed with the page's
   * ids (ORDER BY … LIMIT), the complaint rows and their relations. An empty page still returns
   * the total's row. `prepared`: PostgreSQL may run it as a named prepared statement.
   */
  async function page(query: ListQuery, caller: ListCaller, { prepared = true } = {}): Promise<{ rows: Row[]; total: number }> {
    const knex = strapi.db.connection;
    const base = knex.from(`${table(meta().tableName)} as c`);
    for (const c of query.conditions) condition(knex, base, c);
    await named(knex, base, query.named.queue, caller);
    if (query.q) fullText(knex, base, query.q, caller.seesPersonalData);
    const order = query.sort.order.toLowerCase();
    // PostgreSQL: the page's bounds as literals (validated integers). As parameters, a generic
    // plan guesses 10% of the rows for LIMIT and costs far more than the custom plans, so
    // PostgreSQL would plan every run; as literals, the prepared statement's generic plan (from
    // the 6th run on) is the custom one, and planning (~2–5 ms for this statement) goes away.
    const bound = pg() && Number.isSafeInteger(query.offset) && Number.isSafeInteger(query.limit) ? { skipBinding: true } : {};
    const sortAttr = sortAttrOf(query.sort.field);
    const ids = base.clone().select('c.id').orderByRaw(orderSql(order), orderBindings(sortAttr)).offset(query.offset, bound).limit(query.limit, bound);
    const count = base.clone().count({ n: '*' });
    const shape = pageShape();
    const statement = knex.raw(`${shape.sql} order by ${orderSql(order)}`, [count, ids, ...shape.bindings, ...orderBindings(sortAttr)]);
    // PostgreSQL: a prepared statement (node-pg named query, on the pool connection knex
    // picks), so that parsing and, once PostgreSQL settles on its generic plan, planning are not
    // repeated on every page (planning cost as much as running the statement).
    if (pg()) {
      const name = prepared ? preparedName(statement.toSQL().sql) : undefined;
      if (name) statement.options({ name });
      // Datetimes straight from their text to the ISO strings the record shows (no Date objects).
      if (PG_PAGE_TYPES) statement.options({ types: PG_PAGE_TYPES });
    }
    const raw: unknown = await statement;
    const result = (pg() ? (raw as { rows: Row[] }).rows : raw) as Row[];
    const total = Number(result[0]?.n_total__n ?? 0);
    const map = pg() && PG_PAGE_TYPES ? fromPageRow : fromRow;
    const rows = result.filter((r) => r.id !== null && r.id !== undefined).map((r) => Object.assign(map(r), relationsOf(r)));
    return { rows, total };
  }

  return { TO_ONE, joinToOne, queueCounts, relationsOf, fromRow, page };
}

export type ComplaintList = ReturnType<typeof createComplaintList>;
