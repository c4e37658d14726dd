/**
 * The audit trail (complaint events) is append-only in the database itself, whoever writes:
 * triggers refuse every DELETE, and every UPDATE except a redaction of `payload` inside
 * withEventRedaction(). The event's link to its complaint can be neither deleted nor pointed
 * elsewhere.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isPostgres, joinTableOf, meta, qualified, tableOf } from '../tables';
import { schemaStore, triggersOn } from './store';

/** PostgreSQL: the transaction-local setting withEventRedaction() turns on. */
export const EVENT_REDACTION_SETTING = 'complaint_desk.event_redaction';
/** SQLite (no session settings): a row here while withEventRedaction() runs, inside its transaction. */
export const EVENT_REDACTION_TABLE = 'cd_event_redaction';
/** Columns a redaction may change; every other column of an event stays as written. */
export const EVENT_REDACTABLE_COLUMNS = ['payload', 'updated_at'] as const;
/** Trigger names on the events table and on its link to the complaint. */
export const EVENT_GUARD_TRIGGERS = ['cd_complaint_events_append_only', 'cd_complaint_events_lnk_append_only'] as const;

interface RawTransaction {
  raw(sql: string, bindings?: readonly unknown[]): PromiseLike<unknown>;
  client: { config: { client?: unknown } };
}

/**
 * Runs `fn` with the events table open to redaction (the customer erasure): inside `fn`, an UPDATE
 * of the events through the same transaction may change `payload` (and `updated_at`), nothing
 * else; DELETE stays refused. `trx` is the knex transaction of the caller's
 * `strapi.db.transaction` (`({ trx }) => …`); the permission ends with `fn`, and with the
 * transaction at the latest. Write through `strapi.db.query(…)` or the knex transaction: the
 * Document Service refuses event updates on its own (register.ts).
 */
export async function withEventRedaction<T>(trx: RawTransaction, fn: () => Promise<T>): Promise<T> {
  const pg = /^(pg|postgres(ql)?)$/.test(String(trx.client.config.client ?? ''));
  if (pg) await trx.raw(`select set_config('${EVENT_REDACTION_SETTING}', 'on', true)`);
  else await trx.raw(`insert into ${EVENT_REDACTION_TABLE} (active) values (1)`);
  try {
    return await fn();
  } finally {
    // After a failed statement PostgreSQL refuses anything but a rollback, which ends the setting too.
    if (pg) await Promise.resolve(trx.raw(`select set_config('${EVENT_REDACTION_SETTING}', 'off', true)`)).catch(() => undefined);
    else await trx.raw(`delete from ${EVENT_REDACTION_TABLE}`);
  }
}

/**
 * The guard statements. PostgreSQL compares the old and new rows as JSON without the redactable
 * columns; SQLite names every other column (`columns`: the events table's columns). The link's
 * order column may be renumbered, which Strapi does when it adds events; only its keys are guarded.
 */
