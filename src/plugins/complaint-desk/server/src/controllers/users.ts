/** Staff users (SPEC §8 "User record"): what the console needs to know about the caller. */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: any) {
    ctx.body = await getService(strapi, 'users').toRecord(ctx.state.user);
  },
});
