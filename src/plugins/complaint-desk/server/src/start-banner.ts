import type { Core } from '@strapi/strapi';
import { STAFF_ROLES } from './domain/lifecycle';
import { pluginId } from './pluginId';
import { DEFAULT_DEMO_PASSWORD, demoEmail } from './seed';

/**
 * Outside production, once the server listens: where the console is and, when the demo users
 * exist, how to sign in (the development seed's logins are documented in the README anyway).
 */
export async function startBanner(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV === 'production') return;
  const host = String(strapi.config.get('server.host', '127.0.0.1'));
  const port = Number(strapi.config.get('server.port', 1337));
  const base = String(strapi.config.get('server.url', '') || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`).replace(/\/$/, '');
  const consolePath = String(strapi.config.get(`plugin::${pluginId}.consolePath`, '/console'));
  const demo = await strapi.db.query('plugin::users-permissions.user').count({ where: { email: { $in: STAFF_ROLES.map(demoEmail) } } });
  const lines = [`Complaint Desk console: ${base}${consolePath}`];
  if (demo > 0) {
    lines.push(`Demo logins: ${STAFF_ROLES.map(demoEmail).join(', ')}`);
    lines.push(`Demo password: ${process.env.DEMO_PASSWORD ? 'the DEMO_PASSWORD you set' : DEFAULT_DEMO_PASSWORD}`);
  }
  strapi.log.info(lines.join('\n'));
}
