import { isStaffRole, type StaffRole } from '@contract';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { API_URL } from './config';
import { prefetchLanding, preloadLanding } from './landing';
import { canAccess } from './permissions/canAccess';
import { clearSession, getStoredRole, getStoredUser, getToken, storeToken, storeUser, type StaffUser } from './session';
import { strapiErrorMessage } from './strapi';

interface StrapiLoginResponse {
  jwt: string;
}

export interface LoginParams {
  username: string;
  password: string;
}

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
    storeToken(jwt);
    performance.mark('console:login-token');
    // /users/me first, then the landing page's requests in parallel with it (a refused login clears them).
    const pendingMe = fetchMe(jwt);
    prefetchLanding(jwt, pendingMe);

    try {
      const me = await pendingMe;
      const roleType = me.role;
      if (!isStaffRole(roleType)) {
        throw new Error('app.auth.no_console_access');
      }
      storeUser(me, roleType);
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

  async getPermissions(): Promise<StaffRole | null> {
    return getStoredRole();
  },

  async canAccess({ action, resource, record }) {
    return canAccess(getStoredRole(), { action, resource, record });
  },
};

export default authProvider;
