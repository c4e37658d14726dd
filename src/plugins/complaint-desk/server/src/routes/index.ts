/**
 * Routes are declared data (STYLE), generated from the resource table (resources/index.ts) and
 * the lifecycle table (domain/lifecycle.ts), and typed as Strapi's router input. Every route names
 * its policy: console routes set `auth: false` because `is-staff` authenticates the JWT and applies
 * the role matrix itself (docs/PERMISSIONS.md is generated from the same tables).
 */
import type { Core } from '@strapi/strapi';
import { TRANSITIONS, type StaffRole } from '../domain/lifecycle';
import { pluginId } from '../pluginId';
import { NOTIFICATION_RETRY_ROLES, REPORT_ROLES } from '../../../shared/permissions';
import { CUSTOMER_EXPORT_ROLES, RESOURCES, rolesFor, seesPersonalData } from '../resources';
import { CAPA_ACTION_ROLES, CFT_REVIEW_ACTION_ROLES } from '../../../shared/capa';

export interface RouteSpec {
  method: Extract<Core.HTTPMethod, 'GET' | 'POST' | 'PUT' | 'DELETE'>;
  path: string;
  handler: string;
  roles: readonly StaffRole[];
}

const ACTION_ROLES = [...new Set(TRANSITIONS.flatMap((t) => t.roles))] as StaffRole[];
const ALL_STAFF: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor'];
const FRONT_ROLES: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager'];
const LINK_ROLES = [...new Set(TRANSITIONS.filter((t) => t.action === 'link-incident').flatMap((t) => t.roles))] as StaffRole[];
const APPROVER_ROLES = [...new Set(TRANSITIONS.filter((t) => t.action === 'approve').flatMap((t) => t.roles))] as StaffRole[];

/** Every console route with the roles its policy admits. */
export function consoleRoutes(): RouteSpec[] {
  const routes: RouteSpec[] = [
    { method: 'GET', path: '/users/me', handler: 'users.me', roles: ALL_STAFF },
    { method: 'POST', path: '/sla/preview', handler: 'sla.preview', roles: ALL_STAFF },
    // The continuous-improvement reports; agents and specialists get their teams' figures (services/reports.ts).
    { method: 'GET', path: '/reports/:name', handler: 'reports.find', roles: REPORT_ROLES },
  ];
  for (const def of Object.values(RESOURCES)) {
    const base = `/${def.name}`;
    if (def.name === 'complaints') {
      // Before `/complaints/:id`, which would take "duplicates" or "queue-counts" for an id.
      routes.push({ method: 'GET', path: `${base}/duplicates`, handler: 'complaint-duplicates.find', roles: FRONT_ROLES });
      // The queue tabs' seven counts in one request; whoever may list complaints.
      routes.push({ method: 'GET', path: `${base}/queue-counts`, handler: 'complaint-queues.counts', roles: rolesFor(def, 'list') });
      // The list as CSV (same filter, sort, scope and masking; personal columns only for roles that see them).
      routes.push({ method: 'GET', path: `${base}/export`, handler: 'reports.exportComplaints', roles: rolesFor(def, 'list') });
    }
    if (def.name === 'customers') {
      // Before `/customers/:id`: the caller lookup of the register form, by phone or email.
      routes.push({ method: 'GET', path: `${base}/lookup`, handler: 'complaint-duplicates.customers', roles: FRONT_ROLES });
    }
    if (def.name === 'approvals') {
      // Before `/approvals/:id`: the steps the caller can decide now, with what each approves.
      routes.push({ method: 'GET', path: `${base}/inbox`, handler: 'approval-inbox.list', roles: APPROVER_ROLES });
    }
    if (def.name === 'notifications') {
      // Before `/notifications/:id`: the development drop; then a dead notification's retry.
      routes.push({ method: 'GET', path: `${base}/drop`, handler: 'notifications.drop', roles: NOTIFICATION_RETRY_ROLES });
      routes.push({ method: 'GET', path: `${base}/drop/:channel/:file`, handler: 'notifications.dropItem', roles: NOTIFICATION_RETRY_ROLES });
      routes.push({ method: 'POST', path: `${base}/:id/retry`, handler: 'notifications.retry', roles: NOTIFICATION_RETRY_ROLES });
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
      // The files a complaint came with (inbound mail): customer documents, so only roles that see personal data.
      routes.push({ method: 'GET', path: `${base}/:id/attachments`, handler: 'channels.attachments', roles: rolesFor(def, 'read').filter((r) => seesPersonalData(r)) });
    }
    if (def.name === 'corrective-actions') {
      // The CAPA lifecycle (shared/capa.ts); the owner's right to start and implement is checked by the service.
      routes.push({ method: 'POST', path: `${base}/:id/actions/:action`, handler: 'corrective-actions.action', roles: CAPA_ACTION_ROLES });
    }
    if (def.name === 'cft-reviews') {
      // The conclusion's steps: the leader submits (any role may lead), the quality manager approves or returns.
      routes.push({ method: 'POST', path: `${base}/:id/actions/:action`, handler: 'cft-reviews.action', roles: CFT_REVIEW_ACTION_ROLES });
    }
    if (def.name === 'customers') {
      // Everything held about one customer as one JSON document (SPEC §9), recorded in the audit trail.
      routes.push({ method: 'GET', path: `${base}/:id/export`, handler: 'customers.export', roles: CUSTOMER_EXPORT_ROLES });
    }
    if (def.name === 'mass-incidents') {
      // The bulk message to every linked open complaint's customer, into the outbox.
      routes.push({ method: 'POST', path: `${base}/:id/message`, handler: 'mass-incidents.message', roles: ['director', 'quality-manager'] });
      // Complaints linked in bulk (by ids or a filter), each through the link-incident action.
      routes.push({ method: 'POST', path: `${base}/:id/link`, handler: 'mass-incidents.link', roles: LINK_ROLES });
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

/**
 * Public channel webhooks: no login; the policy checks the gateway's signature instead (and the
 * rate), and `sms-raw-body` (a global middleware before `strapi::body`) keeps the signed bytes.
 */
function channelRoutes(): Core.RouteInput[] {
  return [
    {
      method: 'POST',
      path: '/channels/sms/inbound',
      handler: 'channels.smsInbound',
      config: { auth: false, policies: [`plugin::${pluginId}.sms-signature`], middlewares: [`plugin::${pluginId}.input-limits`] },
    },
  ];
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
    routes: [...consoleRoutes().map(toRoute), ...channelRoutes(), ...benchStockRoutes()],
  },
} satisfies Record<string, Core.RouterInput>;
