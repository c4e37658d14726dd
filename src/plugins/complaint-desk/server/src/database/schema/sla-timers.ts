/**
 * The SLA sweeper's pending timers: one narrow row per threshold of the current stage that has not
 * fired yet, while the complaint is open and its clock runs. The database keeps it from the
 * complaint's own columns (triggers), whoever writes them: the Document Service, the query engine,
 * raw SQL. The sweeper claims from its (due_at) index instead of partial indexes on the complaint
 * table, so that firing a threshold changes no indexed column of the wide complaint row.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { OPEN_STATUSES } from '../../domain/lifecycle';
import { slaClockSql, type SlaClockSql } from '../sla-clock';
import { isPostgres, meta, qualified, tableOf } from '../tables';
import { schemaStore, triggersOn } from './store';

export const SLA_TIMERS_TABLE = 'cd_sla_timers';

/** Changes whenever the triggers' definition changes: the timers are then rebuilt from the complaints. */
export const SLA_TIMERS_VERSION = `1:${OPEN_STATUSES.join(',')}`;
/** PostgreSQL: room left in each complaint table page, so that the sweeper's updates can stay on the page (HOT). */
export const COMPLAINTS_FILLFACTOR = 90;
export const SLA_TIMER_TRIGGERS = ['cd_complaints_sla_timers_ins', 'cd_complaints_sla_timers_upd', 'cd_complaints_sla_timers_del'] as const;

/**
 * The statements that (re)make the timer triggers on the complaint table `C`, keeping the timers
 * table `T`; `q` schema-qualifies a function name. A complaint has a timer per threshold whose due
 * column is set and whose fired column is empty, while its status is open and its clock is not
 * paused (awaiting the customer). Inserts and deletes of complaints add and remove theirs; an
 * update that changes the status, the pause, a due moment, or clears a fired column (a new stage)
 * rebuilds that complaint's timers. Setting a fired column leaves them: the sweeper deletes the
 * timers it claims itself (a timer whose threshold fired some other way is deleted by the next
 * claim that meets it). Also the SELECT of the timer rows of every complaint, for a rebuild.
 */
export function slaTimerTriggers(pg: boolean, C: string, T: string, q: (name: string) => string, clock: SlaClockSql): { statements: string[]; rebuildSelect: string } {
  /** The timer rows of the complaints in `from` (a row alias or a table), as one SELECT: the clock's one definition. */
  const pendingRows = (from: string, alias: string) => clock.timerRows(from, alias);
  const SLA_TIMER_COLUMNS = clock.columns().map(({ threshold, due, fired }) => [threshold, due, fired] as const);
  const changed = [
    `old.status is distinct from new.status`,
    `old.sla_paused_at is distinct from new.sla_paused_at`,
    ...SLA_TIMER_COLUMNS.flatMap(([, due, fired]) => [`old.${due} is distinct from new.${due}`, `(old.${fired} is not null and new.${fired} is null)`]),
  ].join(' or ');
  const watched = ['status', 'sla_paused_at', ...SLA_TIMER_COLUMNS.flatMap(([, due, fired]) => [due, fired])].join(', ');
  const statements: string[] = [];
  if (pg) {
    statements.push(
      `create or replace function ${q('cd_sla_timers_added')}() returns trigger language plpgsql as $fn$
          begin insert into ${T} (complaint_id, threshold, due_at) ${pendingRows('added a', 'a')}; return null; end $fn$`,
      `create or replace function ${q('cd_sla_timers_changed')}() returns trigger language plpgsql as $fn$
          begin
            delete from ${T} where complaint_id = new.id;
            insert into ${T} (complaint_id, threshold, due_at) ${pendingRows('(select new.*) a', 'a')};
            return null;
          end $fn$`,
      `create or replace function ${q('cd_sla_timers_removed')}() returns trigger language plpgsql as $fn$
          begin delete from ${T} where complaint_id in (select id from removed); return null; end $fn$`,
      ...SLA_TIMER_TRIGGERS.map((name) => `drop trigger if exists ${name} on ${C}`),
      // Statement triggers for inserts and deletes (bulk writes pay once per statement); a row
      // trigger for updates, so that its WHEN skips the updates that change none of the above.
      `create trigger cd_complaints_sla_timers_ins after insert on ${C} referencing new table as added for each statement execute function ${q('cd_sla_timers_added')}()`,
      `create trigger cd_complaints_sla_timers_upd after update of ${watched} on ${C} for each row when (${changed}) execute function ${q('cd_sla_timers_changed')}()`,
      `create trigger cd_complaints_sla_timers_del after delete on ${C} referencing old table as removed for each statement execute function ${q('cd_sla_timers_removed')}()`,
    );
  } else {
    const insertNew = `insert into ${T} (complaint_id, threshold, due_at) ${pendingRows('(select new.id as id, new.status as status, new.sla_paused_at as sla_paused_at, ' + SLA_TIMER_COLUMNS.flatMap(([, due, fired]) => [`new.${due} as ${due}`, `new.${fired} as ${fired}`]).join(', ') + ') a', 'a')};`;
    statements.push(
      ...SLA_TIMER_TRIGGERS.map((name) => `drop trigger if exists ${name}`),
      `create trigger cd_complaints_sla_timers_ins after insert on ${C} for each row begin ${insertNew} end`,
      `create trigger cd_complaints_sla_timers_upd after update of ${watched} on ${C} for each row when ${changed.replace(/is distinct from/g, 'is not')}
          begin delete from ${T} where complaint_id = new.id; ${insertNew} end`,
      `create trigger cd_complaints_sla_timers_del after delete on ${C} for each row begin delete from ${T} where complaint_id = old.id; end`,
    );
  }
  return { statements, rebuildSelect: pendingRows(`${C} c`, 'c') };
}

