/**
 * When a failed delivery is tried again (SPEC §7 outbox): exponential backoff with jitter, and the
 * point where a notification is dead. Framework-free.
 *
 * The n-th failure waits `base · 2^(n-1)`, capped at `max`, of which the upper half is random
 * ("equal jitter"): a relay that comes back after an outage is not hit by every waiting row in the
 * same second, and no row waits less than half its step. A permanent refusal (an SMTP 5xx, a
 * gateway's 4xx other than 429) is dead at once: the same message would be refused again.
 */
export interface RetryPolicy {
  /** Attempts after which a notification is dead (≥ 1). */
  maxAttempts: number;
  /** The first wait, in ms. */
  baseMs: number;
  /** The longest wait, in ms. */
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseMs: 30_000, maxMs: 3_600_000 };

export type RetryDecision = { dead: true } | { dead: false; delayMs: number };

/**
 * What follows failed attempt number `attempts` (1 = the first): dead, or a wait. `random` is a
 * number in [0, 1).
 */
export function afterFailure(attempts: number, policy: RetryPolicy, opts: { permanent?: boolean; random?: number } = {}): RetryDecision {
  if (opts.permanent || attempts >= policy.maxAttempts) return { dead: true };
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  const random = Math.min(Math.max(opts.random ?? Math.random(), 0), 1);
  return { dead: false, delayMs: Math.round(step / 2 + (random * step) / 2) };
}

/** A transport error that sending again cannot fix. */
export function isPermanentFailure(err: { responseCode?: unknown; status?: unknown } | null | undefined): boolean {
  const smtp = Number(err?.responseCode);
  if (smtp >= 500 && smtp < 600) return true;
  const http = Number(err?.status);
  return http >= 400 && http < 500 && http !== 408 && http !== 429;
}
