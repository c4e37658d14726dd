/**
 * Strapi bootstraps every plugin before its admin module (a provider). The admin's bootstrap creates
 * its default roles only while no admin role exists, and gives the Super Admin every permission
 * again: the plugin's own admin role, and the permissions it takes away, must come after it.
 * register() hands such work here; it runs right after the admin's bootstrap of the same Strapi.
 *
 * The admin module is one object per process (a cached require), shared by every Strapi instance a
 * process creates (the test suites create several): its bootstrap is wrapped once, and the work is
 * looked up per instance.
 */
import type { Core } from '@strapi/strapi';

type Task = () => Promise<void>;
interface AdminModule {
  bootstrap?: (ctx: { strapi: Core.Strapi }) => unknown;
}

const WRAPPED = Symbol.for('complaint-desk.after-admin');
const tasks = new WeakMap<Core.Strapi, Task>();

/** Runs `task` right after the admin's bootstrap; false when this Strapi has no admin module to follow. */
export function afterAdminBootstrap(strapi: Core.Strapi, task: Task): boolean {
  const admin = strapi.get('admin') as (AdminModule & { [WRAPPED]?: true }) | undefined;
  const own = admin?.bootstrap;
  if (!admin || typeof own !== 'function') return false;
  tasks.set(strapi, task);
  if (!admin[WRAPPED]) {
    admin.bootstrap = async (ctx: { strapi: Core.Strapi }) => {
      await own.call(admin, ctx);
      const next = tasks.get(ctx.strapi);
      tasks.delete(ctx.strapi);
      if (next) await next();
    };
    admin[WRAPPED] = true;
  }
  return true;
}
