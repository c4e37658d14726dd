/**
 * Who is calling (issue #2, #3): the users-permissions JWT of a console request → the staff user
 * with its role. The `is-staff` policy asks this on every console request, so a verified token is
 * cached with its user for `authCacheTtlMs` (default 5 s; 0 turns the cache off). That saves the
 * JWT check (jsonwebtoken rebuilds the key from the secret each time) and two SQL statements.
 *
 * Bound on staleness: a change to a user or a role (blocked, role changed, deleted) empties the
 * cache of this process as soon as it is written — through any path that goes through Strapi's
 * query engine (database lifecycles) and again after the Document Service call returns, that is
 * after its commit. Other server processes see the change within `authCacheTtlMs`. An entry never
 * outlives its token's own expiry. Invalid tokens are never cached.
 */
import type { Core } from '@strapi/strapi';
import { TtlCache } from '../domain/ttl-cache';
import { onWrites } from '../utils';

export interface StaffUser {
  id: number;
  documentId: string;
  email: string;
  username: string;
  blocked?: boolean;
  role: { id: number; type: string };
}

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const MAX_ENTRIES = 10_000;

/** The bearer token of a request, as users-permissions reads it (null when absent or malformed). */
export function bearerToken(header: Record<string, string | undefined> | undefined): string | null {
  const value = header?.authorization;
  if (!value) return null;
  const parts = value.split(/\s+/);
  if (parts[0].toLowerCase() !== 'bearer' || parts.length !== 2) return null;
  return parts[1];
}

/** The fields a console request uses, copied and frozen (the cached object is shared by requests). */
function slim(user: any): StaffUser | null {
  if (!user || !user.role) return null;
  return Object.freeze({
    id: user.id,
    documentId: user.documentId,
    email: user.email,
    username: user.username,
    blocked: !!user.blocked,
    role: Object.freeze({ id: user.role.id, type: user.role.type }),
  });
}

export const createStaffAuthService = ({ strapi }: { strapi: Core.Strapi }) => {
  const ttl = Number(strapi.config.get('plugin::complaint-desk.authCacheTtlMs', 5000));
  const cache = new TtlCache<string, StaffUser | null>(Number.isFinite(ttl) ? ttl : 5000, MAX_ENTRIES);
  let watching = false;

  const service = {
    /** Empties the cache (any user or role write). */
    invalidate(): void {
      cache.clear();
    },

    /** Empties the cache on any user or role write (utils.ts `onWrites`). Called once from bootstrap(). */
    watch(): void {
      if (watching) return;
      watching = true;
      onWrites(strapi, [USER, ROLE], () => cache.clear());
    },

    /** The user of a request's bearer token with its role; null when the token is missing or invalid or the user is gone. */
    async authenticate(header: Record<string, string | undefined> | undefined): Promise<StaffUser | null> {
      const token = bearerToken(header);
      if (!token) return null;
      const now = Date.now();
      const hit = cache.get(token, now);
      if (hit !== undefined) return hit;
      const generation = cache.generation;
      const up = strapi.plugin('users-permissions');
      let payload: any;
      try {
        payload = await up.service('jwt').verify(token);
      } catch {
        return null;
      }
      if (payload?.id === undefined) return null;
      const user = slim(await up.service('user').fetchAuthenticatedUser(payload.id));
      // A user that does not exist (any more) is not cached: the answer is 401 either way.
      if (user) cache.set(token, user, now, generation, typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity);
      return user;
    },

    /** For tests: entries currently cached. */
    cacheSize(): number {
      return cache.size;
    },
  };
  return service;
};

export type StaffAuthService = ReturnType<typeof createStaffAuthService>;
export default createStaffAuthService;
