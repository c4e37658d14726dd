/**
 * When a complaint may say it was received (SPEC §5: the SLA clock starts at receipt). Staff register
 * letters and calls after the fact, but a receipt far in the past would start the clock already
 * breached (or hide a late registration), and one in the future would stop it. Framework-free.
 */

/** How far back a receipt may be registered. */
export const MAX_BACKDATE_DAYS = 30;
/** How far ahead of the server's clock a receipt may be (the registering client's clock skew). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const DAY = 86_400_000;

/** The issue with a given receipt time, or null when it is acceptable. */
export function receivedAtIssue(receivedAt: Date, now: Date): string | null {
  const t = receivedAt.getTime();
  if (!Number.isFinite(t)) return 'must be an ISO 8601 date-time';
  if (t > now.getTime() + MAX_CLOCK_SKEW_MS) return 'cannot be in the future';
  if (t < now.getTime() - MAX_BACKDATE_DAYS * DAY) return `cannot be more than ${MAX_BACKDATE_DAYS} days ago`;
  return null;
}

/**
 * What the register event records of a backdated receipt: the given time and how far it lies
 * before the server's (whole seconds). Nothing for a receipt of now or within the clock skew.
 */
export function backdateRecord(receivedAt: Date, now: Date): { receivedAt: string; registeredAt: string; backdatedBySeconds: number } | null {
  const by = now.getTime() - receivedAt.getTime();
  if (by <= MAX_CLOCK_SKEW_MS) return null;
  return { receivedAt: receivedAt.toISOString(), registeredAt: now.toISOString(), backdatedBySeconds: Math.floor(by / 1000) };
}
