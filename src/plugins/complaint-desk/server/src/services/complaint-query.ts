/**
 * The complaint list as SQL (issue #3 benchmark): the queues are the product's hottest query.
 * Strapi's query engine filters relations with LEFT JOIN … COUNT(DISTINCT) over the whole table,
 * which took ~0.5 s for the count of one team's queue on 1,000,000 complaints. Here the filters —
 * already whitelisted and typed by domain/rest-query.ts — become plain predicates on cd_complaints,
 * relation filters become `id IN (SELECT … FROM <link table>)` semi-joins, and the count is a plain
 * COUNT(*). Table and column names come from Strapi's metadata.
 */
import type { Core } from '@strapi/strapi';
import type { Condition, ListQuery } from '../domain/rest-query';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { parseTrackingCode } from '../domain/tracking-code';
import { uid } from '../pluginId';
import { RESOURCES } from '../resources';
import type { Caller } from './resources';

const def = RESOURCES.complaints;
const COMPLAINT = uid('complaint');

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const createComplaintQueryService = ({ strapi }: { strapi: Core.Strapi }) => {
  const pg = () => strapi.db.dialect.client === 'postgres';
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
  function hasRelation(knex: any, attr: string) {
    const jt = (meta().attributes[attr] as any).joinTable;
    return knex.from(`${table(jt.name)} as l`).select(`l.${jt.joinColumn.name}`);
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
      else q.whereIn('c.queue_team_id', teams);
      return;
    }
    const relation = def.relations[c.field];
    if (relation) {
      if (c.op === 'null') return void q.whereNotIn('c.id', hasRelation(knex, relation.attr));
      if (c.op === 'notNull') return void q.whereIn('c.id', hasRelation(knex, relation.attr));
      const ids = c.op === 'in' || c.op === 'nin' ? (c.value as string[]) : [c.value as string];
      const sub = inRelation(knex, relation.attr, (s, t) => s.whereIn(`${t}.document_id`, ids));
      if (c.op === 'ne' || c.op === 'nin') q.whereNotIn('c.id', sub);
      else q.whereIn('c.id', sub);
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
        q.whereNotIn('c.id', hasRelation(knex, 'assignee')).whereIn('c.status', OPEN_STATUSES as string[]);
        break;
      case 'at_risk':
        q.whereIn('c.status', OPEN_STATUSES as string[]).whereNull('c.sla_paused_at').where('c.sla_at_risk_at', '<=', now).where('c.sla_due_at', '>', now);
        break;
      case 'breached':
        q.whereIn('c.status', OPEN_STATUSES as string[]).whereNull('c.sla_paused_at').where('c.sla_due_at', '<=', now);
        break;
      case 'awaiting_approval':
        q.where('c.status', 'pending_approval');
        break;
      case 'awaiting_customer':
        q.where('c.status', 'awaiting_customer');
        break;
    }
  }

  function fullText(knex: any, q: any, term: string): void {
    const like = `%${escapeLike(term.toLowerCase())}%`;
    const code = parseTrackingCode(term);
    const digits = term.replace(/[^0-9+]/g, '');
    const compact = `%${escapeLike(term.replace(/[\s-]/g, '').toUpperCase())}%`;
    q.where((w: any) => {
      if (code) w.orWhere('c.tracking_code', code);
      w.orWhereRaw(`c.tracking_code like ? escape '\\'`, [compact])
        .orWhereRaw(`lower(c.subject) like ? escape '\\'`, [like])
        .orWhereRaw(`lower(c.description) like ? escape '\\'`, [like])
        .orWhereIn(
          'c.id',
          inRelation(knex, 'customer', (s, t) => {
            s.whereRaw(`lower(${t}.name) like ? escape '\\'`, [like]);
            if (digits.replace(/\+/g, '').length >= 3) s.orWhereRaw(`${t}.phone_normalized like ? escape '\\'`, [`%${escapeLike(digits)}%`]);
          }),
        );
    });
  }

  return {
    /** The page's complaint rows (all columns, as Strapi maps them) and the total. */
    async page(query: ListQuery, caller: Caller): Promise<{ rows: any[]; total: number }> {
      const knex = strapi.db.connection;
      const base = knex.from(`${table(meta().tableName)} as c`);
      for (const c of query.conditions) condition(knex, base, c);
      await named(knex, base, query.named.queue, caller);
      if (query.q) fullText(knex, base, query.q);
      const sortAttr = query.sort.field === 'id' ? 'id' : (def.fields[query.sort.field]?.attr ?? query.sort.field);
      const order = query.sort.order.toLowerCase();
      const [idRows, countRows] = await Promise.all([
        base
          .clone()
          .select('c.id')
          // Empty values last when ascending, first when descending, on both databases (PostgreSQL's
          // own default, which its (status, sla_due_at) index serves).
          .orderByRaw(
            pg()
              ? `?? ${order} nulls ${order === 'asc' ? 'last' : 'first'}, c.id ${order}`
              : `(?? is null) ${order === 'asc' ? 'asc' : 'desc'}, ?? ${order}, c.id ${order}`,
            pg() ? [column(sortAttr)] : [column(sortAttr), column(sortAttr)],
          )
          .offset(query.offset)
          .limit(query.limit),
        base.clone().count({ n: '*' }),
      ]);
      const ids = idRows.map((r: any) => Number(r.id));
      const rows = ids.length ? await strapi.db.query(COMPLAINT as any).findMany({ where: { id: { $in: ids } } }) : [];
      const byId = new Map(rows.map((r: any) => [r.id, r]));
      return { rows: ids.map((id: number) => byId.get(id)).filter(Boolean), total: Number(countRows[0].n) };
    },
  };
};

export type ComplaintQueryService = ReturnType<typeof createComplaintQueryService>;
export default createComplaintQueryService;
