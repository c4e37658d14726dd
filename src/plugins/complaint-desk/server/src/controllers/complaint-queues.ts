/**
 * GET /api/complaint-desk/complaints/queue-counts: the number of complaints in each named
 * queue for the caller, in one request and one statement, for the console's queue tabs.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { callerOf, respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async counts(ctx: any) {
    await respond(ctx, async () => {
      ctx.body = await getService(strapi, 'complaint-query').queueCounts(callerOf(ctx));
    });
  },
});
