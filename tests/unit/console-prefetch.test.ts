/**
 * The console's login-time prefetch (console/src/prefetch.ts): a response started at login answers
 * react-admin's identical request once, with the same token, within its lifetime — never later.
 */
import { createPrefetchCache, landingAfterLogin, landingListParams, type LandingListParams } from '../../src/plugins/complaint-desk/console/src/prefetch';

const URL_A = '/api/complaint-desk/complaints?filter=%7B%7D&range=%5B0%2C24%5D&sort=%5B%22receivedAt%22%2C%22DESC%22%5D';
const URL_B = '/api/complaint-desk/categories?filter=%7B%22locale%22%3A%22en%22%7D';

describe('prefetch cache', () => {
  const setup = () => {
    let clock = 1_000;
    const cache = createPrefetchCache<string>({ ttlMs: 5_000, now: () => clock });
    return { cache, advance: (ms: number) => (clock += ms) };
  };

  it('answers the same URL and token once', async () => {
    const { cache } = setup();
    cache.put(URL_A, 'jwt-1', Promise.resolve('page'));
    const hit = cache.take(URL_A, 'jwt-1');
    expect(hit).toBeDefined();
    await expect(hit).resolves.toBe('page');
    expect(cache.take(URL_A, 'jwt-1')).toBeUndefined();
  });

  it('hands over a request still in flight', async () => {
    const { cache } = setup();
    let resolve!: (v: string) => void;
    cache.put(URL_A, 'jwt-1', new Promise<string>((r) => (resolve = r)));
    const hit = cache.take(URL_A, 'jwt-1');
    resolve('late page');
    await expect(hit).resolves.toBe('late page');
  });

  it('answers nothing for another URL, another token or no token', () => {
    const { cache } = setup();
    cache.put(URL_A, 'jwt-1', Promise.resolve('page'));
    expect(cache.take(URL_B, 'jwt-1')).toBeUndefined();
    expect(cache.take(URL_A, 'jwt-2')).toBeUndefined();
    // A mismatched token also discards the entry: it can never answer later.
    expect(cache.take(URL_A, 'jwt-1')).toBeUndefined();
    cache.put(URL_A, 'jwt-1', Promise.resolve('page'));
    expect(cache.take(URL_A, null)).toBeUndefined();
  });

  it('expires entries ttlMs after they were started', () => {
    const { cache, advance } = setup();
    cache.put(URL_A, 'jwt-1', Promise.resolve('page'));
    cache.put(URL_B, 'jwt-1', Promise.resolve('categories'));
    advance(5_000);
    expect(cache.take(URL_A, 'jwt-1')).toBeDefined();
    advance(1);
    expect(cache.take(URL_B, 'jwt-1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets a failed prefetch (the caller asks the network) without an unhandled rejection', async () => {
    const { cache } = setup();
    cache.put(URL_A, 'jwt-1', Promise.reject(new Error('503')));
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.take(URL_A, 'jwt-1')).toBeUndefined();
  });

  it('clear() forgets everything (logout, a new login)', () => {
    const { cache } = setup();
    cache.put(URL_A, 'jwt-1', Promise.resolve('page'));
    cache.clear();
    expect(cache.take(URL_A, 'jwt-1')).toBeUndefined();
  });
});

describe('where the console lands after login', () => {
  it('is the page the user was sent away from (react-router keeps it in history.state.usr)', () => {
    expect(landingAfterLogin({ usr: { nextPathname: '/complaints', nextSearch: '' }, key: 'x', idx: 1 })).toEqual({
      pathname: '/complaints',
      search: '',
    });
    expect(landingAfterLogin({ usr: { nextPathname: '/complaints', nextSearch: '?page=2' } }).search).toBe('?page=2');
  });

  it('is the dashboard otherwise', () => {
    expect(landingAfterLogin(null)).toEqual({ pathname: '/', search: '' });
    expect(landingAfterLogin({ usr: null })).toEqual({ pathname: '/', search: '' });
    expect(landingAfterLogin({ usr: { nextPathname: 42 } })).toEqual({ pathname: '/', search: '' });
  });
});

describe("the list's first getList parameters", () => {
  const defaults: LandingListParams = {
    sort: { field: 'receivedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 25 },
    filter: {},
  };

  it('are the defaults with no query and nothing stored', () => {
    expect(landingListParams('', undefined, defaults)).toEqual(defaults);
  });

  it('follow the stored list params', () => {
    const stored = { sort: 'slaDueAt', order: 'ASC', page: 2, perPage: 50, filter: { queue: 'breached' }, displayedFilters: {} };
    expect(landingListParams('', stored, defaults)).toEqual({
      sort: { field: 'slaDueAt', order: 'ASC' },
      pagination: { page: 2, perPage: 50 },
      filter: { queue: 'breached' },
    });
  });

  it("follow the URL's query before the stored params", () => {
    const search = `?filter=${encodeURIComponent(JSON.stringify({ status: 'received' }))}&order=ASC&page=3&perPage=10&sort=trackingCode`;
    expect(landingListParams(search, { sort: 'slaDueAt', order: 'DESC', filter: {} }, defaults)).toEqual({
      sort: { field: 'trackingCode', order: 'ASC' },
      pagination: { page: 3, perPage: 10 },
      filter: { status: 'received' },
    });
  });

  it('are unknown (nothing prefetched) when they cannot be read', () => {
    expect(landingListParams('?filter=%7Bbroken', undefined, defaults)).toBeNull();
    expect(landingListParams('?order=sideways&sort=x', undefined, defaults)).toBeNull();
    expect(landingListParams('', { sort: 'x', order: 'ASC', page: 0, filter: {} }, defaults)).toBeNull();
  });
});
