/**
 * Generated requests for the console API (tests/integration/reliability.test.ts, docs/RELIABILITY.md).
 * Each request belongs to one class of hostile input and puts it in one place of a console route:
 * the path's id or action, a list parameter (`filter`, its `q`, `sort`, `range`), another query
 * parameter, or the body. Everything else in the request is plausible, so that the input reaches
 * the code behind the validators. fast-check draws the requests from a seed: the same seed gives the
 * same requests.
 */
import fc from 'fast-check';
import type { RouteSpec } from '../../src/plugins/complaint-desk/server/src/routes';
import { ACTION_NAMES } from '../../src/plugins/complaint-desk/server/src/domain/actions';
import { STAFF_ROLES, type StaffRole } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';
import { RESOURCES } from '../../src/plugins/complaint-desk/server/src/resources';

export const INPUT_CLASSES = [
  'plausible',
  'wrong-type',
  'huge-string',
  'huge-number',
  'deep-json',
  'nul',
  'rtl-zero-width',
  'operator-injection',
  'sql-injection',
  'proto-pollution',
  'bad-percent-encoding',
  'malformed-json',
  'unknown-keys',
] as const;
export type InputClass = (typeof INPUT_CLASSES)[number];

/** Where the hostile input goes. */
export type Slot = 'id' | 'action' | 'filter' | 'q' | 'sort' | 'range' | 'query' | 'body';

export interface FuzzRequest {
  cls: InputClass;
  slot: Slot;
  role: StaffRole;
  /** The route as declared (`GET /complaints/:id`). */
  route: string;
  method: string;
  /** Path and query, percent-encoded as sent; `{id}` is replaced by a real id of the resource at run time. */
  path: string;
  /** Which real id `{id}` stands for (index into that resource's ids). */
  idIndex: number;
  contentType?: string;
  body?: string;
}

/** The JSON value kinds a slot may receive, or raw text to place as is. */
type Payload = { json: unknown } | { raw: string };

const MB = 1024 * 1024;
const charOf = fc.constantFrom('a', 'ی', '中', '\u200b', 'é', '0');
const SQL = [
  "' OR 1=1 --",
  "1'; DROP TABLE cd_complaints; --",
  '" OR ""="',
  "%' OR '%'='",
  'receivedAt DESC; DELETE FROM up_users',
  '(SELECT 1)',
  "') UNION SELECT password, email FROM up_users --",
  '\\',
  "'; SELECT pg_sleep(5); --",
  '1 OR SLEEP(5)',
  "x' COLLATE \"C\" --",
  '*',
  '%',
  '_',
];
const RTL = ['\u202egnp.exe', 'علی رضایی', '\u200b\u200b', 'a\u200db', '\u2066x\u2069', '\ufeffname', '\u200f\u061c', 'שלום', '\u202a\u202b\u202c'];
const OPERATORS: unknown[] = [
  { $ne: null },
  { $gt: '' },
  { $in: [] },
  { $or: [{ id: { $notNull: true } }] },
  { $regex: '.*' },
  { $where: '1 == 1' },
  { $containsi: '' },
  { $null: false },
  { eq: 'x' },
  ['a', 'b'],
  { gte: '1900-01-01', lte: '2999-01-01' },
];
const BAD_PERCENT = ['%', '%zz', '%E0%A4%A', '%c0%af', '%ff%fe', '%uD800', '%%30', '%2', '..%2f..%2fetc%2fpasswd', '%00', '%ED%A0%80', '%F4%90%80%80'];
const MALFORMED = ['{', '{"a":', '{"a" 1}', "{'a':1}", '[1,]', 'nul', '{"a":1}}', '\u0000', '{"a":"\\uZZZZ"}', '{"a":01}', ''.padEnd(100, '{'), '--\r\nContent-Disposition: form-data'];

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
  fc.constantFrom('true', 'null', '1e3', '', ' ', '[object Object]', 'NaN', '-0'),
);

/** A nested value `depth` levels deep, as JSON text (JSON.stringify would recurse). */
const deepJson = fc.tuple(fc.integer({ min: 100, max: 20000 }), fc.boolean()).map(([depth, arrays]) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));

