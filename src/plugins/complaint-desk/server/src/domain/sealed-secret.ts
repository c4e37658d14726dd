/**
 * Short-lived secrets of an outbox row (the PIN an acknowledgment carries), sealed with
 * AES-256-GCM so that no table holds them in clear: the worker opens the seal at send time and
 * the row's seal is erased once the message is handed over (or the row is dead or erased).
 *
 * The key is derived from the app's `ENCRYPTION_KEY` (any length) with SHA-256. A seal is
 * `v1.<iv>.<tag>.<ciphertext>` in base64url; the row's documentId is the additional data, so a
 * seal copied to another row does not open. Framework-free.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export const sealKey = (encryptionKey: string): Buffer => {
  if (!encryptionKey) throw new Error('ENCRYPTION_KEY is empty');
  return createHash('sha256').update(`complaint-desk:outbox:${encryptionKey}`).digest();
};

/** Seals `values` for the row `rowId`. */
export function seal(values: Record<string, string>, key: Buffer, rowId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(rowId));
  const data = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

/** Opens a seal of row `rowId`; throws when it was altered, belongs to another row or another key. */
export function open(sealed: string, key: Buffer, rowId: string): Record<string, string> {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(rowId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const text = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  return JSON.parse(text) as Record<string, string>;
}

/** The payload keys that are sealed instead of stored (domain/privacy.ts masks the same names in answers). */
export const SEALED_KEYS = ['pin'] as const;

/** Splits a notification payload into what is stored and what is sealed. */
export function splitSecrets(payload: Record<string, unknown>): { stored: Record<string, unknown>; secrets: Record<string, string> | null } {
  const stored: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const [k, v] of Object.entries(payload)) {
    if ((SEALED_KEYS as readonly string[]).includes(k)) {
      if (v !== undefined && v !== null) secrets[k] = String(v);
    } else stored[k] = v;
  }
  return { stored, secrets: Object.keys(secrets).length ? secrets : null };
}
