import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type RaRecord } from 'react-admin';
import { COMPLAINT_LIST_DEFAULTS } from './complaints/listDefaults';
import { CONSOLE_API_URL } from './config';
import { i18nProvider } from './i18nProvider';
import { createPrefetchCache, landingAfterLogin, landingListParams, type LandingListParams } from './prefetch';
import { queryClient } from './queryClient';

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
type DirectoryEntry = { promise: Promise<Directory | null>; settled?: Directory | null };
const directories = new Map<string, DirectoryEntry>();
export const DIRECTORY_RESOURCES = ['teams', 'users'] as const;

const answer = (
  resource: string,
  directory: Directory | null | undefined,
  ids: readonly RaRecord['id'][],
  token: string | null
) => {
  if (!directory || directory.token !== token || Date.now() > directory.expiresAt) {
    if (directory !== undefined) directories.delete(resource);
    return null;
  }
  const records = ids.map((id) => directory.byId.get(String(id)));
  return records.every((r) => r !== undefined) ? (records as RaRecord[]) : null;
};

/** Records of `resource` for `ids` from the login-time directory (waiting for it if it is on its way), or null. */
export const fromDirectory = async (resource: string, ids: readonly RaRecord['id'][], token: string | null) => {
  const entry = directories.get(resource);
  if (!entry || !token) return null;
  return answer(resource, await entry.promise, ids, token);
};

/** The same, only if the directory has already arrived: never waits (the list must not wait for names). */
export const fromDirectoryNow = (resource: string, ids: readonly RaRecord['id'][], token: string | null) => {
  const entry = directories.get(resource);
  if (!entry || !token || entry.settled === undefined) return null;
  return answer(resource, entry.settled, ids, token);
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
  const started: string[] = [];
  const client = (url: string, options: fetchUtils.Options = {}) => {
    started.push(url);
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    headers.set('Authorization', `Bearer ${token}`);
    const promise = fetchUtils.fetchJson(url, { ...options, headers });
    prefetched.put(url, token, promise);
    return promise;
  };
  const provider = simpleRestProvider(CONSOLE_API_URL, client);
  const ignore = () => undefined;
  /** A prefetched response goes into the query cache: its prefetch entry must then answer nobody. */
  const forget = (resource: string) =>
    started
      .filter((url) => url.startsWith(`${CONSOLE_API_URL}/${resource}?`))
      .forEach((url) => prefetched.take(url, token));
  if (params) {
    const list = provider.getList('complaints', params);
    list.catch(ignore);
    // Once the login is through (/users/me answered, the token still the session's).
    Promise.all([list, after])
      .then(([page]) => {
        if (!isSession(token)) return;
        seedList(params, page, token);
        forget('complaints');
        performance.mark('console:list-prefetched');
      })
      .catch(ignore);
  }
  after.then(() => {
    const categories = {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'code', order: 'ASC' as const },
      filter: { locale: i18nProvider.getLocale() },
    };
    provider
      .getList('categories', categories)
      .then((result) => {
        if (!isSession(token)) return;
        seed(['categories', 'getList', categories], { data: result.data, total: result.total });
        forget('categories');
      })
      .catch(ignore);
  }, ignore);
  for (const resource of DIRECTORY_RESOURCES) {
    const entry: DirectoryEntry = {
      promise: after.then(
        () => fetchDirectory(resource, token),
        () => null
      ),
    };
    entry.promise.then((directory) => (entry.settled = directory));
    directories.set(resource, entry);
  }
};

const isSession = (token: string) => localStorage.getItem('jwt') === token;

/**
 * How long seeded data counts as fresh: react-admin's first render of the landing page uses it
 * without asking again; past that it refetches as usual (react-admin's own populateQueryCache
 * works the same way).
 */
const SEED_FRESH_MS = 2_000;
const seed = (key: readonly unknown[], value: unknown) =>
  queryClient.setQueryData(key, value, { updatedAt: Date.now() + SEED_FRESH_MS });

/**
 * The list's first page in react-admin's cache under the key its list controller uses, so the list
 * renders its rows on its first render; the rows' teams and assignees likewise, under the keys of
 * the reference fields (getOne and the one-id getMany), so they render named without a request.
 */
const seedList = (params: LandingListParams, page: { data: RaRecord[]; total?: number }, token: string) => {
  for (const [reference, field] of [
    ['teams', 'teamId'],
    ['users', 'assigneeId'],
  ] as const) {
    const ids = [...new Set(page.data.map((row) => row[field]).filter((id) => id !== null && id !== undefined))];
    const records = ids.length ? fromDirectoryNow(reference, ids, token) : null;
    for (const record of records ?? []) {
      seed([reference, 'getOne', { id: String(record.id) }], record);
      seed([reference, 'getMany', { ids: [String(record.id)] }], [record]);
    }
  }
  seed(['complaints', 'getList', { pagination: params.pagination, sort: params.sort, filter: params.filter }], {
    data: page.data,
    total: page.total,
  });
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
