/**
 * Host app wiring only: the product lives in the complaint-desk plugin (src/plugins/complaint-desk).
 */
import type { Core } from '@strapi/strapi';
import { maybeSeedOnStart } from '../database/seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // After the admin's own bootstrap, which creates its default roles only while none exist.
    await strapi.plugin('complaint-desk').service('setup').ensureAdminEditorRole();
    await maybeSeedOnStart(strapi);
  },
};
