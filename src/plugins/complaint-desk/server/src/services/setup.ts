/**
 * Idempotent set-up run at every bootstrap: the content locales, the six staff roles of SPEC §1
 * (users-permissions), the admin-panel role for content editors, and the database's own guards
 * (SLA timers, the append-only audit trail).
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES, STAFF_ROLES, type StaffRole } from '../domain/lifecycle';
import { uid } from '../pluginId';

/**
 * The SLA sweeper's pending timers (issue #4): one narrow row per threshold of the current stage
 * that has not fired yet, while the complaint is open and its clock runs. The database keeps it
 * from the complaint's own columns (triggers below), whoever writes them: the Document Service, the
 * query engine, raw SQL. The sweeper claims from its (due_at) index instead of partial indexes on
 * cd_complaints, so that firing a threshold changes no indexed column of the wide complaint row.
 */
export const SLA_TIMERS_TABLE = 'cd_sla_timers';
/** The thresholds' due and fired columns on cd_complaints. */
export const SLA_TIMER_COLUMNS: ReadonlyArray<[threshold: 'at_risk' | 'breached', due: string, fired: string]> = [
  ['at_risk', 'sla_at_risk_at', 'sla_at_risk_fired_at'],
  ['breached', 'sla_due_at', 'sla_breached_at'],
];
/** The partial claim indexes of session 3, replaced by the timers (dropped at bootstrap). */
export const OLD_SWEEP_INDEXES = ['cd_complaints_at_risk_pending_idx', 'cd_complaints_breach_pending_idx'] as const;
/** Bumped whenever the triggers' definition changes: the timers are then rebuilt from the complaints. */
const SLA_TIMERS_VERSION = `1:${OPEN_STATUSES.join(',')}`;
/** PostgreSQL: room left in each cd_complaints page, so that the sweeper's updates can stay on the page (HOT). */
export const COMPLAINTS_FILLFACTOR = 90;

export const LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'fa', name: 'Persian (fa)' },
  { code: 'ru', name: 'Russian (ru)' },
  { code: 'zh', name: 'Chinese (zh)' },
] as const;

export const ROLE_NAMES: Record<StaffRole, { name: string; description: string }> = {
  agent: { name: 'Agent', description: 'First line: registers, consults, assesses, escalates' },
  specialist: { name: 'Specialist', description: 'Second line: retention, investigation, proposals, claims' },
  director: { name: 'Director', description: 'After-sales director: owns queues, assigns, approves' },
  'quality-manager': { name: 'Quality manager', description: 'CFT reviews, root causes, corrective actions' },
  'cft-member': { name: 'CFT member', description: 'Contributes to root-cause analysis of their reviews' },
  'content-editor': { name: 'Content editor', description: 'Categories, channels, response templates; no personal data' },
};

/** users-permissions actions every staff role needs (learning its own profile and role). */
const STAFF_UP_ACTIONS = ['plugin::users-permissions.user.me'];

/**
 * users-permissions auth actions its Public role gets by default that the product does not use: staff
 * have no OAuth providers and no e-mail confirmation. Removed at every start, so those routes answer
 * 403 to anonymous callers (tests/integration/reliability.test.ts lists what stays open, and why).
 */
export const UNUSED_PUBLIC_AUTH_ACTIONS = ['connect', 'emailConfirmation', 'sendEmailConfirmation'].map((a) => `plugin::users-permissions.auth.${a}`);

export const ADMIN_EDITOR_ROLE = {
  code: 'complaint-content-editor',
  name: 'Complaint content editor',
  description: 'Edits complaint categories, channels and response templates in the Content Manager',
};
export const EDITOR_CONTENT_TYPES = [uid('category'), uid('channel'), uid('response-template')] as const;

/**
 * The audit trail in the database (cd_complaint_events): triggers refuse every DELETE, and every
 * UPDATE except a redaction of `payload` inside withEventRedaction(). The event's link to its
 * complaint can be neither deleted nor pointed elsewhere.
 */
export const EVENTS_TABLE = 'cd_complaint_events';
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
 * of cd_complaint_events through the same transaction may change `payload` (and `updated_at`),
 * nothing else; DELETE stays refused. `trx` is the knex transaction of the caller's
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

/** Per-table autovacuum settings for the complaint tables on PostgreSQL (see ensureAutovacuum). */
export const AUTOVACUUM_OPTIONS: ReadonlyArray<[string, string]> = [
  ['autovacuum_vacuum_scale_factor', '0.01'],
  ['autovacuum_vacuum_insert_scale_factor', '0.01'],
  ['autovacuum_analyze_scale_factor', '0.02'],
];