export function eventGuardStatements(pg: boolean, names: { events: string; link: string; linkKeys: string[]; q: (name: string) => string }, columns: string[]): string[] {
  const { events: E, link: L, linkKeys, q } = names;
  const [eventTrigger, linkTrigger] = EVENT_GUARD_TRIGGERS;
  const refuse = `complaint events are append-only`;
  // SQLite compares column by column: the columns an UPDATE must leave as they are.
  const fixed = columns.filter((c) => !(EVENT_REDACTABLE_COLUMNS as readonly string[]).includes(c));
  return pg
    ? [
        `create or replace function ${q('cd_complaint_events_guard')}() returns trigger language plpgsql as $fn$
            begin
              if tg_op = 'UPDATE' and current_setting('${EVENT_REDACTION_SETTING}', true) = 'on'
                 and (to_jsonb(new) ${EVENT_REDACTABLE_COLUMNS.map((c) => `- '${c}'`).join(' ')}) = (to_jsonb(old) ${EVENT_REDACTABLE_COLUMNS.map((c) => `- '${c}'`).join(' ')}) then
                return new;
              end if;
              raise exception '${refuse}: % refused', tg_op using errcode = 'insufficient_privilege';
            end $fn$`,
        `create or replace function ${q('cd_complaint_events_lnk_guard')}() returns trigger language plpgsql as $fn$
            begin raise exception '${refuse}: % of an event''s complaint link refused', tg_op using errcode = 'insufficient_privilege'; end $fn$`,
        `drop trigger if exists ${eventTrigger} on ${E}`,
        `create trigger ${eventTrigger} before update or delete on ${E} for each row execute function ${q('cd_complaint_events_guard')}()`,
        `drop trigger if exists ${linkTrigger} on ${L}`,
        `drop trigger if exists ${linkTrigger}_del on ${L}`,
        // A WHEN clause cannot name tg_op: one trigger for updates of the keys, one for deletes.
        `create trigger ${linkTrigger} before update of ${linkKeys.join(', ')} on ${L} for each row when (${linkKeys.map((k) => `old.${k} is distinct from new.${k}`).join(' or ')}) execute function ${q('cd_complaint_events_lnk_guard')}()`,
        `create trigger ${linkTrigger}_del before delete on ${L} for each row execute function ${q('cd_complaint_events_lnk_guard')}()`,
      ]
    : [
        `create table if not exists ${EVENT_REDACTION_TABLE} (active integer not null)`,
        `drop trigger if exists ${eventTrigger}`,
        `drop trigger if exists ${eventTrigger}_del`,
        `create trigger ${eventTrigger} before update on ${E} for each row
            when not exists (select 1 from ${EVENT_REDACTION_TABLE}) or ${fixed.map((c) => `new.${c} is not old.${c}`).join(' or ')}
            begin select raise(abort, '${refuse}: UPDATE refused'); end`,
        `create trigger ${eventTrigger}_del before delete on ${E} for each row begin select raise(abort, '${refuse}: DELETE refused'); end`,
        `drop trigger if exists ${linkTrigger}`,
        `drop trigger if exists ${linkTrigger}_del`,
        `create trigger ${linkTrigger} before update of ${linkKeys.join(', ')} on ${L} for each row when ${linkKeys.map((k) => `new.${k} is not old.${k}`).join(' or ')}
            begin select raise(abort, '${refuse}: UPDATE of an event''s complaint link refused'); end`,
        `create trigger ${linkTrigger}_del before delete on ${L} for each row begin select raise(abort, '${refuse}: DELETE of an event''s complaint link refused'); end`,
      ];
}

/**
 * Makes the guards again when their definition changed (the columns, say) or a trigger is missing.
 * TRUNCATE, an owner's operation, is left to the owner.
 */
export async function ensureEventGuards(strapi: Core.Strapi): Promise<{ rebuilt: boolean }> {
  const pg = isPostgres(strapi);
  const schema = strapi.db.getSchemaName();
  const knex = strapi.db.connection;
  const eventsName = meta(strapi, 'complaint-event').tableName;
  const E = tableOf(strapi, 'complaint-event');
  const link = joinTableOf(strapi, 'complaint-event', 'complaint');
  const linkKeys: string[] = [link.joinColumn.name, link.inverseJoinColumn.name];
  const [eventTrigger, linkTrigger] = EVENT_GUARD_TRIGGERS;

  const columns: string[] = pg
    ? ((await knex.raw(`select column_name as name from information_schema.columns where table_schema = coalesce(?, current_schema()) and table_name = ? order by ordinal_position`, [schema || null, eventsName])) as { rows: Array<{ name: string }> }).rows.map((r) => r.name)
    : ((await knex.raw(`pragma table_info(${eventsName})`)) as Array<{ name: string }>).map((r) => r.name);
  const statements = eventGuardStatements(pg, { events: E, link: link.table, linkKeys, q: (n) => qualified(strapi, n) }, columns);
  const version = createHash('sha1').update(statements.join(';')).digest('hex');
  const present = await triggersOn(strapi, [
    { qualified: E, name: eventsName },
    { qualified: link.table, name: link.name },
  ]);
  const expected = pg ? [eventTrigger, linkTrigger, `${linkTrigger}_del`] : [eventTrigger, `${eventTrigger}_del`, linkTrigger, `${linkTrigger}_del`];
  const store = schemaStore(strapi);
  if ((await store.get('event-guards-version')) === version && expected.every((n) => present.includes(n))) return { rebuilt: false };
  await knex.transaction(async (trx: Knex.Transaction) => {
    for (const sql of statements) await trx.raw(sql);
  });
  await store.set('event-guards-version', version);
  return { rebuilt: true };
}
