/**
 * Login limits and the staff authentication's edges (docs/ARCHITECTURE.md "Login limits"):
 * - counters of failed logins per account and per client IP, kept with rate-limiter-flexible in a
 *   store every server process shares: a PostgreSQL table on PostgreSQL, memory on SQLite (one
 *   process owns an SQLite file);
 * - an unknown account costs a password hash like a known one, so the answer's timing does not say
 *   which accounts exist;
 * - password changes are dated (`passwordChangedAt` on the users-permissions user) so that tokens
 *   issued before one stop working.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import { loginLimitsStore } from '../database/login-limits';
import { accountKey, DEFAULT_LOGIN_LIMITS, lockSeconds, type LoginLimits } from '../domain/login-limits';

const USER = 'plugin::users-permissions.user';

interface Limiters {
  account: RateLimiterAbstract;
  locks: RateLimiterAbstract;
  ip: RateLimiterAbstract;
}

/** A rejected consume() resolves to its RateLimiterRes; a store failure is an Error and is thrown. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (res) {
    if (res instanceof Error) throw res;
    return res as RateLimiterRes;
  }
}

export const createLoginGuardService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = (name: keyof LoginLimits, fallback: number) => {
    const v = Number(strapi.config.get(`plugin::complaint-desk.login.${name}`, fallback));
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const limits: LoginLimits = Object.fromEntries(
    (Object.keys(DEFAULT_LOGIN_LIMITS) as Array<keyof LoginLimits>).map((k) => [k, config(k, DEFAULT_LOGIN_LIMITS[k])]),
  ) as unknown as LoginLimits;
  let limiters: Limiters | null = null;
  let dummyHash: Promise<string> | null = null;

  const service = {
    limits,

    /** Creates the shared store (PostgreSQL) and the limiters. Called once from bootstrap(). */
    async init(): Promise<void> {
      const store = await loginLimitsStore(strapi);
      const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract =>
        store
          ? new RateLimiterPostgres({ ...store, clearExpiredByTimeout: false, keyPrefix, points, duration })
          : new RateLimiterMemory({ keyPrefix, points, duration });
      limiters = {
        account: make('login_account', limits.maxFailures, limits.failureWindowSec),
        locks: make('login_locks', 1_000_000, limits.lockMemorySec),
        ip: make('login_ip', limits.ipMaxFailures, limits.ipWindowSec),
      };
    },

    /** Seconds until the caller may try again, or 0 when neither the IP nor the account is locked. */
    async retryAfter(ip: string, identifier: unknown): Promise<number> {
      if (!limiters) return 0;
      const key = accountKey(identifier);
      const [byIp, byAccount] = await Promise.all([limiters.ip.get(ip), key ? limiters.account.get(key) : null]);
      const wait = (res: RateLimiterRes | null, max: number) => (res && res.consumedPoints >= max ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0);
      return Math.max(wait(byIp, limits.ipMaxFailures), wait(byAccount, limits.maxFailures));
    },

    /** Counts a failed attempt; the account's `maxFailures`-th failure locks it for a growing time. */
    async failed(ip: string, identifier: unknown): Promise<void> {
      if (!limiters) return;
      const l = limiters;
      const key = accountKey(identifier);
      await consume(l.ip, ip);
      if (!key) return;
      const res = await consume(l.account, key);
      if (res.consumedPoints === limits.maxFailures) {
        const lock = await consume(l.locks, key);
        await l.account.block(key, lockSeconds(lock.consumedPoints, limits));
      }
    },

    /** A successful login forgets the account's failures (its lock history stays, to keep growing). */
    async succeeded(identifier: unknown): Promise<void> {
      const key = accountKey(identifier);
      if (limiters && key) await limiters.account.delete(key);
    },

    /**
     * Whether a local account with a password answers to `identifier`, looked up as
     * users-permissions' login does; when none does, a password is checked against a dummy hash of
     * the same cost, so that an unknown account takes as long to refuse as a wrong password.
     */
    async equalizeUnknown(identifier: unknown, password: unknown): Promise<boolean> {
      if (typeof identifier !== 'string' || identifier === '') return false;
      const user = await strapi.db.query(USER).findOne({
        select: ['id', 'password'],
        where: { provider: 'local', $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
      });
      if (user?.password) return true;
      const up = strapi.plugin('users-permissions').service('user');
      dummyHash ??= up.ensureHashedPasswords({ password: randomBytes(18).toString('base64') }).then((v: { password: string }) => v.password);
      await up.validatePassword(typeof password === 'string' ? password : '', await dummyHash);
      return false;
    },
  };
  return service;
};

export type LoginGuardService = ReturnType<typeof createLoginGuardService>;
export default createLoginGuardService;
