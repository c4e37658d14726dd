/**
 * A small in-memory cache with a time to live and a size bound (the console API caches
 * the authenticated staff user and the SLA calendars for a few seconds). Framework-free; the
 * clock is passed in so that tests need no timers.
 *
 * - An entry is served until its own expiry (`set`'s `expiresAt`, never later than now + ttlMs).
 * - `clear()` drops everything and bumps the generation: a value computed from reads that began
 *   before a clear is not stored (`set` with an older generation is ignored), so an invalidation
 *   that races with a fill cannot be undone by it.
 * - Beyond `maxEntries`, the oldest entry is dropped.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private gen = 0;

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 10_000,
  ) {}

  /** The current generation: take it before reading the value to store. */
  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K, now: number): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /** Stores unless the cache is off (ttl ≤ 0), the value is already expired, or a clear happened since `generation`. */
  set(key: K, value: V, now: number, generation: number, expiresAt = Infinity): void {
    if (this.ttlMs <= 0 || generation !== this.gen) return;
    const until = Math.min(now + this.ttlMs, expiresAt);
    if (until <= now) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      // Expired entries go first; otherwise the oldest one.
      for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    }
    this.entries.set(key, { value, expiresAt: until });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.gen++;
    this.entries.clear();
  }
}