/**
 * The timers table, its (due_at) index and the triggers, on both databases, idempotently. When the
 * definition changes (SLA_TIMERS_VERSION) or a trigger is missing, the triggers are made again and
 * the timers rebuilt from the complaints, with the complaint table locked against writes. On
 * PostgreSQL the complaint table gets a fill factor that leaves room for the sweeper's HOT
 * updates. PostgreSQL refuses to change the type of a column a trigger names: a schema change of
 * one of the watched columns needs cd_complaints_sla_timers_upd dropped first (the next boot
 * makes it again).
 */
export async function ensureSlaTimers(strapi: Core.Strapi): Promise<{ rebuilt: boolean }> {
  const pg = isPostgres(strapi);
  const q = (n: string) => qualified(strapi, n);
  const C = tableOf(strapi, 'complaint');
  const T = q(SLA_TIMERS_TABLE);
  const knex = strapi.db.connection;

  if (pg) {
    await knex.raw(`create table if not exists ${T} (complaint_id integer not null, threshold varchar(8) not null, due_at timestamp(6) not null, primary key (complaint_id, threshold))`);
    await knex.raw(`create index if not exists cd_sla_timers_due_idx on ${T} (due_at, complaint_id)`);
    const { rows } = (await knex.raw(`select reloptions from pg_class where oid = ?::regclass`, [C])) as { rows: Array<{ reloptions: string[] | null }> };
    if (!(rows[0]?.reloptions ?? []).includes(`fillfactor=${COMPLAINTS_FILLFACTOR}`)) await knex.raw(`alter table ${C} set (fillfactor = ${COMPLAINTS_FILLFACTOR})`);
  } else {
    await knex.raw(`create table if not exists ${T} (complaint_id integer not null, threshold varchar(8) not null, due_at bigint not null, primary key (complaint_id, threshold))`);
    await knex.raw(`create index if not exists cd_sla_timers_due_idx on ${T} (due_at, complaint_id)`);
  }
  const present = await triggersOn(strapi, [{ qualified: C, name: meta(strapi, 'complaint').tableName }]);
  const store = schemaStore(strapi);
  if ((await store.get('sla-timers-version')) === SLA_TIMERS_VERSION && SLA_TIMER_TRIGGERS.every((n) => present.includes(n))) return { rebuilt: false };

  const { statements, rebuildSelect } = slaTimerTriggers(pg, C, T, q, slaClockSql(strapi));
  await knex.transaction(async (trx: Knex.Transaction) => {
    // No complaint is written meanwhile: the rebuilt timers match the rows.
    if (pg) await trx.raw(`lock table ${C} in share row exclusive mode`);
    for (const sql of statements) await trx.raw(sql);
    await trx.raw(`delete from ${T}`);
    await trx.raw(`insert into ${T} (complaint_id, threshold, due_at) ${rebuildSelect}`);
  });
  // Statistics now: without them the planner does not know that few timers are due, and scans them all.
  if (pg) await knex.raw(`analyze ${T}`);
  await store.set('sla-timers-version', SLA_TIMERS_VERSION);
  return { rebuilt: true };
}
