import fc from 'fast-check';
import {
  contentRange,
  OPERATOR_SUFFIXES,
  parseListQuery,
  type ListQuery,
  type ParseResult,
  type QueryIssue,
  type ResourceQuerySpec,
} from '../../src/plugins/complaint-desk/server/src/domain/rest-query';

const spec: ResourceQuerySpec = {
  resource: 'complaints',
  filters: {
    status: { type: 'enum', values: ['received', 'in_progress', 'closed'] },
    subject: { type: 'string' },
    description: { type: 'text' },
    priority: { type: 'number' },
    escalated: { type: 'boolean' },
    receivedAt: { type: 'date' },
    assignee: { type: 'id' },
  },
  sorts: ['id', 'receivedAt', 'priority'],
  defaultSort: { field: 'receivedAt', order: 'DESC' },
  fullText: true,
  named: { queue: ['mine', 'team', 'unassigned'] },
};

function ok(r: ParseResult): ListQuery {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.query;
}
function issues(r: ParseResult): QueryIssue[] {
  if (r.ok) throw new Error(`expected issues, got ${JSON.stringify(r.query)}`);
  return r.issues;
}
const filter = (f: unknown) => ({ filter: JSON.stringify(f) });
const conditions = (f: unknown, s: ResourceQuerySpec = spec) => ok(parseListQuery(filter(f), s)).conditions;
const paths = (r: ParseResult) => issues(r).map((i) => i.path);

describe('parseListQuery: defaults', () => {
  it('uses defaultSort, offset 0 and limit 25 when nothing is given', () => {
    expect(ok(parseListQuery({}, spec))).toEqual({
      conditions: [],
      named: {},
      sort: { field: 'receivedAt', order: 'DESC' },
      offset: 0,
      limit: 25,
    });
  });

  it('treats null, empty strings and JSON null as absent', () => {
    const q = ok(parseListQuery({ sort: '', range: '  ', filter: 'null' }, spec));
    expect(q.sort).toEqual({ field: 'receivedAt', order: 'DESC' });
    expect(q).toMatchObject({ offset: 0, limit: 25, conditions: [] });
    expect(ok(parseListQuery({ sort: null, range: null, filter: null }, spec)).limit).toBe(25);
  });

  it('caps the default page at a smaller maxPageSize', () => {
    expect(ok(parseListQuery({}, { ...spec, maxPageSize: 10 })).limit).toBe(10);
  });

  it('returns no q when the term is absent', () => {
    expect(ok(parseListQuery({}, spec)).q).toBeUndefined();
  });
});

describe('parseListQuery: sort', () => {
  it('accepts a whitelisted field and normalizes the order', () => {
    expect(ok(parseListQuery({ sort: '["priority","asc"]' }, spec)).sort).toEqual({ field: 'priority', order: 'ASC' });
    expect(ok(parseListQuery({ sort: '["id","Desc"]' }, spec)).sort).toEqual({ field: 'id', order: 'DESC' });
  });

  it('accepts an already-parsed array', () => {
    expect(ok(parseListQuery({ sort: ['priority', 'DESC'] }, spec)).sort).toEqual({ field: 'priority', order: 'DESC' });
  });

  it('rejects a field outside the whitelist, naming the allowed fields', () => {
    const is = issues(parseListQuery({ sort: '["subject","ASC"]' }, spec));
    expect(is).toEqual([{ path: 'sort[0]', message: expect.stringContaining('id, receivedAt, priority') }]);
  });

  it('rejects a non-string field', () => {
    expect(paths(parseListQuery({ sort: [1, 'ASC'] }, spec))).toEqual(['sort[0]']);
  });

  it('rejects a bad order', () => {
    expect(paths(parseListQuery({ sort: '["id","UP"]' }, spec))).toEqual(['sort[1]']);
    expect(paths(parseListQuery({ sort: ['id', 1] }, spec))).toEqual(['sort[1]']);
  });

  it('reports both a bad field and a bad order', () => {
    expect(paths(parseListQuery({ sort: '["nope","sideways"]' }, spec))).toEqual(['sort[0]', 'sort[1]']);
  });

  it('rejects shapes other than [field, order]', () => {
    for (const sort of ['"id"', '["id"]', '["id","ASC","x"]', '{"field":"id"}', 3]) {
      expect(issues(parseListQuery({ sort }, spec))).toEqual([{ path: 'sort', message: expect.any(String) }]);
    }
  });

  it('rejects invalid JSON', () => {
    expect(issues(parseListQuery({ sort: 'receivedAt' }, spec))).toEqual([{ path: 'sort', message: 'sort is not valid JSON' }]);
  });

  it('does not let inherited names through the whitelist', () => {
    expect(paths(parseListQuery({ sort: ['constructor', 'ASC'] }, spec))).toEqual(['sort[0]']);
  });
});

