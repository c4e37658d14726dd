/**
 * How a customer's phone number and email address are stored for matching (`phoneNormalized`,
 * `emailNormalized` on cd_customers): written at registration, looked up by the duplicate check.
 */

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/**
 * Digits and a leading plus only: "+98 (912) 000-0001" → "+989120000001". Persian and
 * Arabic-Indic digits count as digits, and the international prefix "00" is written "+", so
 * "0098 912 000 0001" and "+98 912 000 0001" are the same number.
 */
export const normalizePhone = (phone?: string | null): string | null => {
  if (!phone) return null;
  const ascii = phone.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
  const plus = ascii.trim().startsWith('+');
  const digits = ascii.replace(/[^0-9]/g, '');
  if (!digits) return null;
  if (plus) return `+${digits}`;
  return digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
};

/** Email addresses compare without regard to case. */
export const normalizeEmail = (email?: string | null): string | null => (email ? email.trim().toLowerCase() : null);

/** The normalized columns for the phone and email a customer write carries (only those it carries). */
export function normalizedContact(data: Record<string, unknown>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if ('phone' in data) out.phoneNormalized = normalizePhone(typeof data.phone === 'string' ? data.phone : null);
  if ('email' in data) out.emailNormalized = normalizeEmail(typeof data.email === 'string' ? data.email : null);
  return out;
}
