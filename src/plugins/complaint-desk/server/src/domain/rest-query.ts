/**
 * List-query parsing for the console's `ra-data-simple-rest` contract.
 *
 * A list request is `GET /{resource}?sort=["field","ASC"]&range=[0,24]&filter={...}`; each parameter is a
 * JSON string and any may be absent. getMany sends `filter={"id":[...]}`, getManyReference sends
 * `filter={"<target>": id}` plus sort/range. The answer is a bare array with
 * `Content-Range: {resource} a-b/total` (see `contentRange`).
 *
 * `parseListQuery` turns the raw parameters into a validated, neutral `ListQuery` (conditions ANDed,
 * optional full-text term, named filters, sort, offset/limit). A Strapi service then translates that
 * description to database filters; nothing here knows about Strapi.
 *
 * Rules:
 * - parameters may be JSON strings or values already parsed by Koa's `qs` (objects/arrays of strings);
 *   `undefined`, `null`, an empty string and JSON `null` all mean "absent";
 * - sort `[field, order]`: field whitelisted by `spec.sorts`, order ASC/DESC (any case); absent → defaultSort;
 * - range `[a, b]` inclusive integers, 0 ≤ a ≤ b, b − a + 1 ≤ maxPageSize (default 100);
 *   absent → offset 0, limit 25 (capped at maxPageSize);
 * - filter: a plain object. A key is `field` or `field_<suffix>` with a suffix from `OPERATOR_SUFFIXES`
 *   (split at the LAST underscore, only when the suffix is known; otherwise the whole key is the field).
 *   A bare key with an array value means `in`, with a scalar value `eq`. `q` is the full-text term
 *   (only when `spec.fullText`), keys of `spec.named` are named filters passed through verbatim;
 * - values are validated and coerced per field type (see `coerce`); range operators only for number/date,
 *   `contains` only for string/text, `in`/`nin` take a non-empty array of at most 1000 items;
 * - a filter or sort on a field of `spec.personal` is refused with its own message, whatever its suffix;
 * - every problem is collected as a `QueryIssue`; the parser never throws on any input.
 *
 * Framework-free: no Strapi (or any package) imports.
 */

import { nulPath } from './input-limits';
import { toAsciiDigits } from '../../../shared/digits';

export type FieldType = 'string' | 'text' | 'number' | 'boolean' | 'date' | 'id' | 'enum';

export interface FieldSpec {
  type: FieldType;
  /** Allowed values, for `enum` fields. */
  values?: readonly string[];
}

export interface ResourceQuerySpec {
  /** Resource name as used in Content-Range, e.g. 'complaints'. */
  resource: string;
  /** Whitelisted filter fields (API names, camelCase). 'id' is always allowed, as type 'id' unless listed here. */
  filters: Record<string, FieldSpec>;
  /** Whitelisted sort fields. */
  sorts: readonly string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** Whether the `q` full-text filter is accepted. */
  fullText?: boolean;
  /** Named filters with their allowed values, e.g. { queue: ['mine', 'team'] }; passed through, not interpreted. */
  named?: Record<string, readonly string[]>;
  /** Largest accepted page (b − a + 1); default 100. */
  maxPageSize?: number;
  /**
   * Personal-data fields the caller may not see: a filter or sort on one is refused, naming it, so
   * that no count or order can reveal what the record masks.
   */
  personal?: readonly string[];
}

export type Operator = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains' | 'null' | 'notNull';

/**
 * One ANDed condition. `value` is the coerced value (number, boolean, ISO string, string), an array of those
 * for `in`/`nin`, and `true` for `null`/`notNull`.
 */
export interface Condition {
  field: string;
  op: Operator;
  value: unknown;
}

export interface ListQuery {
  /** ANDed. */
  conditions: Condition[];
  /** Trimmed full-text term, when given and non-empty. */
  q?: string;
  /** Named filters, e.g. { queue: 'mine' }. */
  named: Record<string, string>;
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** From range [a, b] inclusive: offset = a, limit = b − a + 1. */
  offset: number;
  limit: number;
}

/** `path` is like 'filter.status_gte', 'filter.id[2]', 'sort[0]', 'range'. */
export interface QueryIssue {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; query: ListQuery } | { ok: false; issues: QueryIssue[] };

/**
 * Filter-key suffixes and the operator each selects. `_null` takes a boolean: `true` → 'null',
 * `false` → 'notNull'. `_contains` is a case-insensitive substring match (string/text fields only).
 * A key without a known suffix is a bare field: array value → 'in', scalar value → 'eq'.
 */
