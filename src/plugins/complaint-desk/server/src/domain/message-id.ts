/**
 * The `Message-ID` of every email the desk sends, and how a reply is traced back to its complaint.
 *
 * Format: `<cd.{trackingCode without dashes}.{notificationId}@{domain}>`. The tracking code is already
 * in the subject the customer sees, so carrying it in the header reveals nothing new, and it lets the
 * inbound listener thread a reply (`In-Reply-To`, `References`) without a database lookup of the
 * header. The notification id makes the header unique per message and doubles as the idempotency key
 * a relay can deduplicate on.
 *
 * Framework-free: no Strapi imports.
 */
import { parseTrackingCode } from './tracking-code';

const PREFIX = 'cd';

/** The `Message-ID` (with angle brackets) of notification `notificationId` of complaint `trackingCode`. */
export function messageIdFor(trackingCode: string, notificationId: string, domain: string): string {
  const code = trackingCode.replace(/-/g, '').toUpperCase();
  return `<${PREFIX}.${code}.${notificationId}@${domain}>`;
}

const OURS = new RegExp(`<${PREFIX}\\.([0-9A-Za-z]{12})\\.([0-9A-Za-z_-]+)@[^>\\s]+>`, 'g');

/**
 * The tracking codes our own Message-IDs carry in a header value (`In-Reply-To` or `References`),
 * most recent first (References lists the oldest first). Codes that fail the check symbol are left out.
 */
export function trackingCodesInReferences(header: string | undefined | null): string[] {
  if (!header) return [];
  const found = [...header.matchAll(OURS)].map((m) => parseTrackingCode(m[1])).reverse();
  const codes: string[] = [];
  for (const code of found) if (code && !codes.includes(code)) codes.push(code);
  return codes;
}
