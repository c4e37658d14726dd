/**
 * Mass incidents: the bulk message to every customer of the incident's linked open complaints
 * (issue #5). One transaction writes one `notification` outbox row per such complaint (same shape
 * as the lifecycle's notifications: channel by the customer's preference unless given, template
 * `mass_incident.<channel>`, the complaint's language) and a `message-out` complaint-event on it.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { badRequest, notFound } from '../errors';
import { uid } from '../pluginId';
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

const iso = (d: Date) => d.toISOString();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (name: string) => strapi.documents(uid(name) as any) as any;

  /** The channel and recipient a customer is reached on; null when it has no such address. */
  function addressOf(complaint: any, wanted: 'email' | 'sms' | undefined): { channel: 'email' | 'sms'; recipient: string } | null {
    const customer = complaint.customer;
    if (!customer) return null;
    if (wanted === 'email') return customer.email ? { channel: 'email', recipient: customer.email } : null;
    if (wanted === 'sms') return customer.phone ? { channel: 'sms', recipient: customer.phone } : null;
    const prefers = complaint.contactPreference ?? customer.contactPreference ?? 'phone';
    const byEmail = (prefers === 'email' || prefers === 'letter' || !customer.phone) && customer.email;
    if (byEmail) return { channel: 'email', recipient: customer.email };
    return customer.phone ? { channel: 'sms', recipient: customer.phone } : null;
  }

  return {
    /** POST /mass-incidents/{id}/message → {queued}: all rows in one transaction, or none. */
    async message(id: string, body: unknown, caller: Caller): Promise<{ queued: number }> {
      const input = parseBulkMessage(body);
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
        const now = new Date();
        let queued = 0;
        for (const c of complaints) {
          const to = addressOf(c, input.channel);
          if (!to) continue;
          const event = await docs('complaint-event').create({
            data: {
              action: 'message-out',
              fromStatus: c.status,
              toStatus: c.status,
              actorRole: caller.role,
              actor: { set: [{ id: caller.id }] },
              payload: { massIncidentId: id, channel: to.channel, subject: input.subject ?? null, text: input.text },
              complaint: c.documentId,
            },
          });
          await docs('notification').create({
            data: {
              channel: to.channel,
              recipient: to.recipient,
              template: `mass_incident.${to.channel}`,
              locale: c.language ?? 'en',
              payload: {
                trackingCode: c.trackingCode,
                customerName: c.customer.name,
                massIncidentId: id,
                incidentTitle: incident.title,
                subject: input.subject ?? null,
                text: input.text,
              },
              status: 'pending',
              attempts: 0,
              nextAttemptAt: iso(now),
              dedupeKey: `${event.documentId}:mass_incident`,
              complaint: c.documentId,
            },
          });
          queued += 1;
        }
        return { queued };
      });
    },
  };
};
