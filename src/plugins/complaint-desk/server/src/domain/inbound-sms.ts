/**
 * Inbound SMS's rules (SPEC §8 "Inbound"): the webhook's signature and replay window, its body,
 * and where a text goes. The gateway signs `"{X-Timestamp}.{raw body}"` with HMAC-SHA256 and the
 * shared secret and sends `X-Signature: sha256=<hex>`. Framework-free: no Strapi imports.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { normalizePhone, validatePhone } from './contact';
import { trackingCodesInText } from './inbound-email';

/** How far a signed timestamp may lie from the server's clock, either way. */
export const REPLAY_WINDOW_SECONDS = 300;

/** Longest text taken: ten concatenated UCS-2 segments. */
export const SMS_TEXT_MAX = 700;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** The signature a body of a timestamp has (lower-case hex), as the gateway computes it. */
export function signSms(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/**
 * Checks the webhook's headers against the raw body: the timestamp is whole unix seconds within
 * the replay window, and the signature matches, compared in constant time.
 */
export function checkSignature(input: { secret: string; timestamp: string | undefined; signature: string | undefined; rawBody: Buffer; now: Date }): SignatureCheck {
  const { secret, timestamp, signature, rawBody, now } = input;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'X-Timestamp must be unix seconds' };
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: 'X-Timestamp is outside the replay window' };
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec((signature ?? '').trim());
  if (!m) return { ok: false, reason: 'X-Signature must be sha256=<hex>' };
  const expected = Buffer.from(signSms(secret, timestamp, rawBody), 'hex');
  const given = Buffer.from(m[1].toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'X-Signature does not match' };
}

export const smsInboundSchema = z
  .object({
    from: z.string({ required_error: 'is required', invalid_type_error: 'must be a phone number' }).transform((v, ctx) => {
      const checked = validatePhone(v);
      if (!checked.ok) {
        ctx.addIssue({ code: 'custom', message: checked.message });
        return z.NEVER;
      }
      return checked.phone;
    }),
    text: z.string({ required_error: 'is required', invalid_type_error: 'must be a string' }).trim().min(1, 'must not be empty').max(SMS_TEXT_MAX),
  })
  .strict();

export type SmsInbound = z.output<typeof smsInboundSchema>;

/** A complaint of the sender's phone that a code in the text may name. */
export interface PhoneComplaint {
  trackingCode: string;
  documentId: string;
}

export type SmsRoute = { kind: 'message'; documentId: string; trackingCode: string } | { kind: 'new' };

/**
 * A text holding the tracking code of one of that phone's complaints is a message on it (the
 * first such code); any other text, including one naming someone else's code, is a new complaint.
 */
export function routeSms(text: string, complaintsOfPhone: readonly PhoneComplaint[]): SmsRoute {
  for (const code of trackingCodesInText(text)) {
    const c = complaintsOfPhone.find((x) => x.trackingCode === code);
    if (c) return { kind: 'message', documentId: c.documentId, trackingCode: c.trackingCode };
  }
  return { kind: 'new' };
}

/** The sender's number as stored for matching (domain/contact.ts). */
export const smsSender = (from: string): string | null => normalizePhone(from);

/** Subject of a complaint made from a text: its first line, cut to a short title. */
export function smsSubject(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? text.trim();
  const chars = [...first];
  return chars.length <= 80 ? first : `${chars.slice(0, 79).join('')}…`;
}