export const OPERATOR_SUFFIXES: Record<string, Operator> = Object.freeze({
  _ne: 'ne',
  _gt: 'gt',
  _gte: 'gte',
  _lt: 'lt',
  _lte: 'lte',
  _in: 'in',
  _nin: 'nin',
  _contains: 'contains',
  _null: 'null',
});

const PERSONAL_MESSAGE = 'personal data, which your role may not filter or sort by';
const DEFAULT_PAGE_SIZE = 25;
const DEFAULT_MAX_PAGE_SIZE = 100;
const MAX_LIST_ITEMS = 1000;
const ID_FIELD_SPEC: FieldSpec = { type: 'id' };
const RANGE_OPERATORS: readonly Operator[] = ['gt', 'gte', 'lt', 'lte'];

/** The largest number a number filter takes (PostgreSQL's integer). */
export const MAX_FILTER_NUMBER = 2_147_483_647;

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Marks a parameter that failed to decode (its issue is already recorded). */
const INVALID: unique symbol = Symbol('invalid');

/** JSON-decodes a string parameter; already-parsed values pass through. `undefined` = absent. */
function decodeParam(raw: unknown, name: string, issues: QueryIssue[]): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') return raw;
  if (raw.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    issues.push({ path: name, message: `${name} is not valid JSON` });
    return INVALID;
  }
  // PostgreSQL cannot compare a string holding NUL (domain/input-limits.ts).
  if (nulPath(parsed)) {
    issues.push({ path: name, message: `${name} must not contain NUL characters` });
    return INVALID;
  }
  return parsed === null ? undefined : parsed;
}

// ---------------------------------------------------------------------------------------------------------
// sort

function parseSort(raw: unknown, spec: ResourceQuerySpec, issues: QueryIssue[]): ListQuery['sort'] {
  const fallback = { field: spec.defaultSort.field, order: spec.defaultSort.order };
  if (raw === undefined || raw === INVALID) return fallback;
  if (!Array.isArray(raw) || raw.length !== 2) {
    issues.push({ path: 'sort', message: 'sort must be [field, order]' });
    return fallback;
  }
  const [field, order] = raw as unknown[];
  let ok = true;
  if (typeof field === 'string' && spec.personal?.includes(field)) {
    issues.push({ path: 'sort[0]', message: PERSONAL_MESSAGE });
    ok = false;
  } else if (typeof field !== 'string' || !spec.sorts.includes(field)) {
    issues.push({ path: 'sort[0]', message: `unknown sort field; allowed: ${spec.sorts.join(', ') || '(none)'}` });
    ok = false;
  }
  const upper = typeof order === 'string' ? order.toUpperCase() : undefined;
  if (upper !== 'ASC' && upper !== 'DESC') {
    issues.push({ path: 'sort[1]', message: 'sort order must be ASC or DESC' });
    ok = false;
  }
  return ok ? { field: field as string, order: upper as 'ASC' | 'DESC' } : fallback;
}

// ---------------------------------------------------------------------------------------------------------
// range

/** A non-negative safe integer, from a number or (as `qs` delivers) a decimal digit string. */
function toIndex(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : undefined;
  if (typeof v === 'string' && /^[0-9]{1,15}$/.test(v)) return Number(v);
  return undefined;
}

function parseRange(raw: unknown, maxPageSize: number, issues: QueryIssue[]): { offset: number; limit: number } {
  const fallback = { offset: 0, limit: Math.min(DEFAULT_PAGE_SIZE, maxPageSize) };
  if (raw === undefined || raw === INVALID) return fallback;
  if (!Array.isArray(raw) || raw.length !== 2) {
    issues.push({ path: 'range', message: 'range must be [start, end]' });
    return fallback;
  }
  const a = toIndex(raw[0]);
  const b = toIndex(raw[1]);
  if (a === undefined || b === undefined) {
    issues.push({ path: 'range', message: 'range bounds must be non-negative integers' });
    return fallback;
  }
  if (a > b) {
    issues.push({ path: 'range', message: 'range start must not exceed range end' });
    return fallback;
  }
  const limit = b - a + 1;
  if (limit > maxPageSize) {
    issues.push({ path: 'range', message: `range covers ${limit} items; at most ${maxPageSize} per page` });
    return fallback;
  }
  return { offset: a, limit };
}