/** A hostile value of the class, as JSON (to be serialized) or raw JSON text. */
function payloadOf(cls: InputClass, slot: Slot): fc.Arbitrary<Payload> {
  const json = (a: fc.Arbitrary<unknown>) => a.map((v): Payload => ({ json: v }));
  const raw = (a: fc.Arbitrary<string>) => a.map((r): Payload => ({ raw: r }));
  // A URL is at most 16 KB (Node's header limit); a body up to past the 1 MB body limit.
  const hugeLength = slot === 'body' ? fc.constantFrom(100 * 1024, MB - 64, MB + 1) : fc.constantFrom(4 * 1024, 12 * 1024, 20 * 1024);
  switch (cls) {
    case 'plausible':
      return json(fc.oneof(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom('open', 'received', 'en', 'fa', 'email', '2026-01-01T00:00:00.000Z', 'ASC')));
    case 'wrong-type':
      return json(wrongType);
    case 'huge-string':
      return json(fc.tuple(charOf, hugeLength).map(([c, n]) => c.repeat(Math.floor(n / Buffer.byteLength(c)))));
    case 'huge-number':
      return raw(fc.constantFrom('1e308', '-1e308', '1e999', '9007199254740993', '1e21', '-0', '0.0000000000000000000001', '123456789012345678901234567890', '4294967296', '2147483648'));
    case 'deep-json':
      return raw(deepJson);
    case 'nul':
      return json(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`));
    case 'rtl-zero-width':
      return json(fc.constantFrom(...RTL));
    case 'operator-injection':
      return json(fc.constantFrom(...OPERATORS));
    case 'sql-injection':
      return json(fc.constantFrom(...SQL));
    case 'proto-pollution':
      return raw(fc.constantFrom('{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"prototype":{"polluted":"yes"}}', '"__proto__"', '{"__proto__":null}'));
    case 'bad-percent-encoding':
      // Only meaningful in a URL; inside JSON it is just text.
      return json(fc.constantFrom(...BAD_PERCENT));
    case 'malformed-json':
      return raw(fc.constantFrom(...MALFORMED));
    case 'unknown-keys':
      return raw(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.integer(), { minKeys: 1, maxKeys: 4 }).map((d) => JSON.stringify(d)));
  }
}

const textOf = (p: Payload) => ('raw' in p ? p.raw : JSON.stringify(p.json));
/** A query-string value: percent-encoded, except the class that is about the encoding itself. */
const queryValue = (cls: InputClass, p: Payload) => {
  if (cls === 'bad-percent-encoding' && 'json' in p && typeof p.json === 'string') return p.json;
  const v = 'json' in p && typeof p.json === 'string' ? p.json : textOf(p);
  return encodeURIComponent(v);
};

/** Which resource a route serves (`/complaints/:id` → complaints). */
export const resourceOfRoute = (r: RouteSpec) => r.path.split('/')[1];

const BODY_KEYS = ['decision', 'message', 'assigneeId', 'teamId', 'reason', 'outcome', 'massIncidentId', 'cftReviewId', 'external', 'internal', 'comment', 'channel', 'note', 'resolution', 'resultScore', 'processScore', 'version', 'text', 'subject', 'calendar', 'calendarId', 'start', 'durations'];

/** Plausible body keys of a route: the resource's writable fields and relations, or the domain routes' inputs. */
function bodyKeys(r: RouteSpec): string[] {
  const def = RESOURCES[resourceOfRoute(r)];
  if (r.path.includes('/actions/') || !def || r.path.endsWith('/message')) return BODY_KEYS;
  const keys = [...Object.entries(def.fields).filter(([, f]) => f.write).map(([k]) => k), ...Object.entries(def.relations).filter(([, x]) => x.write).map(([k]) => k)];
  // Read-only resources (405 to every write) get the fields they show.
  return keys.length ? keys : Object.keys(def.fields);
}

/** Plausible list parameters of a resource: a field it filters on, one it sorts on. */
function listFields(r: RouteSpec): { filters: string[]; sorts: string[] } {
  const def = RESOURCES[resourceOfRoute(r)];
  if (!def) return { filters: ['id'], sorts: ['id'] };
  const f = Object.entries(def.fields);
  return { filters: ['id', ...f.filter(([, x]) => x.filter).map(([k]) => k), ...Object.keys(def.relations)], sorts: ['id', ...f.filter(([, x]) => x.sort).map(([k]) => k)] };
}

const isList = (r: RouteSpec) => r.method === 'GET' && !r.path.includes(':id');
const hasBody = (r: RouteSpec) => r.method === 'POST' || r.method === 'PUT';

function slotsOf(r: RouteSpec, cls: InputClass): Slot[] {
  if (cls === 'malformed-json' || cls === 'unknown-keys') return hasBody(r) ? ['body'] : ['query'];
  const slots: Slot[] = ['query'];
  if (r.path.includes(':id')) slots.push('id');
  if (r.path.includes(':action')) slots.push('action');
  if (isList(r)) slots.push('filter', 'q', 'sort', 'range');
  if (hasBody(r)) slots.push('body', 'body');
  if (cls === 'bad-percent-encoding') return slots.filter((s) => s !== 'body');
  return slots;
}

/** One request: a route, a role, a class, a slot, and the hostile payload in that slot. */
export function fuzzRequest(routes: RouteSpec[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      routeIndex: fc.nat({ max: routes.length - 1 }),
      cls: fc.constantFrom(...INPUT_CLASSES),
      role: fc.constantFrom(...STAFF_ROLES),
      idIndex: fc.nat({ max: 1000 }),
      pick: fc.nat({ max: 1000 }),
      action: fc.constantFrom(...ACTION_NAMES),
    })
    .chain(({ routeIndex, cls, role, idIndex, pick, action }) => {
      const r = routes[routeIndex];
      const slots = slotsOf(r, cls);
      const slot = slots[pick % slots.length];
      return payloadOf(cls, slot).map((payload): FuzzRequest => build(r, cls, slot, role, idIndex, pick, action, payload));
    });
}

function build(r: RouteSpec, cls: InputClass, slot: Slot, role: StaffRole, idIndex: number, pick: number, action: string, payload: Payload): FuzzRequest {
  const { filters, sorts } = listFields(r);
  const filterField = filters[pick % filters.length];
  const sortField = sorts[pick % sorts.length];
  let path = r.path.replace(':action', slot === 'action' ? queryValue(cls, payload) : action).replace(':id', slot === 'id' ? queryValue(cls, payload) : '{id}');
  const query: string[] = [];
  if (isList(r)) {
    const filter = slot === 'filter' ? `{${JSON.stringify(filterField)}:${textOf(payload)}}` : slot === 'q' ? `{"q":${textOf(payload)}}` : '{}';
    query.push(`filter=${slot === 'filter' || slot === 'q' ? (cls === 'bad-percent-encoding' ? queryValue(cls, payload) : encodeURIComponent(filter)) : encodeURIComponent(filter)}`);
    query.push(`sort=${slot === 'sort' ? (pick % 2 ? queryValue(cls, payload) : encodeURIComponent(`[${textOf(payload)},"ASC"]`)) : encodeURIComponent(JSON.stringify([sortField, pick % 2 ? 'ASC' : 'DESC']))}`);
    query.push(`range=${slot === 'range' ? (pick % 2 ? queryValue(cls, payload) : encodeURIComponent(`[0,${textOf(payload)}]`)) : encodeURIComponent('[0,9]')}`);
  }
  if (r.path.endsWith('/duplicates')) query.push(`phone=${encodeURIComponent('+447700900123')}`);
  if (slot === 'query') {
    // Another parameter, including qs's bracket syntax and the keys that would reach a prototype.
    const names = ['locale', 'phone', 'email', 'q', 'filter[status][$ne]', '__proto__[polluted]', 'constructor[prototype][polluted]', 'populate', 'fields[0]', 'pagination[pageSize]', 'range[]'];
    const name = names[pick % names.length];
    query.push(`${cls === 'bad-percent-encoding' && pick % 3 === 0 ? queryValue(cls, payload) : encodeURIComponent(name).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${queryValue(cls, payload)}`);
  }
  if (query.length) path += `?${query.join('&')}`;

  let body: string | undefined;
  let contentType: string | undefined;
  if (hasBody(r)) {
    const keys = bodyKeys(r);
    const plausible: Record<string, unknown> = {};
    for (let i = 0; i < 1 + (pick % 3); i++) plausible[keys[(pick + i * 7) % keys.length]] = 'text';
    contentType = pick % 17 === 0 ? 'application/x-www-form-urlencoded' : 'application/json';
    if (slot === 'body') {
      const key = keys[pick % keys.length];
      const text = textOf(payload);
      if (cls === 'malformed-json') body = text;
      else if (cls === 'unknown-keys') body = text;
      else if (pick % 5 === 0) body = text; // the whole body is the value
      else body = `{${Object.entries(plausible).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}${Object.keys(plausible).length ? ',' : ''}${JSON.stringify(key)}:${text}}`;
      if (contentType !== 'application/json') body = `${encodeURIComponent(key)}=${encodeURIComponent(text)}`;
    } else body = JSON.stringify(plausible);
  }
  return { cls, slot, role, route: `${r.method} ${r.path}`, method: r.method, path: `/api/complaint-desk${path}`, idIndex, contentType, body };
}
