/**
 * Mass incidents: complaints linked in bulk, and the bulk message to every customer of the
 * incident's linked open complaints.
 *
 * Linking (`link`): by a list of ids or a complaint-list filter, each complaint through the
 * `link-incident` action (services/complaints.ts `perform`, the rules of domain/actions.ts), in its
 * own transaction, so one refusal skips that complaint only; the answer says per complaint what
 * happened.
 *
 * The message (`message`): one transaction writes, through the outbox service, a `message-out`
 * complaint-event on each such complaint and one `notification` per customer (a customer with two
 * linked complaints is messaged once, on the older one; the lifecycle's shape: channel by the
 * customer's preference unless given, domain/notify-channel.ts; template `mass_incident.<channel>`;
 * the complaint's language).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { BULK_LINK_MAX, parseBulkLink, type BulkLinkResult } from '../domain/mass-incident-link';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { badRequest, isApiError, notFound } from '../errors';
import { customerNotices } from '../domain/notify-channel';
import { uid } from '../pluginId';
import { getService } from '../utils';
import type { Caller } from './resources';

export const bulkMessageSchema = z
  .object({
    subject: z.string().trim().min(1, 'must not be empty').max(200).optional(),
    text: z.string({ required_error: 'is required' }).trim().min(1, 'is required').max(5000),
    channel: z.enum(['email', 'sms']).optional(),
  })
  .strict();

export type BulkMessage = z.infer<typeof bulkMessageSchema>;

/** Zod issues as the API's 400 field paths. */
export function parseBulkMessage(body: unknown): BulkMessage {
  const parsed = bulkMessageSchema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  throw badRequest(
    'Invalid bulk message',
    parsed.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ path: k, message: 'unknown field' })) : [{ path: i.path.join('.'), message: i.message }],
    ),
  );
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (name: string) => strapi.documents(uid(name) as any) as any;

  return {
    /** POST /mass-incidents/{id}/message → {queued}: all rows in one transaction, or none. */
    async message(id: string, body: unknown, caller: Caller): Promise<{ queued: number }> {
      const input = parseBulkMessage(body);
      const outbox = getService(strapi, 'outbox');
      return strapi.db.transaction(async () => {
        const incident = await docs('mass-incident').findOne({ documentId: id, fields: ['documentId', 'title'] });
        if (!incident) throw notFound(`No mass incident ${id}`);
        // The query engine, not the document service: the customer's contact fields are private.
        const complaints = await strapi.db.query(uid('complaint') as any).findMany({
          where: { massIncident: { documentId: id }, status: { $in: OPEN_STATUSES } },
          select: ['id', 'documentId', 'trackingCode', 'status', 'language', 'contactPreference'],
          populate: { customer: { select: ['id', 'name', 'phone', 'email', 'contactPreference'] } },
          orderBy: { id: 'asc' },
        });
        let queued = 0;
        const messaged = new Map<number, string>();
        for (const c of complaints) {
          const customerId: number | undefined = c.customer?.id;
          const first = customerId === undefined ? undefined : messaged.get(customerId);
          if (first) {
            // The customer has the message already (on an older linked complaint): recorded here, not sent again.
            await outbox.record(c.documentId, {
              action: 'message-out',
              fromStatus: c.status,
              toStatus: c.status,
              actor: { id: caller.id, role: caller.role },
              payload: { massIncidentId: id, subject: input.subject ?? null, text: input.text, sentWith: first },
            });
            continue;
          }
          const notices = customerNotices(
            c,
            [{ purpose: 'mass_incident', data: { massIncidentId: id, incidentTitle: incident.title, subject: input.subject ?? null, text: input.text } }],
            input.channel,
          );
          if (!notices.length) continue;
          if (customerId !== undefined) messaged.set(customerId, c.documentId);
          await outbox.record(
            c.documentId,
            {
              action: 'message-out',
              fromStatus: c.status,
              toStatus: c.status,
              actor: { id: caller.id, role: caller.role },
              payload: { massIncidentId: id, channel: notices[0].channel, subject: input.subject ?? null, text: input.text },
            },
            notices,
          );
          queued += 1;
        }
        return { queued };
      });
    },

    /**
     * POST /mass-incidents/{id}/link `{ids}` | `{filter}` → per complaint `linked` or `skipped` with
     * the reason. A filter is the complaint list's (the caller's visibility, at most BULK_LINK_MAX
     * matches); already linked complaints are skipped, not linked again.
     */
    async link(id: string, body: unknown, caller: Caller): Promise<BulkLinkResult> {
      const parsed = parseBulkLink(body);
      if (!parsed.ok) throw badRequest('Invalid bulk link', parsed.issues);
      const input = parsed.input;
      const incident = await strapi.db.query(uid('mass-incident') as any).findOne({ where: { documentId: id }, select: ['documentId'] });
      if (!incident) throw notFound(`No mass incident ${id}`);
      const complaints = getService(strapi, 'complaints');
      let ids: string[];
      if ('ids' in input) ids = input.ids;
      else {
        // The list's own parser and visibility, page by page (its pages hold at most PAGE rows); all ids before any link.
        const PAGE = 100;
        const pageAt = (offset: number) => complaints.list({ filter: JSON.stringify(input.filter), range: JSON.stringify([offset, offset + PAGE - 1]), sort: JSON.stringify(['id', 'ASC']) }, caller);
        const first = await pageAt(0);
        if (first.total > BULK_LINK_MAX) {
          throw badRequest('The filter matches too many complaints', [{ path: 'filter', message: `matches ${first.total} complaints; at most ${BULK_LINK_MAX} are linked in one request` }]);
        }
        ids = first.rows.map((r: any) => r.id as string);
        for (let offset = PAGE; offset < first.total; offset += PAGE) ids.push(...(await pageAt(offset)).rows.map((r: any) => r.id as string));
        ids = [...new Set(ids)];
      }
      const rows = await strapi.db.query(uid('complaint') as any).findMany({
        where: { documentId: { $in: ids } },
        select: ['documentId', 'trackingCode'],
        populate: { massIncident: { select: ['documentId'] } },
      });
      const byId = new Map<string, any>(rows.map((r: any) => [r.documentId, r]));
      const result: BulkLinkResult = { linked: 0, skipped: 0, results: [] };
      for (const complaintId of ids) {
        const row = byId.get(complaintId);
        let outcome: BulkLinkResult['results'][number];
        if (!row) outcome = { id: complaintId, trackingCode: null, outcome: 'skipped', reason: 'not found' };
        else if (row.massIncident?.documentId === id) outcome = { id: complaintId, trackingCode: row.trackingCode, outcome: 'skipped', reason: 'already linked' };
        else {
          try {
            await complaints.perform(complaintId, 'link-incident', { massIncidentId: id }, caller);
            outcome = { id: complaintId, trackingCode: row.trackingCode, outcome: 'linked' };
          } catch (err) {
            // A refusal of the action (state, role, a change meanwhile) skips this complaint only.
            if (!isApiError(err)) throw err;
            outcome = { id: complaintId, trackingCode: row.trackingCode, outcome: 'skipped', reason: err.message };
          }
        }
        if (outcome.outcome === 'linked') result.linked += 1;
        else result.skipped += 1;
        result.results.push(outcome);
      }
      return result;
    },
  };
};