describe('parseListQuery: range', () => {
  it('turns [a, b] inclusive into offset/limit', () => {
    expect(ok(parseListQuery({ range: '[0,24]' }, spec))).toMatchObject({ offset: 0, limit: 25 });
    expect(ok(parseListQuery({ range: '[50,59]' }, spec))).toMatchObject({ offset: 50, limit: 10 });
    expect(ok(parseListQuery({ range: '[7,7]' }, spec))).toMatchObject({ offset: 7, limit: 1 });
  });

  it('accepts qs-style string bounds', () => {
    expect(ok(parseListQuery({ range: ['10', '19'] }, spec))).toMatchObject({ offset: 10, limit: 10 });
  });

  it('enforces the default maxPageSize of 100', () => {
    expect(ok(parseListQuery({ range: '[0,99]' }, spec)).limit).toBe(100);
    expect(issues(parseListQuery({ range: '[0,100]' }, spec))).toEqual([{ path: 'range', message: expect.stringContaining('100') }]);
  });

  it('enforces a custom maxPageSize', () => {
    const small = { ...spec, maxPageSize: 5 };
    expect(ok(parseListQuery({ range: '[5,9]' }, small))).toMatchObject({ offset: 5, limit: 5 });
    expect(paths(parseListQuery({ range: '[5,10]' }, small))).toEqual(['range']);
    const big = { ...spec, maxPageSize: 500 };
    expect(ok(parseListQuery({ range: '[0,499]' }, big)).limit).toBe(500);
  });

  it('rejects bad ranges', () => {
    for (const range of ['[5,4]', '[-1,3]', '[0.5,3]', '[0]', '[0,1,2]', '{"a":0}', '"0-24"', '[0,"x"]', '[null,3]', ['-1', '3'], 7]) {
      expect(paths(parseListQuery({ range }, spec))).toEqual(['range']);
    }
  });

  it('rejects invalid JSON', () => {
    expect(issues(parseListQuery({ range: '[0,24' }, spec))).toEqual([{ path: 'range', message: 'range is not valid JSON' }]);
  });
});

