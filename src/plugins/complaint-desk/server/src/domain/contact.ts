/**
 * How a customer's phone number and email address are stored for matching (`phoneNormalized`,
 * `emailNormalized` on cd_customers): written at registration, looked up by the duplicate check.
 */

import { toAsciiDigits } from '../../../shared/digits';

/**
 * Digits and a leading plus only: "+98 (912) 000-0001" → "+989120000001". Persian and
 * Arabic-Indic digits count as digits, and the international prefix "00" is written "+", so
 * "0098 912 000 0001" and "+98 912 000 0001" are the same number.
 */
export const normalizePhone = (phone?: string | null): string | null => {
  if (!phone) return null;
  const ascii = toAsciiDigits(phone);
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

/** Bounds of a phone number as typed: E.164 has at most 15 digits; short service numbers have 3. */
export const PHONE_LIMITS = { minDigits: 3, maxDigits: 15, maxLength: 32 } as const;

/**
 * A phone number as a person types it: digits (Latin, Persian or Arabic-Indic) with an optional
 * leading "+", and spaces, dashes, dots and parentheses between them. Non-Latin digits become
 * Latin ones in the stored value (SMS gateways want them), and runs of spaces become one; the
 * layout is otherwise kept as typed. Anything else ("call me maybe", control characters) is refused.
 */
export function validatePhone(input: unknown): { ok: true; phone: string } | { ok: false; message: string } {
  if (typeof input !== 'string') return { ok: false, message: 'must be a phone number' };
  const phone = toAsciiDigits(input)
    .trim()
    .replace(/ +/g, ' ');
  if (phone.length > PHONE_LIMITS.maxLength) return { ok: false, message: `must be at most ${PHONE_LIMITS.maxLength} characters` };
  if (!/^\+?[0-9 ().-]+$/.test(phone)) return { ok: false, message: 'must be a phone number: digits, with an optional leading + and spaces, dashes, dots or parentheses' };
  const digits = phone.replace(/[^0-9]/g, '').replace(/^00/, '');
  if (digits.length < PHONE_LIMITS.minDigits || digits.length > PHONE_LIMITS.maxDigits) {
    return { ok: false, message: `must hold ${PHONE_LIMITS.minDigits} to ${PHONE_LIMITS.maxDigits} digits` };
  }
  return { ok: true, phone };
}