export const createSetupService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensureLocales(): Promise<void> {
    const locales = strapi.plugin('i18n').service('locales');
    for (const { code, name } of LOCALES) {
      if (!(await locales.findByCode(code))) await locales.create({ code, name });
    }
    const defaultLocale = await locales.getDefaultLocale();
    if (defaultLocale !== 'en') await locales.setDefaultLocale({ code: 'en' });
  },

  async ensureStaffRoles(): Promise<Record<StaffRole, { id: number }>> {
    const roleQuery = strapi.db.query('plugin::users-permissions.role');
    // users-permissions creates its own Authenticated/Public roles only while the role table is
    // empty, and its bootstrap may run after ours: let it do that first.
    if ((await roleQuery.count({ where: { type: 'authenticated' } })) === 0) {
      await strapi.plugin('users-permissions').service('users-permissions').initialize();
    }
    const permQuery = strapi.db.query('plugin::users-permissions.permission');
    const result = {} as Record<StaffRole, { id: number }>;
    for (const type of STAFF_ROLES) {
      let role = await roleQuery.findOne({ where: { type } });
      if (!role) role = await roleQuery.create({ data: { type, ...ROLE_NAMES[type] } });
      for (const action of STAFF_UP_ACTIONS) {
        const has = await permQuery.findOne({ where: { action, role: role.id } });
        if (!has) await permQuery.create({ data: { action, role: role.id } });
      }
      result[type] = { id: role.id };
    }
    const publicRole = await roleQuery.findOne({ where: { type: 'public' } });
    if (publicRole) await permQuery.deleteMany({ where: { role: publicRole.id, action: { $in: UNUSED_PUBLIC_AUTH_ACTIONS } } });
    return result;
  },

  /**
   * Complaints keep their team both as Strapi's relation and mirrored in `queue_team_id` for the
   * queue index. Fill the mirror once for databases made before it existed (a flag in Strapi's store).
   */
  async backfillQueueTeam(): Promise<void> {
    const store = strapi.store({ type: 'plugin', name: 'complaint-desk' });
    if (await store.get({ key: 'queue-team-backfilled' })) return;
    const schema = strapi.db.getSchemaName();
    const t = (n: string) => (schema ? `${schema}.${n}` : n);
    const knex = strapi.db.connection;
    await knex(t('cd_complaints'))
      .whereNull('queue_team_id')
      .update({ queue_team_id: knex(t('cd_complaints_team_lnk')).select('team_id').where('complaint_id', knex.ref(`${t('cd_complaints')}.id`)).limit(1) });
    await store.set({ key: 'queue-team-backfilled', value: true });
  },

  /**
   * The SLA sweeper's pending timers (issue #4), on both databases, idempotently: the table, its
   * (due_at) index, and the triggers on cd_complaints that keep it. A complaint has a timer per
   * threshold whose due column is set and whose fired column is empty, while its status is open and
   * its clock is not paused (awaiting the customer). Inserts and deletes of complaints add and remove
   * theirs; an update that changes the status, the pause, a due moment, or clears a fired column (a
   * new stage) rebuilds that complaint's timers. Setting a fired column leaves them: the sweeper
   * deletes the timers it claims itself (a timer whose threshold fired some other way is deleted by
   * the next claim that meets it). When the definition changes (SLA_TIMERS_VERSION) or the triggers
   * are missing, the triggers are made again and the timers rebuilt from the complaints, with the
   * table locked against writes. On PostgreSQL the session-3 partial claim indexes are dropped (a
   * fired threshold no longer changes an indexed column, so the sweeper's update can be HOT) and
   * cd_complaints gets a fill factor that leaves room for such updates. PostgreSQL refuses to change
   * the type of a column a trigger names: a schema change of one of the watched columns needs
   * cd_complaints_sla_timers_upd dropped first (the next boot makes it again).
   */
  async ensureSlaTimers(): Promise<{ rebuilt: boolean }> {
    const pg = strapi.db.dialect.client === 'postgres';
    const schema = strapi.db.getSchemaName();
    const q = (n: string) => (schema ? `${schema}.${n}` : n);
    const C = q('cd_complaints');
    const T = q(SLA_TIMERS_TABLE);
    const knex = strapi.db.connection;
    const open = OPEN_STATUSES.map((st) => `'${st.replace(/'/g, "''")}'`).join(', ');
    /** The timer rows of the complaints in `from` (a row alias or a table), as one SELECT. */
    const pendingRows = (from: string, alias: string) =>
      SLA_TIMER_COLUMNS.map(
        ([threshold, due, fired]) =>
          `select ${alias}.id, '${threshold}', ${alias}.${due} from ${from} where ${alias}.status in (${open}) and ${alias}.sla_paused_at is null and ${alias}.${due} is not null and ${alias}.${fired} is null`,
      ).join(' union all ');
    const changed = [
      `old.status is distinct from new.status`,
      `old.sla_paused_at is distinct from new.sla_paused_at`,
      ...SLA_TIMER_COLUMNS.flatMap(([, due, fired]) => [`old.${due} is distinct from new.${due}`, `(old.${fired} is not null and new.${fired} is null)`]),
    ].join(' or ');
    const watched = ['status', 'sla_paused_at', ...SLA_TIMER_COLUMNS.flatMap(([, due, fired]) => [due, fired])].join(', ');

    if (pg) {
      await knex.raw(`create table if not exists ${T} (complaint_id integer not null, threshold varchar(8) not null, due_at timestamp(6) not null, primary key (complaint_id, threshold))`);
      await knex.raw(`create index if not exists cd_sla_timers_due_idx on ${T} (due_at, complaint_id)`);
      for (const name of OLD_SWEEP_INDEXES) await knex.raw(`drop index if exists ${q(name)}`);
      const { rows } = await knex.raw(`select reloptions from pg_class where oid = ?::regclass`, [C]);
      if (!(rows[0]?.reloptions ?? []).includes(`fillfactor=${COMPLAINTS_FILLFACTOR}`)) await knex.raw(`alter table ${C} set (fillfactor = ${COMPLAINTS_FILLFACTOR})`);
    } else {
      await knex.raw(`create table if not exists ${T} (complaint_id integer not null, threshold varchar(8) not null, due_at bigint not null, primary key (complaint_id, threshold))`);
      await knex.raw(`create index if not exists cd_sla_timers_due_idx on ${T} (due_at, complaint_id)`);
      for (const name of OLD_SWEEP_INDEXES) await knex.raw(`drop index if exists ${name}`);
    }
    const triggers = ['cd_complaints_sla_timers_ins', 'cd_complaints_sla_timers_upd', 'cd_complaints_sla_timers_del'];
    const present: string[] = pg
      ? (await knex.raw(`select tgname as name from pg_trigger where tgrelid = ?::regclass and not tgisinternal`, [C])).rows.map((r: any) => r.name)
      : (await knex.raw(`select name from sqlite_master where type = 'trigger' and tbl_name = 'cd_complaints'`)).map((r: any) => r.name);
    const store = strapi.store({ type: 'plugin', name: 'complaint-desk' });
    if ((await store.get({ key: 'sla-timers-version' })) === SLA_TIMERS_VERSION && triggers.every((n) => present.includes(n))) return { rebuilt: false };

    await knex.transaction(async (trx: any) => {
      if (pg) {
        // No complaint is written meanwhile: the rebuilt timers match the rows.
        await trx.raw(`lock table ${C} in share row exclusive mode`);
        await trx.raw(`create or replace function ${q('cd_sla_timers_added')}() returns trigger language plpgsql as $fn$
          begin insert into ${T} (complaint_id, threshold, due_at) ${pendingRows('added a', 'a')}; return null; end $fn$`);
        await trx.raw(`create or replace function ${q('cd_sla_timers_changed')}() returns trigger language plpgsql as $fn$
          begin
            delete from ${T} where complaint_id = new.id;
            insert into ${T} (complaint_id, threshold, due_at) ${pendingRows('(select new.*) a', 'a')};
            return null;
          end $fn$`);
        await trx.raw(`create or replace function ${q('cd_sla_timers_removed')}() returns trigger language plpgsql as $fn$
          begin delete from ${T} where complaint_id in (select id from removed); return null; end $fn$`);
        for (const name of triggers) await trx.raw(`drop trigger if exists ${name} on ${C}`);
        // Statement triggers for inserts and deletes (bulk writes pay once per statement); a row
        // trigger for updates, so that its WHEN skips the updates that change none of the above.
        await trx.raw(`create trigger cd_complaints_sla_timers_ins after insert on ${C} referencing new table as added for each statement execute function ${q('cd_sla_timers_added')}()`);
        await trx.raw(`create trigger cd_complaints_sla_timers_upd after update of ${watched} on ${C} for each row when (${changed}) execute function ${q('cd_sla_timers_changed')}()`);
        await trx.raw(`create trigger cd_complaints_sla_timers_del after delete on ${C} referencing old table as removed for each statement execute function ${q('cd_sla_timers_removed')}()`);
      } else {
        for (const name of triggers) await trx.raw(`drop trigger if exists ${name}`);
        const insertNew = `insert into ${T} (complaint_id, threshold, due_at) ${pendingRows('(select new.id as id, new.status as status, new.sla_paused_at as sla_paused_at, ' + SLA_TIMER_COLUMNS.flatMap(([, due, fired]) => [`new.${due} as ${due}`, `new.${fired} as ${fired}`]).join(', ') + ') a', 'a')};`;
        await trx.raw(`create trigger cd_complaints_sla_timers_ins after insert on ${C} for each row begin ${insertNew} end`);
        await trx.raw(`create trigger cd_complaints_sla_timers_upd after update of ${watched} on ${C} for each row when ${changed.replace(/is distinct from/g, 'is not')}
          begin delete from ${T} where complaint_id = new.id; ${insertNew} end`);
        await trx.raw(`create trigger cd_complaints_sla_timers_del after delete on ${C} for each row begin delete from ${T} where complaint_id = old.id; end`);
      }
      await trx.raw(`delete from ${T}`);
      await trx.raw(`insert into ${T} (complaint_id, threshold, due_at) ${pendingRows(`${C} c`, 'c')}`);
    });
    // Statistics now: without them the planner does not know that few timers are due, and scans them all.
    if (pg) await knex.raw(`analyze ${T}`);
    await store.set({ key: 'sla-timers-version', value: SLA_TIMERS_VERSION });
    return { rebuilt: true };
  },

  /**
   * PostgreSQL: autovacuum per table for the complaints, their link tables and the SLA timers. With the server's
   * defaults (vacuum at 20 % dead rows, insert-vacuum at 20 % new rows) a table of a million
   * complaints waits for 200,000 updated rows before a vacuum, and meanwhile the pages an SLA sweep
   * or a day's work touched are not all-visible: the list's exact count stops being an index-only
   * scan (74 ms → 417 ms on 1M rows, docs/BENCHMARKS.md). At 1 % / 2 % it stays cheap. The SLA
   * timers lose rows to every sweep: vacuumed early, the claim's index scan does not step over many
   * dead entries, and their statistics stay fresh.
   * Idempotent (ALTER TABLE … SET only rewrites the options); nothing on SQLite.
   */
  async ensureAutovacuum(): Promise<string[]> {
    if (strapi.db.dialect.client !== 'postgres') return [];
    const knex = strapi.db.connection;
    const schema: string =
      strapi.db.getSchemaName() || (await knex.raw('SELECT current_schema() AS s')).rows[0].s;
    const { rows } = await knex.raw(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ? AND c.relkind = 'r' AND (c.relname IN ('cd_complaints', ?) OR c.relname LIKE 'cd\\_complaints\\_%\\_lnk')
       AND NOT (coalesce(c.reloptions, '{}') @> ?::text[])
       ORDER BY c.relname`,
      [schema, SLA_TIMERS_TABLE, `{${AUTOVACUUM_OPTIONS.map(([k, v]) => `${k}=${v}`).join(',')}}`],
    );
    const tables = (rows as Array<{ relname: string }>).map((r) => r.relname);
    const options = AUTOVACUUM_OPTIONS.map(([k, v]) => `${k} = ${v}`).join(', ');
    for (const table of tables) await knex.raw(`ALTER TABLE ??.?? SET (${options})`, [schema, table]);
    return tables;
  },

  /**
   * The audit trail is append-only in the database itself, whoever writes: triggers on
   * cd_complaint_events refuse DELETE, and UPDATE unless withEventRedaction() is running in the
   * writer's transaction and only `payload`/`updated_at` change (PostgreSQL compares the rows as
   * JSON; SQLite names every other column). The event's link row to its complaint may not be
   * deleted or moved to another event or complaint (the link's order column may be renumbered,
   * which Strapi does when it adds events). Made again when the definition changes (the columns,
   * say) or a trigger is missing; TRUNCATE, an owner's operation, is left to the owner.
   */
  async ensureEventGuards(): Promise<{ rebuilt: boolean }> {
    const pg = strapi.db.dialect.client === 'postgres';
    const schema = strapi.db.getSchemaName();
    const q = (n: string) => (schema ? `${schema}.${n}` : n);
    const knex = strapi.db.connection;
    const E = q(EVENTS_TABLE);
    const link = (strapi.db.metadata.get(uid('complaint-event')).attributes as any).complaint.joinTable;
    const L = q(link.name);
    const linkKeys: string[] = [link.joinColumn.name, link.inverseJoinColumn.name];
    const [eventTrigger, linkTrigger] = EVENT_GUARD_TRIGGERS;
    const refuse = `complaint events are append-only`;

    const columns: string[] = pg
      ? (await knex.raw(`select column_name as name from information_schema.columns where table_schema = coalesce(?, current_schema()) and table_name = ? order by ordinal_position`, [schema || null, EVENTS_TABLE])).rows.map((r: any) => r.name)
      : (await knex.raw(`pragma table_info(${EVENTS_TABLE})`)).map((r: any) => r.name);
    // SQLite compares column by column: the columns an UPDATE must leave as they are.
    const fixed = columns.filter((c) => !(EVENT_REDACTABLE_COLUMNS as readonly string[]).includes(c));
    const statements: string[] = pg
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
    const version = createHash('sha1').update(statements.join(';')).digest('hex');
    const present: string[] = pg
      ? (await knex.raw(`select tgname as name from pg_trigger where tgrelid in (?::regclass, ?::regclass) and not tgisinternal`, [E, L])).rows.map((r: any) => r.name)
      : (await knex.raw(`select name from sqlite_master where type = 'trigger' and tbl_name in (?, ?)`, [EVENTS_TABLE, link.name])).map((r: any) => r.name);
    const expected = pg ? [eventTrigger, linkTrigger, `${linkTrigger}_del`] : [eventTrigger, `${eventTrigger}_del`, linkTrigger, `${linkTrigger}_del`];
    const store = strapi.store({ type: 'plugin', name: 'complaint-desk' });
    if ((await store.get({ key: 'event-guards-version' })) === version && expected.every((n) => present.includes(n))) return { rebuilt: false };
    await knex.transaction(async (trx: any) => {
      for (const sql of statements) await trx.raw(sql);
    });
    await store.set({ key: 'event-guards-version', value: version });
    return { rebuilt: true };
  },

  /**
   * The admin panel is for categories, channels and response templates (SPEC §1: content editors);
   * everything else is a record of the console, with its own roles and rules. The other content
   * types are hidden from the Content Manager (`pluginOptions` in their schemas), but Strapi still
   * grants `read` on hidden types, and its default Editor and Author roles hold create, read, update
   * and delete on all of them: remove every admin role's permission on them, at every start (after
   * the admin's own permission sync, which gives the Super Admin everything again).
   */
  async restrictAdminPanel(): Promise<number> {
    const subjects = Object.keys(strapi.contentTypes).filter(
      (ct) => ct.startsWith(uid('')) && !(EDITOR_CONTENT_TYPES as readonly string[]).includes(ct),
    );
    const { count } = await strapi.db.query('admin::permission').deleteMany({ where: { subject: { $in: subjects } } });
    return Number(count ?? 0);
  },

  /**
   * No public sign-up (staff accounts are made by an administrator): users-permissions' advanced
   * setting `allow_register` off, and no role keeps the `register` permission. The auth-guard
   * middleware answers 403 before either is asked; this keeps the settings screen truthful. Runs
   * from the host app's bootstrap, after users-permissions has stored its defaults.
   */
  async closeSignUp(): Promise<void> {
    const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    if (advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { action: 'plugin::users-permissions.auth.register' } });
  },

  /**
   * Admin-panel role limited to categories, channels and response templates, all locales.
   * Must run after the admin's own bootstrap: it creates Super Admin, Editor and Author only while
   * no admin role exists. The host app calls it from its bootstrap (src/index.ts), which Strapi
   * runs after every plugin and provider.
   */
  async ensureAdminEditorRole(): Promise<{ id: number }> {
    const roleService = strapi.service('admin::role');
    let role = await strapi.db.query('admin::role').findOne({ where: { code: ADMIN_EDITOR_ROLE.code } });
    if (!role) role = await roleService.create(ADMIN_EDITOR_ROLE);
    const existing = await strapi.db.query('admin::permission').count({ where: { role: role.id } });
    if (existing === 0) {
      const locales = LOCALES.map((l) => l.code);
      const permissions = EDITOR_CONTENT_TYPES.flatMap((subject) =>
        ['read', 'create', 'update', 'delete'].map((verb) => {
          const attributes = Object.keys(strapi.contentType(subject).attributes);
          return {
            action: `plugin::content-manager.explorer.${verb}`,
            subject,
            properties: verb === 'delete' ? { locales } : { fields: attributes, locales },
            conditions: [],
          };
        }),
      );
      await roleService.assignPermissions(role.id, permissions);
    }
    return { id: role.id };
  },
});

export type SetupService = ReturnType<typeof createSetupService>;
export default createSetupService;
