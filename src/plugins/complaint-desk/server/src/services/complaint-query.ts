/**
 * The complaint list as SQL (issue #3 benchmark): the queues are the product's hottest query.
 * Strapi's query engine filters relations with LEFT JOIN … COUNT(DISTINCT) over the whole table,
 * which took ~0.5 s for the count of one team's queue on 1,000,000 complaints. Here the filters —
 * already whitelisted and typed by domain/rest-query.ts — become plain predicates on cd_complaints,
 * relation filters become `id IN (SELECT … FROM <link table>)` semi-joins, and the count is a plain
 * COUNT(*). Table and column names come from Strapi's metadata.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Condition, ListQuery } from '../domain/rest-query';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { parseTrackingCode } from '../domain/tracking-code';
import { uid } from '../pluginId';
import { RESOURCES, seesPersonalData } from '../resources';
import type { Caller } from './resources';
import { QUEUE_NAMES } from '../../../shared/queues';

const def = RESOURCES.complaints;
/** The named queues (docs/API.md "Queues"), as `GET /complaints/queue-counts` answers them. */
export { QUEUE_NAMES };
const COMPLAINT = uid('complaint');

/**
 * What a complaint read needs besides its own columns (record, snapshot, available actions): the
 * to-one relations with the target fields used.
 */
export const TO_ONE: Array<[attr: string, fields: string[]]> = [
  // `name` (category, team) and `username` (assignee): the record's categoryName, teamName and
  // assigneeName, so that the list names them without asking for those resources (issue #5).
  ['category', ['documentId', 'name', 'claimMinValueTier', 'recourseText', 'area']],
  ['customer', ['documentId', 'name', 'phone', 'email', 'contactPreference', 'preferredLanguage']],
  ['team', ['documentId', 'name', 'area', 'line']],
  ['assignee', ['documentId', 'username', 'fullName']],
  ['subjectStaff', ['documentId']],
  ['registeredBy', ['documentId']],
  ['massIncident', ['documentId']],
  ['cftReview', ['documentId']],
  ['slaPolicy', ['documentId', 'acknowledgmentHours', 'assessmentDays', 'evaluationDays', 'resolutionDays', 'atRiskShare', 'onAtRisk', 'onBreach']],
];

/**
 * The named queues that are a test on the complaint row itself (alias `c`), in one place for the
 * list's filter (`named`: the open statuses too where `open`) and for `queueCounts`, which counts
 * them in one pass over the open complaints. `now` as the dialect stores datetimes.
 */
const ROW_QUEUES: Record<'at_risk' | 'breached' | 'awaiting_approval' | 'awaiting_customer', (now: Date | number) => { open: boolean; sql: string; bindings: unknown[] }> = {
  at_risk: (now) => ({ open: true, sql: 'c.sla_paused_at is null and c.sla_at_risk_at <= ? and c.sla_due_at > ?', bindings: [now, now] }),
  breached: (now) => ({ open: true, sql: 'c.sla_paused_at is null and c.sla_due_at <= ?', bindings: [now] }),
  awaiting_approval: () => ({ open: false, sql: "c.status = 'pending_approval'", bindings: [] }),
  awaiting_customer: () => ({ open: false, sql: "c.status = 'awaiting_customer'", bindings: [] }),
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A search term written like a phone number: digits, spaces, + ( ) . - only. */
const PHONE_LIKE = /^[+\d\s().-]+$/;

/**
 * PostgreSQL: at most this many distinct page statements run as prepared statements per process
 * (see `preparedName`). Each one PostgreSQL keeps, with its generic plan, on every pool connection
 * that ran it, until the connection closes: about 1 MB each for the page statement.
 */
export const PREPARED_MAX = 16;

/**
 * Complaint attributes a list record never uses (toRecord, its SLA clocks and availableActions do
 * not read them): the page statement does not select their columns. Anything else is selected,
 * so an attribute added later is listed by default.
 */
const SCALAR_TYPES = new Set(['increments', 'password', 'email', 'string', 'uid', 'richtext', 'text', 'enumeration', 'json', 'blocks', 'biginteger', 'integer', 'float', 'decimal', 'date', 'time', 'datetime', 'timestamp', 'boolean']);

export const LIST_UNUSED = new Set(['pinHash', 'queueTeamId', 'slaAtRiskAt', 'slaAtRiskFiredAt', 'slaBreachedAt', 'slaPausedMs', 'escalationState', 'publishedAt', 'createdBy', 'updatedBy', 'locale']);

/**
 * The complaint table's columns a list page selects (`id` first), from Strapi's metadata: the
 * scalar attributes' columns (relations live in link tables; `columnToAttribute` lists them too).
 */
export function listColumns(meta: any): string[] {
  const cols = Object.entries(meta.columnToAttribute as Record<string, string>)
    .filter(([col, attr]) => col !== 'id' && !LIST_UNUSED.has(attr) && SCALAR_TYPES.has(meta.attributes[attr]?.type))
    .map(([col]) => col);
  return ['id', ...cols];
}

const PG_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{1,6})?$/;
/**
 * PostgreSQL's text of a UTC timestamp ('2026-11-30 14:27:21.81', ISO DateStyle) → the ISO string
 * `new Date(…).toISOString()` gives for it ('2026-11-30T14:27:21.810Z'): the fraction is cut to
 * whole milliseconds as node-pg's parser and Date cut it (`Math.trunc(1000 * 0.81…)`). Undefined
 * for anything else (years before 100, BC, infinity…), which the caller leaves to node-pg's parser.
 */
