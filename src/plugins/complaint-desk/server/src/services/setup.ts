/**
 * Idempotent set-up run at every bootstrap: the content locales, the six staff roles of SPEC §1
 * (users-permissions), and the admin-panel role for content editors.
 */
import type { Core } from '@strapi/strapi';
import { STAFF_ROLES, type StaffRole } from '../domain/lifecycle';
import { uid } from '../pluginId';

/** The sweeper's partial claim indexes: name, the threshold's due column, its fired column. */
export const SWEEP_INDEXES: ReadonlyArray<[name: string, due: string, fired: string]> = [
  ['cd_complaints_at_risk_pending_idx', 'sla_at_risk_at', 'sla_at_risk_fired_at'],
  ['cd_complaints_breach_pending_idx', 'sla_due_at', 'sla_breached_at'],
];

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

export const ADMIN_EDITOR_ROLE = {
  code: 'complaint-content-editor',
  name: 'Complaint content editor',
  description: 'Edits complaint categories, channels and response templates in the Content Manager',
};
export const EDITOR_CONTENT_TYPES = [uid('category'), uid('channel'), uid('response-template')] as const;

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
   * The SLA sweeper's claim indexes (issue #4), partial: only stages whose threshold has not fired
   * yet. A sweep that fires a threshold therefore adds no entry to them, and they hold only the
   * pending stages rather than every complaint. Strapi's index declarations cannot say WHERE, so
   * they are made here, idempotently, on both databases; Strapi's schema sync leaves indexes it did
   * not declare alone. (They replace the declared (fired, due) pairs, which schema sync dropped.)
   */
  async ensureSweepIndexes(): Promise<void> {
    const schema = strapi.db.getSchemaName();
    const table = schema ? `${schema}.cd_complaints` : 'cd_complaints';
    const knex = strapi.db.connection;
    for (const [name, due, fired] of SWEEP_INDEXES) {
      await knex.raw(`create index if not exists ${name} on ${table} (${due}) where ${fired} is null and ${due} is not null`);
    }
  },

  /**
   * PostgreSQL: autovacuum per table for the complaints and their link tables. With the server's
   * defaults (vacuum at 20 % dead rows, insert-vacuum at 20 % new rows) a table of a million
   * complaints waits for 200,000 updated rows before a vacuum, and meanwhile the pages an SLA sweep
   * or a day's work touched are not all-visible: the list's exact count stops being an index-only
   * scan (74 ms → 417 ms on 1M rows, docs/BENCHMARKS.md). At 1 % / 2 % it stays cheap.
   * Idempotent (ALTER TABLE … SET only rewrites the options); nothing on SQLite.
   */
  async ensureAutovacuum(): Promise<string[]> {
    if (strapi.db.dialect.client !== 'postgres') return [];
    const knex = strapi.db.connection;
    const schema: string =
      strapi.db.getSchemaName() || (await knex.raw('SELECT current_schema() AS s')).rows[0].s;
    const { rows } = await knex.raw(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ? AND c.relkind = 'r' AND (c.relname = 'cd_complaints' OR c.relname LIKE 'cd\\_complaints\\_%\\_lnk')
       AND NOT (coalesce(c.reloptions, '{}') @> ?::text[])
       ORDER BY c.relname`,
      [schema, `{${AUTOVACUUM_OPTIONS.map(([k, v]) => `${k}=${v}`).join(',')}}`],
    );
    const tables = (rows as Array<{ relname: string }>).map((r) => r.relname);
    const options = AUTOVACUUM_OPTIONS.map(([k, v]) => `${k} = ${v}`).join(', ');
    for (const table of tables) await knex.raw(`ALTER TABLE ??.?? SET (${options})`, [schema, table]);
    return tables;
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
