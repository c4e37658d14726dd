/**
 * Mass incidents: the bulk message to every customer of the incident's linked open complaints.
 * One transaction writes, through the outbox service, a `message-out` complaint-event and one
 * `notification` per such complaint (the lifecycle's shape: channel by the customer's preference
 * unless given, domain/notify-channel.ts; template `mass_incident.<channel>`; the complaint's
 * language).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { badRequest, notFound } from '../errors';
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
        for (const c of complaints) {
          const notices = customerNotices(
            c,
            [{ purpose: 'mass_incident', data: { massIncidentId: id, incidentTitle: incident.title, subject: input.subject ?? null, text: input.text } }],
            input.channel,
          );
          if (!notices.length) continue;
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
  };
};
