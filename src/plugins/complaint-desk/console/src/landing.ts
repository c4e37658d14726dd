import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'react-admin';
import { CATEGORY_NAME_LOCALE, COMPLAINT_LIST_DEFAULTS } from './complaints/listDefaults';
import { CONSOLE_API_URL } from './config';
import { i18nProvider } from './i18nProvider';
import { landingAfterLogin, landingListParams } from './prefetch';
import { queryClient } from './queryClient';
import { isSessionToken, prefetched } from './session';

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
 * page (exactly the URL react-admin will ask) at once, in parallel with `/users/me`. The rows name
 * their category, team and assignee (`categoryName`, `teamName`, `assigneeName`), so the list needs
 * no teams or users, which would compete with the page on the server. Only a console in
 * another language than English still reads the categories in its language, once `/users/me` has
 * answered (the login, and so react-admin's start-up, waits for it).
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
        if (!isSessionToken(token)) return;
        seed(['complaints', 'getList', { pagination: params.pagination, sort: params.sort, filter: params.filter }], {
          data: page.data,
          total: page.total,
        });
        forget('complaints');
        performance.mark('console:list-prefetched');
      })
      .catch(ignore);
  }
  const locale = i18nProvider.getLocale();
  if (locale === CATEGORY_NAME_LOCALE) return;
  after.then(() => {
    const categories = {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'code', order: 'ASC' as const },
      filter: { locale },
    };
    provider
      .getList('categories', categories)
      .then((result) => {
        if (!isSessionToken(token)) return;
        seed(['categories', 'getList', categories], { data: result.data, total: result.total });
        forget('categories');
      })
      .catch(ignore);
  }, ignore);
};

/**
 * How long seeded data counts as fresh: react-admin's first render of the landing page uses it
 * without asking again; past that it refetches as usual (react-admin's own populateQueryCache
 * works the same way).
 */
const SEED_FRESH_MS = 2_000;
const seed = (key: readonly unknown[], value: unknown) =>
  queryClient.setQueryData(key, value, { updatedAt: Date.now() + SEED_FRESH_MS });
