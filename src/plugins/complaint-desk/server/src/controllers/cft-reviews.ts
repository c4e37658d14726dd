/** POST /cft-reviews/{id}/actions/{action}: thin — one service call, the updated record back. */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { bodyOf, callerOf, respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async action(ctx: any) {
    await respond(ctx, async () => {
      ctx.body = await getService(strapi, 'cft-reviews').perform(ctx.params.id, ctx.params.action, bodyOf(ctx), callerOf(ctx));
    });
  },
});