export function pgUtcTimestampToIso(text: string): string | undefined {
  const m = PG_TIMESTAMP.exec(text);
  if (!m || text < '0100') return undefined;
  const ms = m[3] ? Math.trunc(1000 * parseFloat(m[3])) : 0;
  return `${m[1]}T${m[2]}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

/** True when this process's local time is UTC (node-pg reads `timestamp without time zone` as local time). */
function processIsUtc(): boolean {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ['UTC', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu', 'Etc/GMT', 'GMT', 'Etc/Greenwich'].includes(tz);
}

/**
 * node-pg type parsers for the page statement (a per-query `types`): datetimes become the ISO
 * strings the record shows, straight from PostgreSQL's text, instead of a Date object parsed
 * with regular expressions and formatted again (~10% of a list request's CPU). Text that is not
 * plainly UTC goes through node-pg's own parser and `toISOString`, as before. Other types:
 * node-pg's parsers.
 */
function pgPageTypes(driverTypes: any): { getTypeParser: (oid: number, format?: string) => (text: string) => unknown } {
  const TIMESTAMP = 1114;
  const TIMESTAMPTZ = 1184;
  const viaDate = (parse: (text: string) => unknown) => (text: string) => {
    const v = parse(text);
    const d = v instanceof Date ? v : new Date(v as any);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  };
  const local = viaDate(driverTypes.getTypeParser(TIMESTAMP, 'text'));
  const zoned = viaDate(driverTypes.getTypeParser(TIMESTAMPTZ, 'text'));
  // `timestamp without time zone` is read as local time by node-pg: the text is UTC only when the process is.
  const timestamp = processIsUtc() ? (text: string) => pgUtcTimestampToIso(text) ?? local(text) : local;
  const timestamptz = (text: string) => (text.endsWith('+00') ? pgUtcTimestampToIso(text.slice(0, -3)) : undefined) ?? zoned(text);
  return {
    getTypeParser(oid: number, format?: string) {
      if (format === undefined || format === 'text') {
        if (oid === TIMESTAMP) return timestamp;
        if (oid === TIMESTAMPTZ) return timestamptz;
      }
      return driverTypes.getTypeParser(oid, format);
    },
  };
}

export const createComplaintQueryService = ({ strapi }: { strapi: Core.Strapi }) => {
  const pg = () => strapi.db.dialect.client === 'postgres';
  const driverTypes = pg() ? (strapi.db.connection as any).client?.driver?.types : undefined;
  /** Per-query node-pg type parsers for the page statement (PostgreSQL only; see pgPageTypes). */
  const PG_PAGE_TYPES = driverTypes?.getTypeParser ? pgPageTypes(driverTypes) : undefined;
  const table = (name: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? `${schema}.${name}` : name;
  };
  const meta = () => strapi.db.metadata.get(COMPLAINT as any);
  const column = (attr: string) => `c.${(meta().attributes[attr] as any).columnName ?? attr}`;
  /** Values as the dialect stores them (Strapi keeps SQLite datetimes as epoch ms). */
  const value = (attr: string, v: unknown) => ((meta().attributes[attr] as any).type === 'datetime' && !pg() && typeof v === 'string' ? new Date(v).getTime() : v);

  /** `c.id IN (SELECT complaint id FROM link table [JOIN target] WHERE …)` for a relation. */
  function inRelation(knex: any, attr: string, build: (q: any, targetAlias: string) => any) {
    const jt = (meta().attributes[attr] as any).joinTable;
    const target = strapi.db.metadata.get((meta().attributes[attr] as any).target);
    return knex
      .from(`${table(jt.name)} as l`)
      .join(`${table(target.tableName)} as t`, 't.id', `l.${jt.inverseJoinColumn.name}`)
      .where((q: any) => build(q, 't'))
      .select(`l.${jt.joinColumn.name}`);
  }
  /**
   * The same subquery correlated with the complaint row, for EXISTS / NOT EXISTS. Negations must
   * use NOT EXISTS: PostgreSQL plans it as an anti-join, while `c.id NOT IN (subquery)` cannot be
   * one (NULL semantics) and, once the subquery outgrows work_mem, runs it per row — the
   * `unassigned` queue took minutes on 1,000,000 complaints that way.
   */
  function correlated(knex: any, attr: string, build?: (q: any, targetAlias: string) => any) {
    const jt = (meta().attributes[attr] as any).joinTable;
    const sub = build ? inRelation(knex, attr, build) : knex.from(`${table(jt.name)} as l`).select(`l.${jt.joinColumn.name}`);
    return sub.whereRaw('?? = ??', [`l.${jt.joinColumn.name}`, 'c.id']);
  }

  function condition(knex: any, q: any, c: Condition): void {
    if (c.field === 'id') {
      if (c.op === 'in') q.whereIn('c.document_id', c.value as string[]);
      else if (c.op === 'nin') q.whereNotIn('c.document_id', c.value as string[]);
      else if (c.op === 'ne') q.whereNot('c.document_id', c.value);
      else q.where('c.document_id', c.value);
      return;
    }
    if (c.field === 'teamId') {
      // The team is mirrored in queue_team_id (kept with the relation): one index range per queue.
      if (c.op === 'null') return void q.whereNull('c.queue_team_id');
      if (c.op === 'notNull') return void q.whereNotNull('c.queue_team_id');
      const ids = c.op === 'in' || c.op === 'nin' ? (c.value as string[]) : [c.value as string];
      const teams = knex.from(table('cd_teams')).whereIn('document_id', ids).select('id');
      if (c.op === 'ne' || c.op === 'nin') q.where((w: any) => w.whereNotIn('c.queue_team_id', teams).orWhereNull('c.queue_team_id'));
      // One team: `= (scalar subquery)`, which PostgreSQL runs first (an InitPlan), so that the
      // page reads the (queue_team_id, status, sla_due_at) index in order: 25 index entries instead
      // of walking (status, sla_due_at) and filtering by team (~0.5 ms instead of ~5 ms).
      // document_id is unique among teams (not localized, no draft and publish).
      else if (ids.length === 1) q.where('c.queue_team_id', knex.from(table('cd_teams')).where('document_id', ids[0]).select('id'));
      else q.whereIn('c.queue_team_id', teams);
      return;
    }
    const relation = def.relations[c.field];
    if (relation) {
      if (c.op === 'null') return void q.whereNotExists(correlated(knex, relation.attr));
      if (c.op === 'notNull') return void q.whereExists(correlated(knex, relation.attr));
      const ids = c.op === 'in' || c.op === 'nin' ? (c.value as string[]) : [c.value as string];
      const match = (s: any, t: string) => s.whereIn(`${t}.document_id`, ids);
      if (c.op === 'ne' || c.op === 'nin') q.whereNotExists(correlated(knex, relation.attr, match));
      else q.whereIn('c.id', inRelation(knex, relation.attr, match));
      return;
    }
    const attr = def.fields[c.field].attr ?? c.field;
    const col = column(attr);
    const v = Array.isArray(c.value) ? c.value.map((x) => value(attr, x)) : value(attr, c.value);
    switch (c.op) {
      case 'eq':
        q.where(col, v);
        break;
      case 'ne':
        q.where((w: any) => w.whereNot(col, v).orWhereNull(col));
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
        q.whereIn(col, v as unknown[]);
        break;
      case 'nin':
        q.where((w: any) => w.whereNotIn(col, v as unknown[]).orWhereNull(col));
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

  async function named(knex: any, q: any, queue: string | undefined, caller: Caller): Promise<void> {
    const now = pg() ? new Date() : Date.now();
    switch (queue) {
      case 'mine':
        q.whereIn('c.id', inRelation(knex, 'assignee', (s, t) => s.where(`${t}.id`, caller.id)));
        break;
      case 'team': {
        const teams = await strapi.db.query(uid('team') as any).findMany({ where: { members: { id: caller.id } }, select: ['id'] });
        q.whereIn('c.queue_team_id', teams.length ? teams.map((x: any) => x.id) : [-1]);
        break;
      }
      case 'unassigned':
        q.whereNotExists(correlated(knex, 'assignee')).whereIn('c.status', OPEN_STATUSES as string[]);
        break;
      case 'at_risk':
      case 'breached':
      case 'awaiting_approval':
      case 'awaiting_customer': {
        const test = ROW_QUEUES[queue](now);
        if (test.open) q.whereIn('c.status', OPEN_STATUSES as string[]);
        q.whereRaw(test.sql, test.bindings);
        break;
      }
    }
  }

  /**
   * `q`: the tracking code, subject and description; the customer's name and phone only for roles
   * that see them, so that no total answers a guess at personal data the record masks.
   */
  function fullText(knex: any, q: any, term: string, personal: boolean): void {
    const like = `%${escapeLike(term.toLowerCase())}%`;
    const code = parseTrackingCode(term);
    // A phone number only when the term is written like one: a tracking code or a word with three
    // digits in it must not match every customer whose phone holds those digits.
    const digits = PHONE_LIKE.test(term.trim()) ? term.replace(/[^0-9+]/g, '') : '';
    const compact = `%${escapeLike(term.replace(/[\s-]/g, '').toUpperCase())}%`;
    q.where((w: any) => {
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
   * link tables (names from Strapi's metadata); each target field comes back as `<attr>__<field>`.
   * PostgreSQL: one LEFT JOIN LATERAL (…LIMIT 1) per relation. Nine plain LEFT JOIN pairs made the
   * planner search 20 relations at once (4–13 ms of planning per page); each lateral subquery is
   * planned on its own (~1 ms in all). SQLite, which has no LATERAL and plans joins cheaply: plain
   * LEFT JOINs. Same rows either way (a to-one relation has at most one link row).
   */
  function joinToOne(q: any): any {
    const knex = strapi.db.connection;
    for (const [attr, fields] of TO_ONE) {
      const a = meta().attributes[attr] as any;
      const jt = a.joinTable;
      const target = strapi.db.metadata.get(a.target);
      const col = (f: string) => (target.attributes[f] as any).columnName ?? f;
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

  /** Per relation: its attribute, the row keys of its fields (`<attr>__<field>`) and the fields. */
  const RELATION_KEYS = TO_ONE.map(([attr, fields]) => ({ attr, idKey: `${attr}__documentId`, fields: fields.map((f) => [f, `${attr}__${f}`] as const) }));
  /** A joined row's relation columns → `{ attr: {field: …} | null }` (null when there is no related row). */
  function relationsOf(row: Record<string, unknown>): Record<string, Record<string, unknown> | null> {
    const out: Record<string, Record<string, unknown> | null> = {};
    for (const { attr, idKey, fields } of RELATION_KEYS) {
      if (!row[idKey]) {
        out[attr] = null;
        continue;
      }
      const o: Record<string, unknown> = {};
      for (const [f, key] of fields) o[f] = row[key] ?? null;
      out[attr] = o;
    }
    return out;
  }

  let mapper: { meta: unknown; map: (row: Record<string, unknown>) => Record<string, unknown> } | null = null;
  /** Complaint columns → attributes, as Strapi's query engine maps them (cached per metadata object). */
  function fromRow(row: Record<string, unknown>): Record<string, unknown> {
    const m = meta();
    if (!mapper || mapper.meta !== m) mapper = { meta: m, map: columnMapper(m) };
    return mapper.map(row);
  }
  let pageMapper: { meta: unknown; map: (row: Record<string, unknown>) => Record<string, unknown> } | null = null;
  /** The same for page rows on PostgreSQL, whose datetimes `PG_PAGE_TYPES` already turned into ISO strings. */
  function fromPageRow(row: Record<string, unknown>): Record<string, unknown> {
    const m = meta();
    if (!pageMapper || pageMapper.meta !== m) pageMapper = { meta: m, map: columnMapper(m, { isoDatetimes: true }) };
    return pageMapper.map(row);
  }

  // Empty values last when ascending, first when descending, on both databases (PostgreSQL's own
  // default, which its (status, sla_due_at) and queue indexes serve); then the id.
  const orderSql = (order: string) =>
    pg() ? `?? ${order} nulls ${order === 'asc' ? 'last' : 'first'}, c.id ${order}` : `(?? is null) ${order === 'asc' ? 'asc' : 'desc'}, ?? ${order}, c.id ${order}`;
  const orderBindings = (sortAttr: string) => (pg() ? [column(sortAttr)] : [column(sortAttr), column(sortAttr)]);

  function orderBy(q: any, sortField: string, order: string) {
    const sortAttr = sortField === 'id' ? 'id' : (def.fields[sortField]?.attr ?? sortField);
    return q.orderByRaw(orderSql(order), orderBindings(sortAttr));
  }

  /**
   * The name a page statement runs under as a PostgreSQL prepared statement, or undefined (run it
   * unnamed, planned on every run). Named by a hash of its SQL text, so that the same text always
   * has the same name (node-pg parses it once per connection, PostgreSQL keeps its plan) and two
   * texts never share one. A text is named from its second run on, and at most PREPARED_MAX texts
   * are named per process: filter shapes, sorts and pages multiply the texts, and each named one
   * costs memory on every connection.
   */
  const seenTexts = new Set<string>();
  const preparedNames = new Set<string>();
  function preparedName(sql: string): string | undefined {
    const name = `cd_page_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (preparedNames.has(name)) return name;
    if (preparedNames.size >= PREPARED_MAX) return undefined;
    if (!seenTexts.has(name)) {
      if (seenTexts.size >= 1000) seenTexts.clear();
      seenTexts.add(name);
      return undefined;
    }
    preparedNames.add(name);
    return name;
  }

  let shape: { meta: unknown; sql: string; bindings: unknown[] } | null = null;
  /**
   * The page statement around its two subqueries, without the ORDER BY: the select list and the
   * nine relation joins are the same for every page, so knex builds and formats them once (per
   * metadata object), not on every request. `?` placeholders: the count, the page's ids, then
   * the joins' own bindings.
   */
  function pageShape(): { sql: string; bindings: unknown[] } {
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
    if (sql.split('(__count__)').length !== 2 || sql.split('(__ids__)').length !== 2) throw new Error('complaint-query: unexpected page statement shape');
    shape = { meta: m, sql: sql.replace('(__count__)', '(?)').replace('(__ids__)', '(?)'), bindings: [...bindings] };
    return shape;
  }

  /**
   * The count of every named queue in one statement (issue #5): `mine` and `team` as index-range
   * subqueries built by `named`, and the five queues of open complaints in one pass over the open
   * rows (`count(case when … then 1 end)` per queue, `ROW_QUEUES` as `named` uses them; an integration
   * test compares each with the queue's list total). Seven COUNT(*) requests read the open rows
   * several times (~1.1 s in all on 1,000,000 complaints) and kept PostgreSQL busy for seconds after
   * each list view. On PostgreSQL, JIT is off for the statement: compiling it took
   * ~180 ms of a ~600 ms count.
   */
  async function queueCounts(caller: Caller): Promise<Record<(typeof QUEUE_NAMES)[number], number>> {
    const run = async (knex: any) => {
      const from = () => knex.from(`${table(meta().tableName)} as c`);
      // Wrapped: an async function returning a knex builder would run it (a builder is a thenable).
      const scoped = async (queue: 'mine' | 'team') => {
        const q = from();
        await named(knex, q, queue, caller);
        return { sub: q.count({ n: '*' }) };
      };
      const now = pg() ? new Date() : Date.now();
      const assignee = (meta().attributes.assignee as any).joinTable;
      // Unassigned: a LEFT JOIN of the assignee links, null on the complaint's side (a to-one
      // relation has at most one link row, so no row is counted twice). A hash join took ~390 ms
      // on 1,000,000 complaints; NOT EXISTS per open row ~550 ms.
      const open = from()
        .leftJoin(`${table(assignee.name)} as l`, `l.${assignee.joinColumn.name}`, 'c.id')
        .whereIn('c.status', OPEN_STATUSES as string[])
        .select(
          knex.raw('count(case when ?? is null then 1 end) as ??', [`l.${assignee.joinColumn.name}`, 'unassigned']),
          ...Object.entries(ROW_QUEUES).map(([queue, at]) => {
            const test = at(now);
            return knex.raw(`count(case when ${test.sql} then 1 end) as ??`, [...test.bindings, queue]);
          }),
        )
        .as('o');
      const [mine, team] = await Promise.all([scoped('mine'), scoped('team')]);
      const rows = await knex.from(open).select('o.*', knex.raw('(?) as ??', [mine.sub, 'mine']), knex.raw('(?) as ??', [team.sub, 'team']));
      const row = rows[0] ?? {};
      return Object.fromEntries(QUEUE_NAMES.map((queue) => [queue, Number(row[queue] ?? 0)])) as Record<(typeof QUEUE_NAMES)[number], number>;
    };
    if (!pg()) return run(strapi.db.connection);
    return strapi.db.connection.transaction(async (trx: any) => {
      await trx.raw('set local jit = off');
      return run(trx);
    });
  }

  return {
    TO_ONE,
    joinToOne,
    queueCounts,
    relationsOf,
    fromRow,

    /**
     * The page's complaints (all columns, as Strapi maps them, plus the to-one relations of
     * TO_ONE) and the total, in one SQL statement: the COUNT(*) of the filter, LEFT JOINed with
     * the page's ids (ORDER BY … LIMIT), the complaint rows and their relations. An empty page
     * still returns the total's row.
     */
    async page(query: ListQuery, caller: Caller): Promise<{ rows: any[]; total: number }> {
      const knex = strapi.db.connection;
      const base = knex.from(`${table(meta().tableName)} as c`);
      for (const c of query.conditions) condition(knex, base, c);
      await named(knex, base, query.named.queue, caller);
      if (query.q) fullText(knex, base, query.q, seesPersonalData(caller.role));
      const order = query.sort.order.toLowerCase();
      // PostgreSQL: the page's bounds as literals (validated integers). As parameters, a generic
      // plan guesses 10% of the rows for LIMIT and costs far more than the custom plans, so
      // PostgreSQL would plan every run; as literals, the prepared statement's generic plan (from
      // the 6th run on) is the custom one, and planning (~2–5 ms for this statement) goes away.
      const bound = pg() && Number.isSafeInteger(query.offset) && Number.isSafeInteger(query.limit) ? { skipBinding: true } : {};
      const ids = orderBy(base.clone().select('c.id'), query.sort.field, order).offset(query.offset, bound).limit(query.limit, bound);
      const count = base.clone().count({ n: '*' });
      const shape = pageShape();
      const sortAttr = query.sort.field === 'id' ? 'id' : (def.fields[query.sort.field]?.attr ?? query.sort.field);
      const statement = knex.raw(`${shape.sql} order by ${orderSql(order)}`, [count, ids, ...shape.bindings, ...orderBindings(sortAttr)]);
      // PostgreSQL: a prepared statement (node-pg named query, on the pool connection knex
      // picks), so that parsing and, once PostgreSQL settles on its generic plan, planning are not
      // repeated on every page (planning cost as much as running the statement).
      if (pg()) {
        const name = strapi.config.get<boolean>('plugin::complaint-desk.listPreparedStatements', true) === true ? preparedName(statement.toSQL().sql) : undefined;
        if (name) statement.options({ name });
        // Datetimes straight from their text to the ISO strings the record shows (no Date objects).
        if (PG_PAGE_TYPES) statement.options({ types: PG_PAGE_TYPES });
      }
      const raw: any = await statement;
      const result: any[] = pg() ? raw.rows : raw;
      const total = Number(result[0]?.n_total__n ?? 0);
      const map = pg() && PG_PAGE_TYPES ? fromPageRow : fromRow;
      const rows = result.filter((r) => r.id !== null && r.id !== undefined).map((r) => Object.assign(map(r), relationsOf(r)));
      return { rows, total };
    },
  };
};

