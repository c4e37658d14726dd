/**
 * The pure parts of the plugin's installation into an app: where its global middlewares go in the
 * app's list, which console paths the setting accepts, and the console shell's <base>.
 */
import { isConsolePath } from '../../src/plugins/complaint-desk/server/src/config';
import { shellWithBase } from '../../src/plugins/complaint-desk/server/src/middlewares/console';
import { placeMiddlewares, STRAPI_DEFAULT_MIDDLEWARES, type MiddlewareEntry } from '../../src/plugins/complaint-desk/server/src/middlewares/placement';
import { GLOBAL_MIDDLEWARES } from '../../src/plugins/complaint-desk/server/src/register';

const GUARD = 'plugin::complaint-desk.auth-guard';
const HEADERS = 'plugin::complaint-desk.security-headers';
const CONSOLE = 'plugin::complaint-desk.console';
const RAW = 'plugin::complaint-desk.sms-raw-body';
const names = (list: MiddlewareEntry[]) => list.map((e) => (typeof e === 'string' ? e : e.name));

describe('placeMiddlewares', () => {
  it.each<[string, MiddlewareEntry[], (string | undefined)[]]>([
    [
      "Strapi's default list",
      [...STRAPI_DEFAULT_MIDDLEWARES],
      ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', HEADERS, 'strapi::poweredBy', 'strapi::session', 'strapi::query', RAW, 'strapi::body', GUARD, 'strapi::favicon', CONSOLE, 'strapi::public'],
    ],
    [
      'a list with configured entries (objects keep their config)',
      ['strapi::logger', 'strapi::errors', { name: 'strapi::security', config: {} }, { name: 'strapi::cors', config: {} }, 'strapi::query', { name: 'strapi::body', config: {} }, 'strapi::session', 'strapi::favicon', 'strapi::public'],
      ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', HEADERS, 'strapi::query', RAW, 'strapi::body', GUARD, 'strapi::session', 'strapi::favicon', CONSOLE, 'strapi::public'],
    ],
    [
      'an app that lists one of them itself keeps its place',
      ['strapi::errors', 'strapi::cors', 'strapi::body', 'strapi::public', { name: GUARD }],
      ['strapi::errors', 'strapi::cors', HEADERS, RAW, 'strapi::body', CONSOLE, 'strapi::public', GUARD],
    ],
  ])('%s', (_label, list, expected) => {
    const placed = placeMiddlewares(list, GLOBAL_MIDDLEWARES);
    expect(names(placed)).toEqual(expected);
    // Placing twice changes nothing.
    expect(names(placeMiddlewares(placed, GLOBAL_MIDDLEWARES))).toEqual(expected);
  });

  it('keeps the auth guard after strapi::errors and strapi::body, and before the router', () => {
    const placed = names(placeMiddlewares([...STRAPI_DEFAULT_MIDDLEWARES], GLOBAL_MIDDLEWARES));
    expect(placed.indexOf(GUARD)).toBeGreaterThan(placed.indexOf('strapi::body'));
    expect(placed.indexOf(GUARD)).toBeGreaterThan(placed.indexOf('strapi::errors'));
  });

  it('keeps the SMS webhook’s raw body reader right before strapi::body', () => {
    const placed = names(placeMiddlewares([...STRAPI_DEFAULT_MIDDLEWARES], GLOBAL_MIDDLEWARES));
    expect(placed.indexOf(RAW)).toBe(placed.indexOf('strapi::body') - 1);
  });

  it('does not change the list it is given', () => {
    const list = [...STRAPI_DEFAULT_MIDDLEWARES];
    placeMiddlewares(list, GLOBAL_MIDDLEWARES);
    expect(list).toEqual(STRAPI_DEFAULT_MIDDLEWARES);
  });

  it('names a missing anchor', () => {
    expect(() => placeMiddlewares(['strapi::errors'], GLOBAL_MIDDLEWARES)).toThrow(/no strapi::cors/);
  });
});

describe('isConsolePath', () => {
  it.each<[unknown, boolean]>([
    ['/console', true],
    ['/staff/console', true],
    ['/desk-2.0', true],
    ['/console/', false],
    ['console', false],
    ['/', false],
    ['', false],
    ['/api', false],
    ['/API/console', false],
    ['/admin', false],
    ['/administration', true],
    ['/a/../b', false],
    ['/a b', false],
    ['/a?b', false],
    [42, false],
    [null, false],
  ])('%j → %s', (value, ok) => {
    expect(isConsolePath(value)).toBe(ok);
  });
});

describe('shellWithBase', () => {
  it.each<[string, string, string]>([
    ['<html><head><title>x</title></head>', '/console', '<html><head><base href="/console/"><title>x</title></head>'],
    ['<html><HEAD lang="en"><meta charset="UTF-8" /></HEAD>', '/staff/desk', '<html><HEAD lang="en"><base href="/staff/desk/"><meta charset="UTF-8" /></HEAD>'],
    ['<html><header></header></html>', '/console', '<html><header></header></html>'],
  ])('%s at %s', (html, prefix, expected) => {
    expect(shellWithBase(html, prefix)).toBe(expected);
  });
});
