/**
 * Tracking codes: the identifier a customer types on the portal, on the phone, or reads out in a shop.
 *
 * Rules:
 * - unguessable: 11 random symbols from a 31-symbol alphabet = log2(31^11) ≈ 54.5 bits (≥ 40);
 * - short and typable: 12 symbols shown as XXXX-XXXX-XXXX; no I, L, O, U, Z (read as 1, 1, 0, V, 2);
 * - case-insensitive, and hyphens/spaces are ignored;
 * - Persian (۰–۹) and Arabic-Indic (٠–٩) digits are accepted and normalised;
 * - the 12th symbol is a check character: a weighted sum modulo 31 (a prime) of all symbols is 0.
 *   Because 31 is prime, every symbol value differs by less than 31 and the weights 1..12 are
 *   distinct and non-zero mod 31, it detects every single-symbol error and every adjacent swap.
 *
 * Framework-free: no Strapi imports.
 */
import { randomBytes } from 'node:crypto';
import { toAsciiDigits } from '../../../shared/digits';

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY';
const MODULUS = ALPHABET.length; // 31, prime
export const DATA_LENGTH = 11;
export const CODE_LENGTH = DATA_LENGTH + 1;
export const GROUP_SIZE = 4;

const VALUE: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));
/** Letters people type for look-alike symbols that are not in the alphabet. */
const ALIASES: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Weight of position i (0-based) over the full code including the check symbol. */
const weight = (i: number): number => i + 1;

/** The check symbol for `data` (DATA_LENGTH symbols already in the alphabet). */
export function checkSymbol(data: string): string {
  if (data.length !== DATA_LENGTH) throw new RangeError(`tracking code data must be ${DATA_LENGTH} symbols`);
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const v = VALUE[data[i]];
    if (v === undefined) throw new RangeError(`invalid tracking code symbol "${data[i]}"`);
    sum += v * weight(i);
  }
  // Want sum + c * w_check ≡ 0 (mod 31)  →  c ≡ -sum · w_check⁻¹.
  const wCheck = weight(DATA_LENGTH);
  const c = (((MODULUS - (sum % MODULUS)) % MODULUS) * modInverse(wCheck, MODULUS)) % MODULUS;
  return ALPHABET[c];
}

function modInverse(a: number, m: number): number {
  for (let x = 1; x < m; x++) if ((a * x) % m === 1) return x;
  throw new RangeError(`${a} has no inverse mod ${m}`);
}

/** Random source: returns `n` random bytes. Injected so tests can drive it. */
export type RandomBytes = (n: number) => Uint8Array;

/**
 * A new canonical code (12 symbols, no hyphens). Symbols are drawn by rejection sampling so that
 * each of the 31 symbols is equally likely (248 = 8 × 31).
 */
export function generateTrackingCode(random: RandomBytes = randomBytes): string {
  let data = '';
  while (data.length < DATA_LENGTH) {
    const bytes = random(DATA_LENGTH * 2);
    for (let i = 0; i < bytes.length && data.length < DATA_LENGTH; i++) {
      if (bytes[i] < 248) data += ALPHABET[bytes[i] % MODULUS];
    }
  }
  return data + checkSymbol(data);
}

/** Persian and Arabic-Indic digits to ASCII digits (the shared contract's one definition). */
export const normaliseDigits = toAsciiDigits;

/**
 * Canonical form of what a person typed: digits normalised, upper case, separators removed,
 * look-alike letters mapped. Returns null unless the result is a well-formed code with a
 * correct check symbol.
 */
export function parseTrackingCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const cleaned = normaliseDigits(input.normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\-_.‐-―]/g, '')
    .replace(/[ILO]/g, (c) => ALIASES[c]);
  if (cleaned.length !== CODE_LENGTH) return null;
  for (const c of cleaned) if (VALUE[c] === undefined) return null;
  return isValidCanonical(cleaned) ? cleaned : null;
}

/** True when `code` (canonical, 12 symbols) has a correct check symbol. */
export function isValidCanonical(code: string): boolean {
  if (code.length !== CODE_LENGTH) return false;
  let sum = 0;
  for (let i = 0; i < code.length; i++) {
    const v = VALUE[code[i]];
    if (v === undefined) return false;
    sum += v * weight(i);
  }
  return sum % MODULUS === 0;
}

/** Display form: XXXX-XXXX-XXXX. */
export function formatTrackingCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP_SIZE) groups.push(code.slice(i, i + GROUP_SIZE));
  return groups.join('-');
}
