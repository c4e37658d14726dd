/**
 * POST /api/complaint-desk/mass-incidents/:id/message: body {subject?, text, channel?}
 * → {queued: n}, the bulk message written into the outbox for every linked open complaint's customer.
 * POST /api/complaint-desk/mass-incidents/:id/link: body {ids} | {filter}
 * → {linked, skipped, results: [{id, trackingCode, outcome, reason?}]}.
 */
import type { Core } from '@strapi/strapi';
import { badRequest } from '../errors';
import { getService } from '../utils';
import { callerOf, respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async message(ctx: any) {
    await respond(ctx, async () => {
      const body = ctx.request.body ?? {};
      if (typeof body !== 'object' || Array.isArray(body)) {
        throw badRequest('The body must be a JSON object', [{ path: '', message: 'must be a JSON object' }]);
      }
      ctx.body = await getService(strapi, 'mass-incidents').message(ctx.params.id, body, callerOf(ctx));
    });
  },

  async link(ctx: any) {
    await respond(ctx, async () => {
      ctx.body = await getService(strapi, 'mass-incidents').link(ctx.params.id, ctx.request.body, callerOf(ctx));
    });
  },
});
