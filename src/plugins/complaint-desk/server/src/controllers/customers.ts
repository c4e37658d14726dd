/** GET /api/complaint-desk/customers/:id/export: everything held about one customer (SPEC §9). */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { callerOf, respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: any) {
    await respond(ctx, async () => {
      ctx.body = await getService(strapi, 'customers').export(ctx.params.id, callerOf(ctx));
      // A download, never kept by a cache on the way.
      ctx.set('Content-Disposition', `attachment; filename="customer-${String(ctx.params.id).replace(/[^A-Za-z0-9_-]/g, '')}.json"`);
      ctx.set('Cache-Control', 'no-store');
    });
  },
});