describe('parseListQuery: filter operators', () => {
  it('documents one operator per suffix', () => {
    expect(OPERATOR_SUFFIXES).toEqual({
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
  });

  it('bare scalar → eq', () => {
    expect(conditions({ status: 'closed' })).toEqual([{ field: 'status', op: 'eq', value: 'closed' }]);
  });

  it('bare array → in (getMany)', () => {
    expect(conditions({ id: ['a1', 'b2', 3] })).toEqual([{ field: 'id', op: 'in', value: ['a1', 'b2', '3'] }]);
  });

  it('_ne', () => {
    expect(conditions({ status_ne: 'closed' })).toEqual([{ field: 'status', op: 'ne', value: 'closed' }]);
  });

  it('_gt, _gte, _lt, _lte on numbers and dates', () => {
    expect(conditions({ priority_gt: 1, priority_gte: '2', priority_lt: 9.5, priority_lte: '1e1' })).toEqual([
      { field: 'priority', op: 'gt', value: 1 },
      { field: 'priority', op: 'gte', value: 2 },
      { field: 'priority', op: 'lt', value: 9.5 },
      { field: 'priority', op: 'lte', value: 10 },
    ]);
    expect(conditions({ receivedAt_gte: '2024-01-01', receivedAt_lt: '2024-02-01T00:00:00Z' })).toEqual([
      { field: 'receivedAt', op: 'gte', value: '2024-01-01T00:00:00.000Z' },
      { field: 'receivedAt', op: 'lt', value: '2024-02-01T00:00:00.000Z' },
    ]);
  });

  it('_in and _nin', () => {
    expect(conditions({ status_in: ['received', 'closed'], priority_nin: [1, '2'] })).toEqual([
      { field: 'status', op: 'in', value: ['received', 'closed'] },
      { field: 'priority', op: 'nin', value: [1, 2] },
    ]);
  });

  it('_contains on string and text', () => {
    expect(conditions({ subject_contains: 'Refund', description_contains: 'late' })).toEqual([
      { field: 'subject', op: 'contains', value: 'Refund' },
      { field: 'description', op: 'contains', value: 'late' },
    ]);
  });

  it('_null true → null, false → notNull', () => {
    expect(conditions({ assignee_null: true })).toEqual([{ field: 'assignee', op: 'null', value: true }]);
    expect(conditions({ assignee_null: false })).toEqual([{ field: 'assignee', op: 'notNull', value: true }]);
    expect(conditions({ assignee_null: 'true', subject_null: 'false' })).toEqual([
      { field: 'assignee', op: 'null', value: true },
      { field: 'subject', op: 'notNull', value: true },
    ]);
  });

  it('ANDs several conditions in key order', () => {
    expect(conditions({ status: 'received', priority_gte: 3, escalated: true })).toEqual([
      { field: 'status', op: 'eq', value: 'received' },
      { field: 'priority', op: 'gte', value: 3 },
      { field: 'escalated', op: 'eq', value: true },
    ]);
  });

  it('getManyReference style: target field plus sort and range', () => {
    const q = ok(parseListQuery({ filter: '{"assignee":42}', sort: '["priority","DESC"]', range: '[0,9]' }, spec));
    expect(q).toEqual({
      conditions: [{ field: 'assignee', op: 'eq', value: '42' }],
      named: {},
      sort: { field: 'priority', order: 'DESC' },
      offset: 0,
      limit: 10,
    });
  });

  it('accepts an already-parsed (qs) filter object', () => {
    const q = ok(parseListQuery({ filter: { priority_gte: '3', escalated: 'false', id: ['1', '2'] } }, spec));
    expect(q.conditions).toEqual([
      { field: 'priority', op: 'gte', value: 3 },
      { field: 'escalated', op: 'eq', value: false },
      { field: 'id', op: 'in', value: ['1', '2'] },
    ]);
  });

  it('splits on the last underscore only for known suffixes', () => {
    const s: ResourceQuerySpec = { ...spec, filters: { ...spec.filters, ext_ref: { type: 'string' } } };
    expect(conditions({ ext_ref: 'x' }, s)).toEqual([{ field: 'ext_ref', op: 'eq', value: 'x' }]);
    expect(conditions({ ext_ref_ne: 'x' }, s)).toEqual([{ field: 'ext_ref', op: 'ne', value: 'x' }]);
    expect(issues(parseListQuery(filter({ status_eq: 'closed' }), spec))).toEqual([
      { path: 'filter.status_eq', message: expect.stringContaining('unknown filter field') },
    ]);
  });

  it("allows 'id' always, and honours an explicit 'id' spec", () => {
    expect(conditions({ id: 'abc' })).toEqual([{ field: 'id', op: 'eq', value: 'abc' }]);
    const numericIds: ResourceQuerySpec = { ...spec, filters: { id: { type: 'number' } } };
    expect(conditions({ id_gt: '5' }, numericIds)).toEqual([{ field: 'id', op: 'gt', value: 5 }]);
  });
});

describe('parseListQuery: coercions', () => {
  it('number: finite numbers and numeric strings', () => {
    expect(conditions({ priority: ' 3 ' })).toEqual([{ field: 'priority', op: 'eq', value: 3 }]);
    expect(conditions({ priority: '-0.5' })).toEqual([{ field: 'priority', op: 'eq', value: -0.5 }]);
    for (const bad of ['', ' ', 'abc', '0x10', 'Infinity', 'NaN', '1e999', true, [], {}]) {
      const r = parseListQuery(filter({ priority_ne: bad }), spec);
      expect(paths(r)).toEqual(['filter.priority_ne']);
    }
  });

  it('boolean: true/false and their strings', () => {
    expect(conditions({ escalated: 'true' })).toEqual([{ field: 'escalated', op: 'eq', value: true }]);
    expect(conditions({ escalated: false })).toEqual([{ field: 'escalated', op: 'eq', value: false }]);
    for (const bad of ['yes', 1, 0, 'TRUE']) expect(paths(parseListQuery(filter({ escalated: bad }), spec))).toEqual(['filter.escalated']);
  });

  it('date: ISO 8601 normalized to a UTC ISO string', () => {
    const d = (v: string) => conditions({ receivedAt: v })[0].value;
    expect(d('2024-03-05')).toBe('2024-03-05T00:00:00.000Z');
    expect(d('2024-03-05T10:20')).toBe('2024-03-05T10:20:00.000Z');
    expect(d('2024-03-05T10:20:30.5Z')).toBe('2024-03-05T10:20:30.500Z');
    expect(d('2024-03-05T10:20:30.123456Z')).toBe('2024-03-05T10:20:30.123Z');
    expect(d('2024-03-05T10:20:30+03:30')).toBe('2024-03-05T06:50:30.000Z');
    expect(d('2024-03-05T01:00:00-0200')).toBe('2024-03-05T03:00:00.000Z');
    expect(d('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    for (const bad of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-01-01T24:00', '2024-01-01T10:60', '05/03/2024', 'yesterday', '2024-1-5', 1709251200000]) {
      expect(issues(parseListQuery(filter({ receivedAt: bad }), spec))).toEqual([
        { path: 'filter.receivedAt', message: expect.stringContaining('ISO 8601') },
      ]);
    }
  });

  it('id: strings, and integers as strings', () => {
    expect(conditions({ assignee: 7 })).toEqual([{ field: 'assignee', op: 'eq', value: '7' }]);
    expect(conditions({ assignee: 'doc_9x' })).toEqual([{ field: 'assignee', op: 'eq', value: 'doc_9x' }]);
    for (const bad of ['', 1.5, true]) expect(paths(parseListQuery(filter({ assignee: bad }), spec))).toEqual(['filter.assignee']);
  });

  it('string/text: strings only', () => {
    expect(conditions({ subject: '' })).toEqual([{ field: 'subject', op: 'eq', value: '' }]);
    expect(paths(parseListQuery(filter({ subject: 12, description_ne: false }), spec))).toEqual(['filter.subject', 'filter.description_ne']);
  });

  it('enum: one of the values', () => {
    const is = issues(parseListQuery(filter({ status: 'lost' }), spec));
    expect(is).toEqual([{ path: 'filter.status', message: 'expected one of: received, in_progress, closed' }]);
  });

  it('null as a plain value points to the _null suffix', () => {
    expect(issues(parseListQuery(filter({ assignee: null }), spec))).toEqual([
      { path: 'filter.assignee', message: expect.stringContaining('_null') },
    ]);
  });
});

describe('parseListQuery: q and named filters', () => {
  it('q is trimmed, and ignored when empty', () => {
    expect(ok(parseListQuery(filter({ q: '  late refund ' }), spec)).q).toBe('late refund');
    expect(ok(parseListQuery(filter({ q: '   ' }), spec)).q).toBeUndefined();
  });

  it('q must be a string', () => {
    expect(paths(parseListQuery(filter({ q: 5 }), spec))).toEqual(['filter.q']);
  });

  it('q is rejected when the resource has no full-text search', () => {
    const noFts = { ...spec, fullText: false };
    expect(issues(parseListQuery(filter({ q: 'x' }), noFts))).toEqual([{ path: 'filter.q', message: expect.stringContaining('full-text') }]);
    const { fullText: _unused, ...unset } = spec;
    expect(paths(parseListQuery(filter({ q: 'x' }), unset))).toEqual(['filter.q']);
  });

  it('named filters pass through allowed values', () => {
    const q = ok(parseListQuery(filter({ queue: 'mine', status: 'received' }), spec));
    expect(q.named).toEqual({ queue: 'mine' });
    expect(q.conditions).toEqual([{ field: 'status', op: 'eq', value: 'received' }]);
  });

  it('named filters reject other values and types', () => {
    expect(issues(parseListQuery(filter({ queue: 'everyone' }), spec))).toEqual([
      { path: 'filter.queue', message: 'expected one of: mine, team, unassigned' },
    ]);
    expect(paths(parseListQuery(filter({ queue: ['mine'] }), spec))).toEqual(['filter.queue']);
  });

  it('a named filter key is unknown when the spec has no named filters', () => {
    const { named: _unused, ...plain } = spec;
    expect(paths(parseListQuery(filter({ queue: 'mine' }), plain))).toEqual(['filter.queue']);
  });
});

describe('parseListQuery: filter errors', () => {
  it('rejects unknown fields, naming the allowed keys', () => {
    const is = issues(parseListQuery(filter({ secret: 1 }), spec));
    expect(is).toEqual([
      {
        path: 'filter.secret',
        message: 'unknown filter field; allowed: id, status, subject, description, priority, escalated, receivedAt, assignee, q, queue',
      },
    ]);
  });

  it('treats __proto__ and constructor as unknown fields', () => {
    const r = parseListQuery({ filter: '{"__proto__":{"polluted":true},"constructor":"x","toString_ne":"y"}' }, spec);
    expect(paths(r)).toEqual(['filter.__proto__', 'filter.constructor', 'filter.toString_ne']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a filter that is not an object', () => {
    for (const f of ['42', '"status"', '[1,2]', 'true', [{ id: 1 }], 7]) {
      expect(issues(parseListQuery({ filter: f }, spec))).toEqual([{ path: 'filter', message: 'filter must be a JSON object' }]);
    }
  });

  it('rejects invalid JSON', () => {
    expect(issues(parseListQuery({ filter: '{status:1}' }, spec))).toEqual([{ path: 'filter', message: 'filter is not valid JSON' }]);
  });

  it('range operators only on number and date fields', () => {
    const r = parseListQuery(filter({ subject_gt: 'a', status_lte: 'closed', escalated_gte: true, assignee_lt: '3' }), spec);
    expect(issues(r)).toEqual([
      { path: 'filter.subject_gt', message: 'operator "gt" applies only to number and date fields' },
      { path: 'filter.status_lte', message: 'operator "lte" applies only to number and date fields' },
      { path: 'filter.escalated_gte', message: 'operator "gte" applies only to number and date fields' },
      { path: 'filter.assignee_lt', message: 'operator "lt" applies only to number and date fields' },
    ]);
  });

  it('contains only on string and text fields, with a non-empty string', () => {
    expect(paths(parseListQuery(filter({ status_contains: 'rec', priority_contains: '1' }), spec))).toEqual([
      'filter.status_contains',
      'filter.priority_contains',
    ]);
    expect(paths(parseListQuery(filter({ subject_contains: '', description_contains: 3 }), spec))).toEqual([
      'filter.subject_contains',
      'filter.description_contains',
    ]);
  });

  it('_null requires a boolean', () => {
    expect(paths(parseListQuery(filter({ assignee_null: 1 }), spec))).toEqual(['filter.assignee_null']);
  });

  it('in/nin need a non-empty array of at most 1000 items', () => {
    expect(paths(parseListQuery(filter({ status_in: [] }), spec))).toEqual(['filter.status_in']);
    expect(paths(parseListQuery(filter({ status_nin: 'closed' }), spec))).toEqual(['filter.status_nin']);
    expect(paths(parseListQuery(filter({ id: [] }), spec))).toEqual(['filter.id']);
    const many = Array.from({ length: 1000 }, (_, i) => String(i));
    expect(conditions({ id: many })[0].value).toHaveLength(1000);
    expect(paths(parseListQuery(filter({ id: [...many, 'x'] }), spec))).toEqual(['filter.id']);
  });

  it('validates every list item and reports each bad one by index', () => {
    const r = parseListQuery(filter({ status_in: ['received', 'lost', 'closed', 'gone'], id: ['a', null, { x: 1 }] }), spec);
    expect(paths(r)).toEqual(['filter.status_in[1]', 'filter.status_in[3]', 'filter.id[1]', 'filter.id[2]']);
  });

  it('comparison operators want a single value', () => {
    expect(issues(parseListQuery(filter({ status_ne: ['closed'] }), spec))).toEqual([
      { path: 'filter.status_ne', message: 'expected a single value' },
    ]);
  });

  it('collects issues from every parameter at once', () => {
    const r = parseListQuery(
      { sort: '["subject","ASC"]', range: '[10,5]', filter: JSON.stringify({ nope: 1, priority_gt: 'high', queue: 'all', q: 1 }) },
      spec,
    );
    expect(paths(r)).toEqual(['sort[0]', 'range', 'filter.nope', 'filter.priority_gt', 'filter.queue', 'filter.q']);
  });

  it('collects invalid-JSON issues for every parameter', () => {
    expect(paths(parseListQuery({ sort: '[', range: '[', filter: '{' }, spec))).toEqual(['sort', 'range', 'filter']);
  });
});

describe('contentRange', () => {
  it('names the slice and the total', () => {
    expect(contentRange('complaints', 0, 25, 319)).toBe('complaints 0-24/319');
    expect(contentRange('complaints', 300, 19, 319)).toBe('complaints 300-318/319');
    expect(contentRange('complaints', 5, 1, 6)).toBe('complaints 5-5/6');
  });

  it('uses the RFC 7233 form for an empty page', () => {
    expect(contentRange('complaints', 0, 0, 0)).toBe('complaints */0');
    expect(contentRange('complaints', 400, 0, 319)).toBe('complaints */319');
  });

  it('always ends in /total (what ra-data-simple-rest reads)', () => {
    for (const [o, c, t] of [[0, 10, 10], [0, 0, 7], [20, 5, 25]]) {
      expect(Number(contentRange('x', o, c, t).split('/').pop())).toBe(t);
    }
  });

  it('rejects negative or fractional numbers', () => {
    expect(() => contentRange('x', -1, 1, 1)).toThrow(RangeError);
    expect(() => contentRange('x', 0, 1.5, 1)).toThrow(RangeError);
    expect(() => contentRange('x', 0, 1, Number.NaN)).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('round-trips any valid range into offset/limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(1_000_000), fc.nat(), (maxPageSize, a, n) => {
        const b = a + (n % maxPageSize);
        for (const range of [JSON.stringify([a, b]), [a, b], [String(a), String(b)]]) {
          const q = ok(parseListQuery({ range }, { ...spec, maxPageSize }));
          expect(q.offset).toBe(a);
          expect(q.limit).toBe(b - a + 1);
          expect([q.offset, q.offset + q.limit - 1]).toEqual([a, b]);
        }
      }),
    );
  });

  it('never throws on arbitrary JSON in any parameter', () => {
    const param = fc.oneof(fc.jsonValue(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.string(), fc.constant(undefined));
    fc.assert(
      fc.property(param, param, param, (sort, range, filter) => {
        const r = parseListQuery({ sort, range, filter }, spec);
        if (r.ok) {
          expect(r.query.limit).toBeGreaterThan(0);
          expect(r.query.limit).toBeLessThanOrEqual(100);
        } else {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(i.path).toMatch(/^(sort|range|filter)\b/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary objects as the filter', () => {
    const key = fc.oneof(
      fc.constantFrom('id', 'q', 'queue', 'status', 'priority', 'receivedAt', 'assignee', 'subject', '__proto__', 'constructor'),
      fc.string(),
    );
    const suffix = fc.constantFrom('', ...Object.keys(OPERATOR_SUFFIXES), '_eq', '_');
    const entry = fc.tuple(key, suffix, fc.jsonValue());
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const f = Object.fromEntries(entries.map(([k, s, v]) => [k + s, v]));
        const r = parseListQuery({ filter: JSON.stringify(f) }, spec);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('personal data the caller may not see', () => {
  const masked: ResourceQuerySpec = { ...spec, filters: { ...spec.filters, externalRef: { type: 'string' } }, sorts: [...spec.sorts, 'externalRef'], personal: ['externalRef', 'name'] };
  const refused = (r: ParseResult) => issues(r).map((i) => [i.path, /personal data/.test(i.message)]);

  it.each([
    ['a filter on a personal field', { externalRef: 'C-1' }, 'filter.externalRef'],
    ['with an operator suffix', { externalRef_contains: 'C-' }, 'filter.externalRef_contains'],
    ['with the null suffix', { externalRef_null: false }, 'filter.externalRef_null'],
    ['a personal field the resource does not filter at all', { name: 'Zoltan' }, 'filter.name'],
    ['a list of values', { name_in: ['a', 'b'] }, 'filter.name_in'],
  ])('refuses %s, naming the field', (_label, f, path) => {
    expect(refused(parseListQuery(filter(f), masked))).toEqual([[path, true]]);
  });

  it('refuses a sort on a personal field', () => {
    expect(refused(parseListQuery({ sort: '["externalRef","ASC"]' }, masked))).toEqual([['sort[0]', true]]);
  });

  it('accepts the same filter and sort for a caller who sees personal data', () => {
    const { personal: _p, ...open } = masked;
    expect(ok(parseListQuery({ sort: '["externalRef","ASC"]', ...filter({ externalRef: 'C-1' }) }, open)).conditions).toEqual([{ field: 'externalRef', op: 'eq', value: 'C-1' }]);
  });

  it('still accepts the other filters', () => {
    expect(conditions({ status: 'closed' }, masked)).toEqual([{ field: 'status', op: 'eq', value: 'closed' }]);
  });
});
