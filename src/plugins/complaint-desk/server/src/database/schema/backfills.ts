/**
 * One-off fills of columns added after databases existed, each recorded in the plugin store so that
 * it runs once per database.
 */
import type { Core } from '@strapi/strapi';
import { columnOf, joinTableOf, tableOf } from '../tables';
import { schemaStore } from './store';

/**
 * Complaints keep their team both as Strapi's relation and mirrored in `queueTeamId` for the
 * queue index: fills the mirror for complaints that have none.
 */
export async function backfillQueueTeam(strapi: Core.Strapi): Promise<{ filled: boolean }> {
  const store = schemaStore(strapi);
  if (await store.get('queue-team-backfilled')) return { filled: false };
  const knex = strapi.db.connection;
  const complaints = tableOf(strapi, 'complaint');
  const mirror = columnOf(strapi, 'complaint', 'queueTeamId');
  const link = joinTableOf(strapi, 'complaint', 'team');
  await knex(complaints)
    .whereNull(mirror)
    .update({ [mirror]: knex(link.table).select(link.inverseJoinColumn.name).where(link.joinColumn.name, knex.ref(`${complaints}.id`)).limit(1) });
  await store.set('queue-team-backfilled', true);
  return { filled: true };
}
