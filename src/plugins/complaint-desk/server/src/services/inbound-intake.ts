/**
 * What inbound email and SMS share: one message taken once (its key in database/inbound-messages.ts,
 * in the same transaction as what it causes), a new complaint through the console's registration
 * (services/complaints.ts `register`: customer, tracking code, PIN, `register` event,
 * acknowledgment into the outbox), or a `message-in` event on an existing complaint through the
 * outbox service, the one writer of events.
 */
import type { Core } from '@strapi/strapi';
import { claimInboundMessage, ensureInboundMessages, findInboundMessage, settleInboundMessage } from '../database/inbound-messages';
import { normalizeEmail, normalizePhone } from '../domain/contact';
import type { Language } from '../domain/lifecycle';
import { notFound } from '../errors';
import { uid } from '../pluginId';
import { getService } from '../utils';

export type InboundChannel = 'email' | 'sms';

/** The sender of a new complaint: matched to a customer by address or number, or made one. */
export interface InboundSender {
  name: string;
  email?: string | null;
  phone?: string | null;
}

export interface NewComplaint {
  channel: InboundChannel;
  sender: InboundSender;
  subject: string;
  description: string;
  language: Language;
}

export type InboundResult =
  | { outcome: 'duplicate'; complaintId: string | null }
  | { outcome: 'created'; complaintId: string; trackingCode: string }
  | { outcome: 'message'; complaintId: string; trackingCode: string };

export const createInboundIntakeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const complaints = () => getService(strapi, 'complaints');
  const outbox = () => getService(strapi, 'outbox');

  /**
   * The customer a sender's address or number belongs to: the most recent one that has it and was
   * not erased (an erased customer keeps no address to match, and gets no new personal data).
   */
  async function matchCustomer(sender: InboundSender): Promise<{ documentId: string } | null> {
    const email = normalizeEmail(sender.email);
    const phone = normalizePhone(sender.phone);
    const where = email ? { emailNormalized: email } : phone ? { phoneNormalized: phone } : null;
    if (!where) return null;
    return strapi.db.query(uid('customer') as never).findOne({ where: { ...where, erasedAt: { $null: true } }, select: ['documentId'], orderBy: { id: 'desc' } });
  }

  return {
    /** Makes the table of taken message keys (bootstrap). */
    init: () => ensureInboundMessages(strapi),

    matchCustomer,

    /** A complaint's files (stored through the upload plugin), oldest first; 404 for an unknown complaint. */
    async attachments(complaintId: string): Promise<Array<{ id: number; name: string; mime: string; sizeKb: number; url: string; createdAt: string }>> {
      const row = (await strapi.db.query(uid('complaint') as never).findOne({
        where: { documentId: complaintId },
        select: ['id'],
        populate: { attachments: { select: ['id', 'name', 'mime', 'size', 'url', 'createdAt'], orderBy: { id: 'asc' } } },
      })) as { attachments?: Array<{ id: number; name: string; mime: string; size: number; url: string; createdAt: string }> } | null;
      if (!row) throw notFound(`No complaint with id ${complaintId}`);
      return (row.attachments ?? []).map((a) => ({ id: a.id, name: a.name, mime: a.mime, sizeKb: Number(a.size), url: a.url, createdAt: a.createdAt }));
    },

    /** Whether a message key was taken before (a cheap check before parsing attachments). */
    seen: (key: string) => findInboundMessage(strapi, key),

    /**
     * Runs `take` for a message unless its key was taken before, in one transaction with the key:
     * a failure leaves the key free, so the sender's retry is taken again.
     */
    async once(key: string, channel: InboundChannel, take: () => Promise<Exclude<InboundResult, { outcome: 'duplicate' }>>): Promise<InboundResult> {
      return strapi.db.transaction(async ({ trx }) => {
        const claim = await claimInboundMessage(strapi, trx, key, channel);
        if (!claim.taken) return { outcome: 'duplicate', complaintId: claim.complaintId } as const;
        const result = await take();
        await settleInboundMessage(strapi, trx, key, result.complaintId);
        return result;
      });
    },

    /** A new complaint of the sender, registered the way the console registers one. */
    async register(c: NewComplaint): Promise<{ outcome: 'created'; complaintId: string; trackingCode: string }> {
      const customer = await matchCustomer(c.sender);
      const body = {
        channel: c.channel,
        subject: c.subject,
        description: c.description,
        language: c.language,
        contactPreference: c.channel,
        ...(customer
          ? { customerId: customer.documentId }
          : { customer: { name: c.sender.name, email: c.sender.email ?? null, phone: c.sender.phone ?? null } }),
      };
      const { documentId } = await complaints().register(body, null, { actorRole: 'customer' });
      const row = await strapi.db.query(uid('complaint') as never).findOne({ where: { documentId }, select: ['trackingCode'] });
      return { outcome: 'created', complaintId: documentId, trackingCode: (row as { trackingCode: string }).trackingCode };
    },

    /**
     * A customer's message on a complaint: a `message-in` event by the customer (no staff actor),
     * the status unchanged. It carries the message's words, never the sender's address.
     */
    async messageIn(complaintId: string, payload: Record<string, unknown>): Promise<{ outcome: 'message'; complaintId: string; trackingCode: string }> {
      const row = (await strapi.db.query(uid('complaint') as never).findOne({ where: { documentId: complaintId }, select: ['status', 'trackingCode'] })) as { status: string; trackingCode: string };
      await outbox().record(complaintId, { action: 'message-in', fromStatus: row.status, toStatus: row.status, actor: null, actorRole: 'customer', payload });
      return { outcome: 'message', complaintId, trackingCode: row.trackingCode };
    },
  };
};

export type InboundIntakeService = ReturnType<typeof createInboundIntakeService>;
export default createInboundIntakeService;