// ---------------------------------------------------------------------------------------------------------
// values

type Coerced = { ok: true; value: unknown } | { ok: false; message: string };

const NUMERIC = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
const ISO_DATE =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$/i;
const DATE_MESSAGE = 'expected an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm])';

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // day 0 of the next month = last day of `month`
  return d.getUTCDate();
}

/**
 * Strict ISO 8601 calendar date or date-time → ISO string (UTC). Impossible dates (Feb 30, 25:00) are
 * rejected rather than rolled over; a date-time without an offset is read as UTC, like a bare date.
 */
function normalizeIsoDate(s: string): string | undefined {
  const m = ISO_DATE.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, millis);
  return new Date(d.getTime() - offsetMinutes * 60_000).toISOString();
}

/** Validates and coerces one scalar value for a field of the given spec. */
function coerce(value: unknown, field: FieldSpec): Coerced {
  if (value === null) return { ok: false, message: 'null is not a value here; use the _null suffix' };
  if (typeof value === 'object') return { ok: false, message: 'expected a single value' };
  switch (field.type) {
    case 'string':
    case 'text':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, message: 'expected a string' };
    case 'id':
      if (typeof value === 'string' && value !== '') return { ok: true, value };
      if (typeof value === 'number' && Number.isSafeInteger(value)) return { ok: true, value: String(value) };
      return { ok: false, message: 'expected a non-empty string or integer id' };
    case 'number':
      // Number filters compare integer columns (PostgreSQL's 4-byte integer fails the statement past it) and amounts.
      if (typeof value === 'number' && Math.abs(value) <= MAX_FILTER_NUMBER) return { ok: true, value };
      if (typeof value === 'string' && NUMERIC.test(toAsciiDigits(value.trim()))) {
        const n = Number(toAsciiDigits(value.trim()));
        if (Math.abs(n) <= MAX_FILTER_NUMBER) return { ok: true, value: n };
      }
      return { ok: false, message: `expected a number between -${MAX_FILTER_NUMBER} and ${MAX_FILTER_NUMBER}` };
    case 'boolean':
      if (typeof value === 'boolean') return { ok: true, value };
      if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
      return { ok: false, message: 'expected true or false' };
    case 'date': {
      const iso = typeof value === 'string' ? normalizeIsoDate(value.trim()) : undefined;
      return iso === undefined ? { ok: false, message: DATE_MESSAGE } : { ok: true, value: iso };
    }
    case 'enum': {
      const allowed = field.values ?? [];
      return typeof value === 'string' && allowed.includes(value)
        ? { ok: true, value }
        : { ok: false, message: `expected one of: ${allowed.join(', ') || '(none)'}` };
    }
    default:
      return { ok: false, message: 'unsupported field type' };
  }
}

// ---------------------------------------------------------------------------------------------------------
// filter

/** `status_gte` → { field: 'status', suffixOp: 'gte' }; unknown or missing suffix → the whole key is the field. */
function splitKey(key: string): { field: string; suffixOp?: Operator } {
  const i = key.lastIndexOf('_');
  if (i < 0) return { field: key };
  const suffix = key.slice(i);
  return hasOwn(OPERATOR_SUFFIXES, suffix) ? { field: key.slice(0, i), suffixOp: OPERATOR_SUFFIXES[suffix] } : { field: key };
}

function lookupField(field: string, spec: ResourceQuerySpec): FieldSpec | undefined {
  if (hasOwn(spec.filters, field)) return spec.filters[field];
  return field === 'id' ? ID_FIELD_SPEC : undefined;
}

function allowedFilterKeys(spec: ResourceQuerySpec): string {
  const keys = new Set<string>(['id', ...Object.keys(spec.filters)]);
  if (spec.fullText) keys.add('q');
  for (const k of Object.keys(spec.named ?? {})) keys.add(k);
  return [...keys].join(', ');
}

