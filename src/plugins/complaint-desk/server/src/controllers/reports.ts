/**
 * GET /api/complaint-desk/reports/:name (SPEC §8 "Reports"): thin — the caller, one service call,
 * JSON or (`format=csv`) a CSV download with labels in the `locale` query's language, else the
 * Accept-Language header's, else English.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { localeOfHeader } from '../services/reports';
import { callerOf, respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    await respond(ctx, async () => {
      const caller = callerOf(ctx);
      const reports = getService(strapi, 'reports');
      const { result, query } = await reports.run(String(ctx.params.name), { ...ctx.query }, caller);
      if (query.format !== 'csv') {
        ctx.body = result;
        return;
      }
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="${result.name}-${result.query.from.slice(0, 10)}-${result.query.to.slice(0, 10)}.csv"`);
      ctx.body = reports.csv(result, query.locale ?? localeOfHeader(ctx.get('accept-language')), caller);
    });
  },
});
