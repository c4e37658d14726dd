/**
 * Route policy: the caller is a logged-in staff user whose users-permissions role type is one of
 * `config.roles`. Customers and anonymous callers never pass (SPEC §1).
 */
import type { Core } from '@strapi/strapi';

interface PolicyContext {
  state: { user?: { role?: { type?: string } } };
}

export default (policyContext: PolicyContext, config: { roles?: readonly string[] }, _: { strapi: Core.Strapi }) => {
  const role = policyContext.state.user?.role?.type;
  return Boolean(role && (config.roles ?? []).includes(role));
};
