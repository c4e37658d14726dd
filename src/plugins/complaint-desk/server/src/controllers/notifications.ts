/**
 * Outbox delivery routes:
 * - POST /notifications/:id/retry — a dead or failed notification back in the queue (409 otherwise), audited;
 * - GET /notifications/drop — development: the newest messages of the local drop (404 when relays send);
 * - GET /notifications/drop/:channel/:file — one of them, with digit runs masked.
 */
import type { Core } from '@strapi/strapi';
import { badRequest, notFound } from '../errors';
import { getService } from '../utils';
import { callerOf, respond } from './resources';

const CHANNELS = ['email', 'sms'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async retry(ctx: any) {
    await respond(ctx, async () => {
      ctx.body = await getService(strapi, 'delivery').retry(String(ctx.params.id), callerOf(ctx));
    });
  },

  async drop(ctx: any) {
    await respond(ctx, async () => {
      const items = await getService(strapi, 'delivery').dropList();
      if (!items) throw notFound('No local drop: messages are sent through the configured relays.');
      ctx.body = items;
    });
  },

  async dropItem(ctx: any) {
    await respond(ctx, async () => {
      const channel = String(ctx.params.channel);
      if (!(CHANNELS as readonly string[]).includes(channel)) throw badRequest('Unknown channel', [{ path: 'channel', message: 'must be email or sms' }]);
      const text = await getService(strapi, 'delivery').dropItem(channel as 'email' | 'sms', String(ctx.params.file));
      if (text === null) throw notFound('No such message in the drop');
      ctx.body = JSON.parse(text);
    });
  },
});
