import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type RaRecord } from 'react-admin';
import { COMPLAINT_LIST_DEFAULTS } from './complaints/listDefaults';
import { CONSOLE_API_URL } from './config';
import { i18nProvider } from './i18nProvider';
import { createPrefetchCache, landingAfterLogin, landingListParams } from './prefetch';

type FetchResult = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

/** Responses started at login for the page the console lands on (see prefetch.ts). */
export const prefetched = createPrefetchCache<FetchResult>({ ttlMs: 10_000 });

/**
 * Teams and users by id, read whole at login when the console lands on the complaint list: the
 * list names each row's team and assignee, and these tables are small. They answer react-admin's
 * getMany for the first 10 s after login only (same token), so a later page never shows a name
 * older than that; afterwards getMany goes to the API as usual.
 */
const DIRECTORY_TTL_MS = 10_000;
type Directory = {
  token: string;
  expiresAt: number;
  byId: Map<string, RaRecord>;
};
const directories = new Map<string, Promise<Directory | null>>();
export const DIRECTORY_RESOURCES = ['teams', 'users'] as const;

/** Records of `resource` for `ids` from the login-time directory, or null when it cannot answer them all. */
export const fromDirectory = async (resource: string, ids: readonly RaRecord['id'][], token: string | null) => {
  const pending = directories.get(resource);
  if (!pending || !token) return null;
  const directory = await pending;
  if (!directory || directory.token !== token || Date.now() > directory.expiresAt) {
    directories.delete(resource);
    return null;
  }
  const records = ids.map((id) => directory.byId.get(String(id)));
  return records.every((r) => r !== undefined) ? (records as RaRecord[]) : null;
};

export const clearPrefetched = (): void => {
  prefetched.clear();
  directories.clear();
};

const storedListParams = (resource: string): unknown => {
  try {
    const raw = localStorage.getItem(`RaStore.${resource}.listParams`);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
};

const landsOnComplaintList = () => {
  const landing = landingAfterLogin(window.history.state);
  return landing.pathname === '/complaints' ? landing : null;
};

/** At the login click: the complaint list's code, when the console will land there. */
export const preloadLanding = (): void => {
  if (!landsOnComplaintList()) return;
  void import('./complaints/ComplaintList').catch(() => undefined);
};

/**
 * Once the login has a token: start the landing page's requests — the complaint list's first
 * page (exactly the URL react-admin will ask) at once, in parallel with `/users/me`; the
 * categories in the console's language, teams and users once `/users/me` has answered (the login,
 * and so react-admin's start-up, waits for it: the small requests must not queue before it on the
 * server), all before react-admin asks.
 */
export const prefetchLanding = (token: string, after: Promise<unknown> = Promise.resolve()): void => {
  const landing = landsOnComplaintList();
  if (!landing) return;
  const params = landingListParams(landing.search, storedListParams('complaints'), COMPLAINT_LIST_DEFAULTS);
  const client = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    headers.set('Authorization', `Bearer ${token}`);
    const promise = fetchUtils.fetchJson(url, { ...options, headers });
    prefetched.put(url, token, promise);
    return promise;
  };
  const provider = simpleRestProvider(CONSOLE_API_URL, client);
  const ignore = () => undefined;
  if (params) provider.getList('complaints', params).catch(ignore);
  after.then(
    () =>
      provider
        .getList('categories', {
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'code', order: 'ASC' },
          filter: { locale: i18nProvider.getLocale() },
        })
        .catch(ignore),
    ignore
  );
  for (const resource of DIRECTORY_RESOURCES) {
    directories.set(
      resource,
      after.then(
        () => fetchDirectory(resource, token),
        () => null
      )
    );
  }
};

const fetchDirectory = (resource: string, token: string): Promise<Directory | null> => {
  {
    // Straight from the network (not via the prefetch cache): nobody asks this exact URL.
    const url = `${CONSOLE_API_URL}/${resource}?${new URLSearchParams({
      filter: '{}',
      range: '[0,99]',
      sort: JSON.stringify(['id', 'ASC']),
    })}`;
    return fetchUtils
      .fetchJson(url, {
        headers: new Headers({
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          Range: `${resource}=0-99`,
        }),
      })
      .then(({ json, headers: h }): Directory | null => {
        const total = Number(h.get('content-range')?.split('/').pop());
        const records = Array.isArray(json) ? (json as RaRecord[]) : [];
        // Only a complete directory can say who is who.
        if (!Number.isFinite(total) || total > records.length) return null;
        return {
          token,
          expiresAt: Date.now() + DIRECTORY_TTL_MS,
          byId: new Map(records.map((r) => [String(r.id), r])),
        };
      })
      .catch(() => null);
  }
};
