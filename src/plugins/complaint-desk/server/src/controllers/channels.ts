/**
 * POST /api/complaint-desk/channels/sms/inbound `{from, text}`, signed (policies/sms-signature.ts)
 * → `{outcome}`: `created` (a new complaint), `message` (a message on the sender's complaint) or
 * `duplicate` (this signed request was taken before).
 * GET /api/complaint-desk/complaints/:id/attachments → the complaint's files (inbound mail's).
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async smsInbound(ctx: any) {
    const result = await getService(strapi, 'inbound-sms').receive(ctx.request.body, String(ctx.request.header['x-signature'] ?? ''));
    ctx.status = result.outcome === 'created' ? 201 : 200;
    ctx.body = { outcome: result.outcome };
  },

  async attachments(ctx: any) {
    ctx.body = await getService(strapi, 'inbound-intake').attachments(ctx.params.id);
  },
});
