/**
 * GET /api/complaint-desk/reports/:name (SPEC §8 "Reports"): thin — the caller, one service call,
 * JSON or (`format=csv`) a CSV download with labels in the `locale` query's language, else the
 * Accept-Language header's, else English.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { REPORT_LOCALES, type ReportLocale } from '../../../shared/reports';
import { localeOfHeader } from '../services/reports';
import { callerOf, respond } from './resources';

const isReportLocale = (v: unknown): v is ReportLocale => typeof v === 'string' && (REPORT_LOCALES as readonly string[]).includes(v);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /complaints/export: the complaint list (same filter, sort, scope and masking) as a CSV download. */
  async exportComplaints(ctx: any) {
    await respond(ctx, async () => {
      const caller = callerOf(ctx);
      const locale = isReportLocale(ctx.query.locale) ? ctx.query.locale : localeOfHeader(ctx.get('accept-language'));
      const stream = await getService(strapi, 'complaint-export').csv({ sort: ctx.query.sort, filter: ctx.query.filter }, caller, locale);
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="complaints-${new Date().toISOString().slice(0, 10)}.csv"`);
      ctx.body = stream;
    });
  },

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
