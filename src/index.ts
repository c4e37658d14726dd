/**
 * Host app wiring only: the product lives in the complaint-desk plugin (src/plugins/complaint-desk).
 */
import type { Core } from '@strapi/strapi';
import { maybeSeedOnStart } from '../database/seed';

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
  },
};
