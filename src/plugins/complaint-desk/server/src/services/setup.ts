/**
 * Idempotent set-up run at every bootstrap: the content locales, the six staff roles of SPEC §1
 * (users-permissions) and their permissions, the admin-panel role for content editors, and the
 * database's own objects (SLA timers, the append-only audit trail, storage settings), which the
 * modules of database/schema/ make.
 */
import type { Core } from '@strapi/strapi';
import { ensureAutovacuum } from '../database/schema/autovacuum';
import { ensureEventGuards } from '../database/schema/audit-guards';
import { backfillQueueTeam, renameCorrectiveActionStatuses } from '../database/schema/backfills';
import { dropObsoleteSchema } from '../database/schema/obsolete-indexes';
import { ensureSlaTimers } from '../database/schema/sla-timers';
import { STAFF_ROLES, type StaffRole } from '../domain/lifecycle';
import { uid } from '../pluginId';

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

  /** Fills columns added after a database existed, once per database (database/schema/backfills.ts). */
  async backfill(): Promise<void> {
    await backfillQueueTeam(strapi);
    await renameCorrectiveActionStatuses(strapi);
  },

  /**
   * The SLA sweeper's pending timers and their triggers (database/schema/sla-timers.ts), after the
   * one-time drop of the partial claim indexes they replace (database/schema/obsolete-indexes.ts).
   */
  async ensureSlaTimers(): Promise<{ rebuilt: boolean }> {
    await dropObsoleteSchema(strapi);
    return ensureSlaTimers(strapi);
  },

  /** PostgreSQL: per-table autovacuum on the complaint tables (database/schema/autovacuum.ts); the tables changed. */
  ensureAutovacuum: () => ensureAutovacuum(strapi),

  /** The append-only audit trail's triggers (database/schema/audit-guards.ts). */
  ensureEventGuards: () => ensureEventGuards(strapi),

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
   * from the plugin's after-admin task (register.ts), after users-permissions has stored its defaults.
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
   * no admin role exists. The plugin runs it from its after-admin task (register.ts,
   * after-admin.ts), once the admin module's bootstrap has run.
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
