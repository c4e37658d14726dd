/**
 * Requests started before react-admin asks for them, so that the complaint list is interactive
 * within 1.5 s of login. At login the console already knows where it will land; it starts that
 * page's requests in parallel with `/users/me` and react-admin's start-up, and the data provider
 * hands each response to react-admin's identical request.
 *
 * The rules that keep this from ever serving a stale page:
 * - an entry answers only the same URL with the same token (a new login, a logout clears them all);
 * - it answers once: the next identical request goes to the network;
 * - it expires `ttlMs` after it was started, answered or not;
 * - a failed prefetch answers nothing (the caller then asks the network itself).
 */
export interface PrefetchCache<T> {
  /** Keeps `promise` as the answer to the next GET of `url` with `token`. */
  put(url: string, token: string, promise: Promise<T>): void;
  /** The kept answer for `url` and `token`, removed from the cache; undefined when none is fit. */
  take(url: string, token: string | null): Promise<T> | undefined;
  /** Forgets everything (login, logout). */
  clear(): void;
  /** Entries kept (tests, diagnostics). */
  readonly size: number;
}

interface Entry<T> {
  token: string;
  promise: Promise<T>;
  expiresAt: number;
}

export const createPrefetchCache = <T>({
  ttlMs = 10_000,
  now = () => Date.now(),
}: { ttlMs?: number; now?: () => number } = {}): PrefetchCache<T> => {
  const entries = new Map<string, Entry<T>>();
  return {
    put(url, token, promise) {
      const entry: Entry<T> = { token, promise, expiresAt: now() + ttlMs };
      entries.set(url, entry);
      // A failed prefetch is forgotten; nobody awaits it, so no unhandled rejection either.
      promise.catch(() => {
        if (entries.get(url) === entry) entries.delete(url);
      });
    },
    take(url, token) {
      const entry = entries.get(url);
      if (!entry) return undefined;
      entries.delete(url);
      if (token === null || entry.token !== token || now() > entry.expiresAt) return undefined;
      return entry.promise;
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
};

/** List parameters as react-admin's list controller computes them (the subset the URL carries). */
export interface LandingListParams {
  sort: { field: string; order: 'ASC' | 'DESC' };
  pagination: { page: number; perPage: number };
  filter: Record<string, unknown>;
}

const UNREADABLE = Symbol('unreadable');
const parseJson = (value: string | null): unknown => {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return UNREADABLE;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The parameters of a list's first getList, as react-admin 5 derives them: the URL's query when it
 * has one, else the params stored for the list (`<resource>.listParams`), else the list's defaults.
 * Returns null when they cannot be told with certainty (then nothing is prefetched).
 */
export const landingListParams = (
  search: string,
  stored: unknown,
  defaults: LandingListParams
): LandingListParams | null => {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const source: Record<string, unknown> | null = [...query.keys()].length
    ? {
        sort: query.get('sort') ?? undefined,
        order: query.get('order') ?? undefined,
        page: query.get('page') ?? undefined,
        perPage: query.get('perPage') ?? undefined,
        filter: query.has('filter') ? parseJson(query.get('filter')) : undefined,
      }
    : isRecord(stored)
      ? stored
      : null;
  if (!source) return defaults;
  const field = source.sort === undefined ? defaults.sort.field : source.sort;
  const order = source.order === undefined ? defaults.sort.order : source.order;
  const page = source.page === undefined ? defaults.pagination.page : Number(source.page);
  const perPage = source.perPage === undefined ? defaults.pagination.perPage : Number(source.perPage);
  const filter = source.filter === undefined ? defaults.filter : source.filter;
  if (typeof field !== 'string' || (order !== 'ASC' && order !== 'DESC')) return null;
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1) return null;
  if (!isRecord(filter)) return null;
  return { sort: { field, order }, pagination: { page, perPage }, filter };
};

/** Where react-admin goes after login: the page the user was sent away from, else the dashboard. */
export const landingAfterLogin = (historyState: unknown): { pathname: string; search: string } => {
  const state = isRecord(historyState) && isRecord(historyState.usr) ? historyState.usr : {};
  const pathname = typeof state.nextPathname === 'string' ? state.nextPathname : '/';
  const search = typeof state.nextSearch === 'string' ? state.nextSearch : '';
  return { pathname, search };
};
