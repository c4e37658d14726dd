import { isStaffRole, type StaffRole, type StaffUserRecord } from '@contract';
import type { fetchUtils } from 'react-admin';
import { createPrefetchCache } from './prefetch';

/**
 * The signed-in session as the browser keeps it: the token, the staff user and their role, and the
 * responses prefetched for that token at login (prefetch.ts). A leaf module: the auth and data
 * providers and the screens read it without importing each other.
 */

/** The staff record of the caller (`GET /users/me`). */
export type StaffUser = StaffUserRecord;

const STORAGE_KEYS = {
  jwt: 'jwt',
  user: 'user',
  role: 'role',
} as const;

type FetchResult = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

/** Responses started at login for the page the console lands on (see prefetch.ts). */
export const prefetched = createPrefetchCache<FetchResult>({ ttlMs: 10_000 });

export const getToken = (): string | null => localStorage.getItem(STORAGE_KEYS.jwt);

/** Whether `token` is still the session's (a logout or another login replaces it). */
export const isSessionToken = (token: string): boolean => getToken() === token;

export const getStoredUser = (): StaffUser | null => {
  const raw = localStorage.getItem(STORAGE_KEYS.user);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StaffUser;
  } catch {
    return null;
  }
};

export const getStoredRole = (): StaffRole | null => {
  const role = localStorage.getItem(STORAGE_KEYS.role);
  return isStaffRole(role) ? role : null;
};

export const storeToken = (jwt: string): void => localStorage.setItem(STORAGE_KEYS.jwt, jwt);

export const storeUser = (user: StaffUser, role: StaffRole): void => {
  localStorage.setItem(STORAGE_KEYS.user, JSON.stringify(user));
  localStorage.setItem(STORAGE_KEYS.role, role);
};

/** Forgets the session and everything prefetched for it. */
export const clearSession = (): void => {
  localStorage.removeItem(STORAGE_KEYS.jwt);
  localStorage.removeItem(STORAGE_KEYS.user);
  localStorage.removeItem(STORAGE_KEYS.role);
  prefetched.clear();
};
