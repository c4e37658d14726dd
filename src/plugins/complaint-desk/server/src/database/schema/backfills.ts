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

/** Corrective-action states of databases made before the verification lifecycle, and their new names. */
const CORRECTIVE_ACTION_STATUS_RENAMES: Readonly<Record<string, string>> = {
  open: 'planned',
  done: 'implemented',
  verified_effective: 'effective',
  verified_ineffective: 'ineffective',
};

/**
 * Renames the corrective-action states of the earlier lifecycle, and gives the actions judged
 * under it the matching result. Idempotent: no row holds an old name afterwards.
 */
export async function renameCorrectiveActionStatuses(strapi: Core.Strapi): Promise<{ renamed: number }> {
  const knex = strapi.db.connection;
  const table = tableOf(strapi, 'corrective-action');
  const status = columnOf(strapi, 'corrective-action', 'status');
  const result = columnOf(strapi, 'corrective-action', 'effectivenessResult');
  let renamed = 0;
  for (const [from, to] of Object.entries(CORRECTIVE_ACTION_STATUS_RENAMES)) {
    const patch: Record<string, string> = { [status]: to };
    if (to === 'effective' || to === 'ineffective') patch[result] = to;
    renamed += await knex(table).where(status, from).update(patch);
  }
  return { renamed };
}
