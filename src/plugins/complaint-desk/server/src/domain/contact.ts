/**
 * How a customer's phone number and email address are stored for matching (`phoneNormalized`,
 * `emailNormalized` on cd_customers): written at registration, looked up by the duplicate check.
 */

/** Digits and a leading plus only: "+98 (912) 000-0001" → "+989120000001". */
export const normalizePhone = (phone?: string | null): string | null => (phone ? phone.replace(/[^0-9+]/g, '') : null);

/** Email addresses compare without regard to case. */
export const normalizeEmail = (email?: string | null): string | null => (email ? email.trim().toLowerCase() : null);

/** The normalized columns for the phone and email a customer write carries (only those it carries). */
export function normalizedContact(data: Record<string, unknown>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if ('phone' in data) out.phoneNormalized = normalizePhone(typeof data.phone === 'string' ? data.phone : null);
  if ('email' in data) out.emailNormalized = normalizeEmail(typeof data.email === 'string' ? data.email : null);
  return out;
}
