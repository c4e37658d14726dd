/**
 * GET /api/complaint-desk/complaints/duplicates?phone=…&email=…: the open complaints of
 * the customer with this phone number or email, for the register form's warning.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    await respond(ctx, async () => {
      ctx.body = await getService(strapi, 'complaint-duplicates').find(ctx.query);
    });
  },
  async customers(ctx: any) {
    await respond(ctx, async () => {
      ctx.body = await getService(strapi, 'complaint-duplicates').customers(ctx.query);
    });
  },
});
