/** Staff users' workload as SQL over the complaints' assignee links. */
import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { columnOf, joinTableOf, tableOf } from './tables';

/** Open complaints assigned to each of these users, in one grouped statement over the assignee links. */
export async function openComplaintCounts(strapi: Core.Strapi, userIds: number[]): Promise<Map<number, number>> {
  if (!userIds.length) return new Map();
  const link = joinTableOf(strapi, 'complaint', 'assignee');
  const rows: Array<{ user_id: number | string; n: number | string }> = await strapi.db
    .connection(`${link.table} as l`)
    .join(`${tableOf(strapi, 'complaint')} as c`, 'c.id', `l.${link.joinColumn.name}`)
    .whereIn(`l.${link.inverseJoinColumn.name}`, userIds)
    .whereIn(`c.${columnOf(strapi, 'complaint', 'status')}`, [...OPEN_STATUSES])
    .groupBy(`l.${link.inverseJoinColumn.name}`)
    .select(`l.${link.inverseJoinColumn.name} as user_id`)
    .count({ n: '*' });
  return new Map(rows.map((r) => [Number(r.user_id), Number(r.n)]));
}