function parseFilterEntry(key: string, value: unknown, spec: ResourceQuerySpec, query: ListQuery, issues: QueryIssue[]): void {
  const path = `filter.${key}`;

  if (key === 'q' && !hasOwn(spec.filters, 'q')) {
    if (!spec.fullText) issues.push({ path, message: 'full-text search is not supported for this resource' });
    else if (typeof value !== 'string') issues.push({ path, message: 'expected a string' });
    // A phone number or tracking code typed on a Persian or Arabic keyboard finds what ASCII digits find.
    else if (value.trim() !== '') query.q = toAsciiDigits(value.trim());
    return;
  }

  if (spec.named && hasOwn(spec.named, key)) {
    const allowed = spec.named[key];
    if (typeof value === 'string' && allowed.includes(value)) query.named[key] = value;
    else issues.push({ path, message: `expected one of: ${allowed.join(', ') || '(none)'}` });
    return;
  }

  const { field, suffixOp } = splitKey(key);
  if (spec.personal?.includes(field)) {
    issues.push({ path, message: PERSONAL_MESSAGE });
    return;
  }
  const fieldSpec = lookupField(field, spec);
  if (!fieldSpec) {
    issues.push({ path, message: `unknown filter field; allowed: ${allowedFilterKeys(spec)}` });
    return;
  }

  const op: Operator = suffixOp ?? (Array.isArray(value) ? 'in' : 'eq');

  if (op === 'null') {
    if (value === true || value === 'true') query.conditions.push({ field, op: 'null', value: true });
    else if (value === false || value === 'false') query.conditions.push({ field, op: 'notNull', value: true });
    else issues.push({ path, message: 'expected true (is null) or false (is not null)' });
    return;
  }
  if (RANGE_OPERATORS.includes(op) && fieldSpec.type !== 'number' && fieldSpec.type !== 'date') {
    issues.push({ path, message: `operator "${op}" applies only to number and date fields` });
    return;
  }
  if (op === 'contains') {
    if (fieldSpec.type !== 'string' && fieldSpec.type !== 'text') {
      issues.push({ path, message: 'operator "contains" applies only to string and text fields' });
    } else if (typeof value !== 'string' || value === '') {
      issues.push({ path, message: 'expected a non-empty string' });
    } else {
      query.conditions.push({ field, op, value });
    }
    return;
  }
  if (op === 'in' || op === 'nin') {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_LIST_ITEMS) {
      issues.push({ path, message: `expected a non-empty array of at most ${MAX_LIST_ITEMS} items` });
      return;
    }
    const items: unknown[] = [];
    let ok = true;
    value.forEach((item: unknown, i) => {
      const c = coerce(item, fieldSpec);
      if (c.ok) items.push(c.value);
      else {
        issues.push({ path: `${path}[${i}]`, message: c.message });
        ok = false;
      }
    });
    if (ok) query.conditions.push({ field, op, value: items });
    return;
  }
  // eq, ne, gt, gte, lt, lte: one scalar.
  const c = coerce(value, fieldSpec);
  if (c.ok) query.conditions.push({ field, op, value: c.value });
  else issues.push({ path, message: c.message });
}

function parseFilter(raw: unknown, spec: ResourceQuerySpec, query: ListQuery, issues: QueryIssue[]): void {
  if (raw === undefined || raw === INVALID) return;
  if (!isPlainObject(raw)) {
    issues.push({ path: 'filter', message: 'filter must be a JSON object' });
    return;
  }
  for (const [key, value] of Object.entries(raw)) parseFilterEntry(key, value, spec, query, issues);
}

// ---------------------------------------------------------------------------------------------------------
// public API

/** Parses `sort`, `range` and `filter` of a list request; collects every issue, never throws. */
export function parseListQuery(params: { sort?: unknown; range?: unknown; filter?: unknown }, spec: ResourceQuerySpec): ParseResult {
  const issues: QueryIssue[] = [];
  const maxPageSize = spec.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
  const p = params ?? {};

  const sort = parseSort(decodeParam(p.sort, 'sort', issues), spec, issues);
  const { offset, limit } = parseRange(decodeParam(p.range, 'range', issues), maxPageSize, issues);
  const query: ListQuery = { conditions: [], named: {}, sort, offset, limit };
  parseFilter(decodeParam(p.filter, 'filter', issues), spec, query, issues);

  return issues.length > 0 ? { ok: false, issues } : { ok: true, query };
}

/**
 * The Content-Range header for a list answer: `complaints 0-24/319`, or `complaints *\/319` (RFC 7233's
 * unsatisfied form) when the page is empty. ra-data-simple-rest reads only the number after '/'.
 */
export function contentRange(resource: string, offset: number, count: number, total: number): string {
  for (const [name, n] of [['offset', offset], ['count', count], ['total', total]] as const) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`contentRange: ${name} must be a non-negative integer`);
  }
  return count > 0 ? `${resource} ${offset}-${offset + count - 1}/${total}` : `${resource} */${total}`;
}
