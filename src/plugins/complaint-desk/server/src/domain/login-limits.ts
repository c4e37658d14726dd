/**
 * Login limits (framework-free): how long an account stays locked, and the keys counters use.
 *
 * - Per account: `maxFailures` failed logins within `failureWindowSec` lock the account for
 *   `lockSec`; each further lock within `lockMemorySec` lasts twice as long as the one before, up to
 *   `maxLockSec`. Unknown accounts are counted the same way, so a lock says nothing about whether
 *   the account exists.
 * - Per client IP: `ipMaxFailures` failed attempts within `ipWindowSec`.
 */
export interface LoginLimits {
  maxFailures: number;
  failureWindowSec: number;
  lockSec: number;
  maxLockSec: number;
  lockMemorySec: number;
  ipMaxFailures: number;
  ipWindowSec: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  maxFailures: 5,
  failureWindowSec: 15 * 60,
  lockSec: 30,
  maxLockSec: 60 * 60,
  lockMemorySec: 24 * 60 * 60,
  ipMaxFailures: 30,
  ipWindowSec: 10 * 60,
};

/** Seconds of the `lockNumber`-th lock (1 = first) of an account: doubling from `lockSec`, capped. */
export function lockSeconds(lockNumber: number, limits: Pick<LoginLimits, 'lockSec' | 'maxLockSec'>): number {
  const n = Math.max(1, Math.floor(lockNumber));
  // 2^30 already exceeds any sensible cap; stop there so the product stays finite.
  return Math.min(limits.maxLockSec, limits.lockSec * 2 ** Math.min(n - 1, 30));
}

/**
 * The counter key of a login identifier (an email or a username): users-permissions matches the
 * email case-insensitively, so `Agent@Demo.local` and `agent@demo.local` share one counter. Null
 * for anything that is not a non-empty string (users-permissions refuses those before any lookup).
 */
export function accountKey(identifier: unknown): string | null {
  if (typeof identifier !== 'string') return null;
  const key = identifier.normalize('NFKC').trim().toLowerCase();
  return key === '' ? null : key.slice(0, 200);
}

/**
 * Whether a token issued at `iatSec` (JWT `iat`, whole seconds) predates a password change at
 * `changedAt`. Tokens from the second of the change itself stay valid: the token that
 * change-password hands back is issued in that second.
 */
export function issuedBeforePasswordChange(iatSec: unknown, changedAt: unknown): boolean {
  if (changedAt === null || changedAt === undefined) return false;
  const changed = new Date(changedAt as string | number | Date).getTime();
  if (!Number.isFinite(changed)) return false;
  if (typeof iatSec !== 'number' || !Number.isFinite(iatSec)) return true;
  return iatSec < Math.floor(changed / 1000);
}