/**
 * A function mapping a row of a content type's table to its attributes exactly as Strapi's query
 * engine does (@strapi/database's fromRow and field types): datetimes → ISO strings, JSON parsed
 * when stored as text, big integers → strings, numbers → numbers, booleans from 0/1; columns that
 * are not attributes are dropped.
 */
export function columnMapper(meta: any, { isoDatetimes = false } = {}): (row: Record<string, unknown>) => Record<string, unknown> {
  type Convert = (v: any) => unknown;
  const iso: Convert = (v) => {
    const d = v instanceof Date ? v : new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  };
  const json: Convert = (v) => {
    if (typeof v !== 'string') return v;
    try {
      const parsed = JSON.parse(v);
      return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
    } catch {
      return v;
    }
  };
  const str: Convert = (v) => String(v);
  const num: Convert = (v) => (typeof v === 'number' ? v : Number(v));
  const big: Convert = (v) => (typeof v === 'bigint' ? v.toString() : String(v));
  const bool: Convert = (v) => (typeof v === 'boolean' ? v : String(v) === '1' ? true : String(v) === '0' ? false : null);
  const same: Convert = (v) => v;
  const timestamp: Convert = (v) => {
    const d = v instanceof Date ? v : new Date(v);
    return Number.isNaN(d.getTime()) ? null : String(d.getTime());
  };
  const BY_TYPE: Record<string, Convert> = {
    increments: same,
    password: str,
    email: str,
    string: str,
    uid: str,
    richtext: str,
    text: str,
    enumeration: str,
    json,
    blocks: json,
    biginteger: big,
    integer: num,
    float: num,
    decimal: num,
    date: same,
    time: same,
    // isoDatetimes: the value already is the ISO string (page rows read with pgPageTypes).
    datetime: isoDatetimes ? (v) => (typeof v === 'string' ? v : iso(v)) : iso,
    timestamp,
    boolean: bool,
  };
  const columns: Array<[column: string, attr: string, convert: Convert]> = [];
  for (const [column, attr] of Object.entries(meta.columnToAttribute as Record<string, string>)) {
    const a = meta.attributes[attr];
    if (a.type === 'relation') columns.push([column, attr, same]);
    else if (Object.prototype.hasOwnProperty.call(BY_TYPE, a.type)) columns.push([column, attr, BY_TYPE[a.type]]);
    // Media, components and dynamic zones have no column of their own (Strapi skips them too).
  }
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [column, attr, convert] of columns) {
      if (!(column in row)) continue;
      const v = row[column];
      out[attr] = v === null || v === undefined ? (v ?? null) : convert(v);
    }
    return out;
  };
}

export type ComplaintQueryService = ReturnType<typeof createComplaintQueryService>;
export default createComplaintQueryService;
