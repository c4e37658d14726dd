/**
 * Route policy for every console route: authenticates the users-permissions JWT
 * itself (routes declare `auth: false` so that the authorization matrix lives here, in one place,
 * not in the users-permissions admin screen) and checks the caller's role type.
 *
 * - no or invalid token, unknown or blocked user → 401
 * - a role outside `config.roles` (default: any staff role) → 403
 * Customers (anonymous) therefore never reach console routes (SPEC §1).
 * The token → user lookup is services/staff-auth.ts (cached for a few seconds; see there).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { STAFF_ROLES } from '../domain/lifecycle';
import type { StaffUser } from '../services/staff-auth';
import { getService } from '../utils';

export type { StaffUser };

export interface PolicyContext {
  state: { user?: StaffUser };
  request: { header: Record<string, string | undefined> };
}

export default async (ctx: PolicyContext, config: { roles?: readonly string[] } | undefined, { strapi }: { strapi: Core.Strapi }) => {
  let user: StaffUser | null = null;
  try {
    user = await getService(strapi, 'staff-auth').authenticate(ctx.request.header);
  } catch {
    user = null;
  }
  if (!user || user.blocked || !user.role) throw new errors.UnauthorizedError('Missing or invalid credentials');
  ctx.state.user = user;
  const allowed = config?.roles ?? STAFF_ROLES;
  if (!allowed.includes(user.role.type)) {
    throw new errors.ForbiddenError('Your role may not do this', { role: user.role.type });
  }
  return true;
};
