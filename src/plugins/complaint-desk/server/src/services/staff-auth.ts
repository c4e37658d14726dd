/**
 * Who is calling: the users-permissions JWT of a console request → the staff user
 * with its role. The `is-staff` policy asks this on every console request, so a verified token is
 * cached with its user for `authCacheTtlMs` (default 5 s; 0 turns the cache off). That saves the
 * JWT check (jsonwebtoken rebuilds the key from the secret each time) and two SQL statements.
 *
 * A token issued before the user's last password change is refused (`passwordChangedAt`, dated by a
 * lifecycle of the user model, to the second of the token's `iat`).
 *
 * Bound on staleness: a change to a user or a role (blocked, role changed, deleted, new password) empties the
 * cache of this process as soon as it is written — through any path that goes through Strapi's
 * query engine (database lifecycles) and again after the Document Service call returns, that is
 * after its commit. Other server processes see the change within `authCacheTtlMs`. An entry never
 * outlives its token's own expiry. Invalid tokens are never cached.
 */
import type { Core } from '@strapi/strapi';
import { issuedBeforePasswordChange } from '../domain/login-limits';
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
  /** users-permissions' verify without the password-change check (authenticate() checks it on the user it loads anyway). */
  let originalVerify: ((token: string) => Promise<any>) | null = null;

  const service = {
    /** Empties the cache (any user or role write). */
    invalidate(): void {
      cache.clear();
    },

    /**
     * Empties the cache on any user or role write (utils.ts `onWrites`), dates every password
     * change, and makes users-permissions' own routes (`/api/users/me`…) refuse tokens issued
     * before the last one. Called once from bootstrap().
     */
    watch(): void {
      if (watching) return;
      watching = true;
      onWrites(strapi, [USER, ROLE], () => cache.clear());
      // Every path to a new password (users-permissions' change and reset, the admin panel, the
      // Document Service, the query engine) writes `password` through the query engine.
      const dateChange = (event: any) => {
        const data = event.params?.data;
        if (data && typeof data === 'object' && data.password !== undefined && data.password !== null) data.passwordChangedAt = new Date();
      };
      strapi.db.lifecycles.subscribe({ models: [USER], beforeUpdate: dateChange, beforeUpdateMany: dateChange } as any);
      const jwt = strapi.plugin('users-permissions').service('jwt');
      const verify = jwt.verify.bind(jwt);
      jwt.verify = async (token: string) => {
        const payload = await verify(token);
        if (payload?.id !== undefined) {
          const user = await strapi.db.query(USER).findOne({ select: ['id', 'passwordChangedAt'], where: { id: payload.id } });
          if (user && issuedBeforePasswordChange(payload.iat, user.passwordChangedAt)) throw new Error('Invalid token.');
        }
        return payload;
      };
      originalVerify = verify;
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
        payload = await (originalVerify ?? up.service('jwt').verify)(token);
      } catch {
        return null;
      }
      if (payload?.id === undefined) return null;
      const found = await up.service('user').fetchAuthenticatedUser(payload.id);
      // A token from before the last password change is refused like an invalid one (not cached).
      if (found && issuedBeforePasswordChange(payload.iat, found.passwordChangedAt)) return null;
      const user = slim(found);
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
