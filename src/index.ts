/**
 * Host app wiring only: the product lives in the complaint-desk plugin (src/plugins/complaint-desk).
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_DEMO_PASSWORD, demoEmail, maybeSeedOnStart } from '../database/seed';

const STAFF_ROLES = ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor'] as const;

/**
 * Outside production, once the server listens: where the console is and, when the demo users
 * exist, how to sign in (the development seed's logins are documented in the README anyway).
 */
async function startBanner(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV === 'production') return;
  const host = String(strapi.config.get('server.host', '127.0.0.1'));
  const port = Number(strapi.config.get('server.port', 1337));
  const base = String(strapi.config.get('server.url', '') || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`).replace(/\/$/, '');
  const demo = await strapi.db.query('plugin::users-permissions.user').count({ where: { email: { $in: STAFF_ROLES.map(demoEmail) } } });
  const lines = [`Complaint Desk console: ${base}/console`];
  if (demo > 0) {
    lines.push(`Demo logins: ${STAFF_ROLES.map(demoEmail).join(', ')}`);
    lines.push(`Demo password: ${process.env.DEMO_PASSWORD ? 'the DEMO_PASSWORD you set' : DEFAULT_DEMO_PASSWORD}`);
  }
  strapi.log.info(lines.join('\n'));
}

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // After the admin's own bootstrap, which creates its default roles only while none exist.
    const setup = strapi.plugin('complaint-desk').service('setup');
    await setup.ensureAdminEditorRole();
    // After the admin's permission sync: no admin role keeps a permission on the console's records.
    await setup.restrictAdminPanel();
    await setup.closeSignUp();
    await maybeSeedOnStart(strapi);
    strapi.server.httpServer.once('listening', () => void startBanner(strapi).catch(() => undefined));
  },
};
