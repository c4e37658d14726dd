/**
 * GET /api/complaint-desk/approvals/inbox: the approval steps the caller can decide now, with what
 * each approves (services/approval-inbox.ts). A simple-rest list: `range` pages it, the total is in
 * Content-Range (the dashboard's count asks one row).
 */
import type { Core } from '@strapi/strapi';
import { contentRange } from '../domain/rest-query';
import { RESOURCES } from '../resources';
import { getService } from '../utils';
import { callerOf, respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: any) {
    await respond(ctx, async () => {
      const caller = callerOf(ctx);
      const query = getService(strapi, 'resources').parse(RESOURCES.approvals, { range: ctx.query.range }, caller);
      const { rows, total } = await getService(strapi, 'approval-inbox').list(caller, query.offset, query.limit);
      ctx.set('Content-Range', contentRange('approvals', query.offset, rows.length, total));
      ctx.body = rows;
    });
  },
});
