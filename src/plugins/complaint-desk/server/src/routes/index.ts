/**
 * Routes are declared data (STYLE), generated from the resource table (resources/index.ts) and
 * the lifecycle table (domain/lifecycle.ts), and typed as Strapi's router input. Every route names
 * its policy: console routes set `auth: false` because `is-staff` authenticates the JWT and applies
 * the role matrix itself (docs/PERMISSIONS.md is generated from the same tables).
 */
import type { Core } from '@strapi/strapi';
import { TRANSITIONS, type StaffRole } from '../domain/lifecycle';
import { pluginId } from '../pluginId';
import { CUSTOMER_EXPORT_ROLES, RESOURCES, rolesFor } from '../resources';

export interface RouteSpec {
  method: Extract<Core.HTTPMethod, 'GET' | 'POST' | 'PUT' | 'DELETE'>;
  path: string;
  handler: string;
  roles: readonly StaffRole[];
}

const ACTION_ROLES = [...new Set(TRANSITIONS.flatMap((t) => t.roles))] as StaffRole[];
const ALL_STAFF: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor'];
const FRONT_ROLES: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager'];
const APPROVER_ROLES = [...new Set(TRANSITIONS.filter((t) => t.action === 'approve').flatMap((t) => t.roles))] as StaffRole[];

/** Every console route with the roles its policy admits. */
export function consoleRoutes(): RouteSpec[] {
  const routes: RouteSpec[] = [
    { method: 'GET', path: '/users/me', handler: 'users.me', roles: ALL_STAFF },
    { method: 'POST', path: '/sla/preview', handler: 'sla.preview', roles: ALL_STAFF },
  ];
  for (const def of Object.values(RESOURCES)) {
    const base = `/${def.name}`;
    if (def.name === 'complaints') {
      // Before `/complaints/:id`, which would take "duplicates" or "queue-counts" for an id.
      routes.push({ method: 'GET', path: `${base}/duplicates`, handler: 'complaint-duplicates.find', roles: FRONT_ROLES });
      // The queue tabs' seven counts in one request; whoever may list complaints.
      routes.push({ method: 'GET', path: `${base}/queue-counts`, handler: 'complaint-queues.counts', roles: rolesFor(def, 'list') });
    }
    if (def.name === 'customers') {
      // Before `/customers/:id`: the caller lookup of the register form, by phone or email.
      routes.push({ method: 'GET', path: `${base}/lookup`, handler: 'complaint-duplicates.customers', roles: FRONT_ROLES });
    }
    if (def.name === 'approvals') {
      // Before `/approvals/:id`: the steps the caller can decide now, with what each approves.
      routes.push({ method: 'GET', path: `${base}/inbox`, handler: 'approval-inbox.list', roles: APPROVER_ROLES });
    }
    routes.push({ method: 'GET', path: base, handler: 'resources.find', roles: rolesFor(def, 'list') });
    routes.push({ method: 'GET', path: `${base}/:id`, handler: 'resources.findOne', roles: rolesFor(def, 'read') });
    const write = (method: RouteSpec['method'], path: string, op: 'create' | 'update' | 'delete', handler: string) => {
      const roles = rolesFor(def, op);
      // A write nobody may do answers 405 to any staff member, with the reason.
      routes.push(roles.length ? { method, path, handler, roles } : { method, path, handler: 'resources.notAllowed', roles: ALL_STAFF });
    };
    write('POST', base, 'create', 'resources.create');
    write('PUT', `${base}/:id`, 'update', 'resources.update');
    write('DELETE', `${base}/:id`, 'delete', 'resources.delete');
    if (def.name === 'complaints') {
      routes.push({ method: 'POST', path: `${base}/:id/actions/:action`, handler: 'resources.action', roles: ACTION_ROLES });
    }
    if (def.name === 'customers') {
      // Everything held about one customer as one JSON document (SPEC §9), recorded in the audit trail.
      routes.push({ method: 'GET', path: `${base}/:id/export`, handler: 'customers.export', roles: CUSTOMER_EXPORT_ROLES });
    }
    if (def.name === 'mass-incidents') {
      // The bulk message to every linked open complaint's customer, into the outbox.
      routes.push({ method: 'POST', path: `${base}/:id/message`, handler: 'mass-incidents.message', roles: ['director', 'quality-manager'] });
    }
  }
  return routes;
}

/**
 * Strapi's stock content API for complaints (GET /api/complaint-desk/stock/complaints), only with
 * BENCH_STOCK_API=true outside production: the baseline `npm run bench:api` compares the console
 * API with.
 */
function benchStockRoutes(): Core.RouteInput[] {
  if (process.env.BENCH_STOCK_API !== 'true' || process.env.NODE_ENV === 'production') return [];
  // Authenticated like any stock content-API route (the benchmark uses a full-access API token):
  // with `auth: false` Strapi refuses relations in its filters and populate.
  return [{ method: 'GET', path: '/stock/complaints', handler: 'stock-complaint.find', config: { policies: [`plugin::${pluginId}.bench-only`] } }];
}

/** A console route as Strapi's route input: the staff policy with the route's roles, the input limits. */
const toRoute = (r: RouteSpec): Core.RouteInput => ({
  method: r.method,
  path: r.path,
  handler: r.handler,
  config: {
    auth: false,
    policies: [{ name: `plugin::${pluginId}.is-staff`, config: { roles: r.roles } }],
    middlewares: [`plugin::${pluginId}.input-limits`],
  },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [...consoleRoutes().map(toRoute), ...benchStockRoutes()],
  },
} satisfies Record<string, Core.RouterInput>;
