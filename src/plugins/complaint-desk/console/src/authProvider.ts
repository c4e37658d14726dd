import type { AuthProvider, UserIdentity } from 'react-admin';
import { API_URL } from './config';
import { clearPrefetched, prefetchLanding, preloadLanding } from './landing';
import { strapiErrorMessage } from './strapi';

import { canAccess } from './permissions/canAccess';
import { isRoleType, type RoleType } from './permissions/matrix';

export { isRoleType, ROLE_TYPES, type RoleType } from './permissions/matrix';

interface StrapiLoginResponse {
  jwt: string;
}

export interface LoginParams {
  username: string;
  password: string;
}

const STORAGE_KEYS = {
  jwt: 'jwt',
  user: 'user',
  role: 'role',
} as const;

export const getToken = (): string | null => localStorage.getItem(STORAGE_KEYS.jwt);

export const getStoredUser = (): StaffUser | null => {
  const raw = localStorage.getItem(STORAGE_KEYS.user);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StaffUser;
  } catch {
    return null;
  }
};

export const getStoredRole = (): RoleType | null => {
  const role = localStorage.getItem(STORAGE_KEYS.role);
  return isRoleType(role) ? role : null;
};

const clearSession = (): void => {
  localStorage.removeItem(STORAGE_KEYS.jwt);
  localStorage.removeItem(STORAGE_KEYS.user);
  localStorage.removeItem(STORAGE_KEYS.role);
  clearPrefetched();
};

/** fetch + JSON decode; rejects with the Strapi error message on non-2xx. */
const requestJson = async <T>(url: string, init: RequestInit = {}): Promise<T> => {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(url, { ...init, headers });
  } catch {
    throw new Error('ra.notification.http_error');
  }

  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (!response.ok) {
    const error = new Error(
      strapiErrorMessage(body, response.statusText || 'ra.notification.http_error')
    ) as Error & { status: number };
    error.status = response.status;
    throw error;
  }
  return body as T;
};

/** The staff record of the caller (SPEC §8 user record): role is the role type. */
export interface StaffUser {
  id: string;
  email: string;
  username: string;
  /** The display name: the full name, else the username. */
  name?: string;
  role: string | null;
  teamIds: string[];
}

const fetchMe = (jwt: string): Promise<StaffUser> =>
  requestJson<StaffUser>(`${API_URL}/api/complaint-desk/users/me`, {
    headers: { Authorization: `Bearer ${jwt}` },
  });

export const authProvider: AuthProvider = {
  async login({ username, password }: LoginParams) {
    clearSession();
    preloadLanding();
    const { jwt } = await requestJson<StrapiLoginResponse>(`${API_URL}/api/auth/local`, {
      method: 'POST',
      body: JSON.stringify({ identifier: username, password }),
    });
    localStorage.setItem(STORAGE_KEYS.jwt, jwt);
    performance.mark('console:login-token');
    // /users/me first, then the landing page's requests in parallel with it (a refused login clears them).
    const pendingMe = fetchMe(jwt);
    prefetchLanding(jwt, pendingMe);

    try {
      const me = await pendingMe;
      const roleType = me.role;
      if (!isRoleType(roleType)) {
        throw new Error('app.auth.no_console_access');
      }
      localStorage.setItem(STORAGE_KEYS.user, JSON.stringify(me));
      localStorage.setItem(STORAGE_KEYS.role, roleType);
      performance.mark('console:login-done');
    } catch (error) {
      clearSession();
      throw error;
    }
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    if (!getToken()) {
      // message: false — no "logged out" notification when simply not signed in
      throw { message: false };
    }
  },

  async checkError(error: { status?: number } | null | undefined) {
    if (error?.status === 401) {
      // react-admin then calls logout(), which clears the session.
      throw new Error('ra.notification.logged_out');
    }
    // 403 (forbidden) and anything else: stay logged in, the caller shows the error.
  },

  async getIdentity(): Promise<UserIdentity> {
    const user = getStoredUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return {
      id: user.id,
      fullName: user.name || user.username || user.email,
      email: user.email,
      role: getStoredRole(),
    };
  },

  async getPermissions(): Promise<RoleType | null> {
    return getStoredRole();
  },

  async canAccess({ action, resource, record }) {
    return canAccess(getStoredRole(), { action, resource, record });
  },
};

export default authProvider;
