/**
 * The channel and address a customer notification goes to (SPEC §2, §7), for the lifecycle's
 * notifications and a mass incident's bulk message alike. Framework-free.
 *
 * By preference: the complaint's contact preference, else the customer's, else phone. Email when
 * the preference is email or letter (letters are not sent: email is the written channel) or the
 * customer has no phone; otherwise SMS. A wanted channel overrides the preference and needs its
 * own address.
 */
export type NotifyChannel = 'email' | 'sms';

export interface CustomerContact {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  contactPreference?: string | null;
}

export function notifyChannel(
  complaintPreference: string | null | undefined,
  customer: CustomerContact | null | undefined,
  wanted?: NotifyChannel,
): { channel: NotifyChannel; recipient: string } | null {
  if (!customer) return null;
  if (wanted === 'email') return customer.email ? { channel: 'email', recipient: customer.email } : null;
  if (wanted === 'sms') return customer.phone ? { channel: 'sms', recipient: customer.phone } : null;
  const prefers = complaintPreference ?? customer.contactPreference ?? 'phone';
  if ((prefers === 'email' || prefers === 'letter' || !customer.phone) && customer.email) return { channel: 'email', recipient: customer.email };
  return customer.phone ? { channel: 'sms', recipient: customer.phone } : null;
}

/** Channels a complaint comes by that are themselves a written channel the acknowledgment answers on. */
const ANSWER_ON_SAME: Readonly<Record<string, NotifyChannel>> = { email: 'email', sms: 'sms' };

/**
 * The channel of the acknowledgment (SPEC §2): it answers on the channel the complaint came by
 * when that is email or SMS; any other channel (phone, web form, portal, in person…) gets an SMS
 * when the customer left a mobile number, else an email. A customer without the address the rule
 * asks for gets the other one; without either, none (the acknowledgment stage then says
 * `no_contact`).
 */
export function acknowledgmentChannel(complaintChannel: string | null | undefined, customer: CustomerContact | null | undefined): NotifyChannel | null {
  if (!customer) return null;
  const first = ANSWER_ON_SAME[complaintChannel ?? ''] ?? (customer.phone ? 'sms' : 'email');
  const has = (c: NotifyChannel) => Boolean(c === 'email' ? customer.email : customer.phone);
  if (has(first)) return first;
  const other: NotifyChannel = first === 'email' ? 'sms' : 'email';
  return has(other) ? other : null;
}

/** A customer notification ready for the outbox; its dedupe key is `<event documentId>:<dedupe>`. */
export interface CustomerNotice {
  channel: NotifyChannel;
  recipient: string;
  template: string;
  locale: string;
  payload: Record<string, unknown>;
  dedupe: string;
}

/**
 * The outbox rows of customer notifications about one complaint: per purpose, the template
 * `<purpose>.<channel>` in the complaint's language, with the tracking code and the customer's
 * name. None when the customer has no address on the channel.
 */
export function customerNotices(
  complaint: { contactPreference?: string | null; language?: string | null; trackingCode: string; customer: CustomerContact | null | undefined },
  items: ReadonlyArray<{ purpose: string; data?: Record<string, unknown> }>,
  wanted?: NotifyChannel,
): CustomerNotice[] {
  const to = notifyChannel(complaint.contactPreference, complaint.customer, wanted);
  if (!to) return [];
  return items.map((n) => ({
    channel: to.channel,
    recipient: to.recipient,
    template: `${n.purpose}.${to.channel}`,
    locale: complaint.language ?? 'en',
    payload: { trackingCode: complaint.trackingCode, customerName: complaint.customer?.name, ...(n.data ?? {}) },
    dedupe: n.purpose,
  }));
}
