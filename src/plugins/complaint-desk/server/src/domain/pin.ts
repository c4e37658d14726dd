/**
 * Portal PINs: six random digits the customer receives with the tracking code.
 * Stored only as a slow, salted hash (scrypt, N=2^14) so a leaked database does not reveal them;
 * checked in constant time. Framework-free: no Strapi imports.
 */
import { randomInt, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normaliseDigits } from './tracking-code';

export const PIN_LENGTH = 6;
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export function generatePin(): string {
  let pin = '';
  for (let i = 0; i < PIN_LENGTH; i++) pin += String(randomInt(10));
  return pin;
}

/** Canonical PIN from user input (Persian/Arabic-Indic digits accepted), or null. */
export function normalisePin(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const pin = normaliseDigits(input).replace(/\s/g, '');
  return new RegExp(`^[0-9]{${PIN_LENGTH}}$`).test(pin) ? pin : null;
}

/** `scrypt$N$r$p$<salt b64>$<hash b64>` */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(pin, salt, KEY_LENGTH, { ...PARAMS, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPin(input: unknown, stored: string): Promise<boolean> {
  const pin = normalisePin(input);
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, keyB64] = parts;
  const expected = Buffer.from(keyB64, 'base64');
  // Hash even a malformed PIN so timing does not tell malformed from wrong.
  const key = await scrypt(pin ?? '', Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return pin !== null && key.length === expected.length && timingSafeEqual(key, expected);
}
