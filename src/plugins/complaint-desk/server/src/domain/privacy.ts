/**
 * Personal data and secrets (SPEC §9 confidentiality): what no API answer or log line may show, and
 * how an erased customer's name, phone and email are found and replaced in free text.
 *
 * Framework-free: no Strapi (or any package) imports.
 */

/** JSON keys whose values are secrets: masked in every API answer, whatever the role. */
export const SECRET_KEYS: ReadonlySet<string> = new Set(['pin', 'pinHash']);

/** What a secret's value becomes in an answer. */
export const SECRET_MASK = '******';

/** What an erased customer's name, phone or email becomes inside free text. */
export const ERASED_TEXT = '[erased]';

/** The customer's `name` after erasure (the attribute is required). */
export const ERASED_NAME = '(erased)';

/**
 * A copy of a JSON value with every secret key's value masked, at any depth. Values that hold no
 * secret come back as they are (same object), so answers without one cost no copy.
 */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item, i) => {
      const masked = maskSecrets(item);
      if (masked !== item) (out ??= [...value])[i] = masked;
    });
    return (out ?? value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  let out: Record<string, unknown> | null = null;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const masked = SECRET_KEYS.has(key) ? (v === null || v === undefined ? v : SECRET_MASK) : maskSecrets(v);
    if (masked !== v) (out ??= { ...(value as Record<string, unknown>) })[key] = masked;
  }
  return (out ?? value) as T;
}

/**
 * A secret written as a key and a value in a log line: JSON (`"pin":"123456"`, also escaped inside
 * a quoted SQL or JSON string), JavaScript (`pin: '123456'`) or a query string (`pin=123456`).
 */
const SECRET_IN_TEXT = /(\\?["']?\b(?:pin|pinHash)\\?["']?\s*[:=]\s*\\?["']?)([^"'\\,}\s&]+)/gi;

/** A log line with every secret's value masked (see SECRET_IN_TEXT). */
export function maskSecretsInText(text: string): string {
  return text.replace(SECRET_IN_TEXT, (_m, key: string) => `${key}${SECRET_MASK}`);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One class per digit that also takes its Persian and Arabic-Indic forms. */
const digitClass = (d: string) => `[${d}${String.fromCharCode(0x06f0 + Number(d))}${String.fromCharCode(0x0660 + Number(d))}]`;
const toAsciiDigits = (s: string) =>
  s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));

/** Digits as a pattern that allows the separators people write between them. */
const digitsPattern = (digits: string) => digits.split('').map(digitClass).join('[\\s().\\-/]*');

/** Shortest name part that is redacted on its own: shorter ones are too often ordinary words. */
const MIN_NAME_PART = 3;
/** The part of a phone number matched on its own (national forms drop the country code). */
const PHONE_TAIL_DIGITS = 9;

/**
 * A function that replaces the customer's name, phone number and email address in a text with
 * ERASED_TEXT:
 * - the email without regard to case;
 * - the phone number with any separators between its digits, in ASCII, Persian or Arabic-Indic
 *   digits, whole (with or without its `+`) or as its last nine digits with up to three digits
 *   before them (a national form);
 * - the whole name anywhere, without regard to case, and each part of it of three letters or more
 *   as a word of its own ("Ms Kuznetsova").
 * Returns null when there is nothing to look for.
 */
export function personalDataRedactor(person: { name?: string | null; phone?: string | null; email?: string | null }): ((text: string) => string) | null {
  const patterns: string[] = [];
  const email = person.email?.trim();
  if (email) patterns.push(escapeRegExp(email));
  const digits = toAsciiDigits(person.phone ?? '').replace(/[^0-9]/g, '');
  if (digits.length >= 5) {
    patterns.push(`\\+?${digitsPattern(digits)}`);
    // With the few digits a national form writes before them ("0", a trunk or area prefix).
    if (digits.length > PHONE_TAIL_DIGITS) patterns.push(`(?:[0-9\u06F0-\u06F9\u0660-\u0669][\\s().\\-/]*){0,3}${digitsPattern(digits.slice(-PHONE_TAIL_DIGITS))}`);
  }
  const name = person.name?.trim();
  if (name && name !== ERASED_NAME) {
    patterns.push(escapeRegExp(name).replace(/\s+/g, '\\s+'));
    const parts = name.split(/[\s,.'’-]+/u).filter((p) => [...p].length >= MIN_NAME_PART);
    if (parts.length > 1) for (const part of parts) patterns.push(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`);
  }
  if (patterns.length === 0) return null;
  const re = new RegExp(patterns.join('|'), 'giu');
  return (text: string) => text.replace(re, ERASED_TEXT);
}

/** A JSON value with `redact` applied to every string in it (keys stay); `changed` says whether any did. */
export function redactDeep(value: unknown, redact: (text: string) => string): { value: unknown; changed: boolean } {
  if (typeof value === 'string') {
    const out = redact(value);
    return { value: out, changed: out !== value };
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const r = redactDeep(item, redact);
      changed ||= r.changed;
      return r.value;
    });
    return { value: changed ? out : value, changed };
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const r = redactDeep(v, redact);
      changed ||= r.changed;
      out[key] = r.value;
    }
    return { value: changed ? out : value, changed };
  }
  return { value, changed: false };
}

/**
 * The personal-data fields a write to an erased customer would set to something else than what
 * erasure left: a PUT may carry the erased record back unchanged (react-admin sends the whole
 * record), but not put personal data back.
 */
export function personalDataWrites(current: Record<string, unknown>, data: Record<string, unknown>, personalFields: readonly string[]): string[] {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  return personalFields.filter((f) => f in data && !(blank(data[f]) && blank(current[f])) && data[f] !== current[f]);
}
