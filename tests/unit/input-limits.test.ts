import { MAX_JSON_DEPTH, nestedDeeperThan, nulPath } from '../../src/plugins/complaint-desk/server/src/domain/input-limits';
import { MAX_FILTER_NUMBER, parseListQuery, type ResourceQuerySpec } from '../../src/plugins/complaint-desk/server/src/domain/rest-query';

const nest = (depth: number, arrays = false): unknown => JSON.parse(arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

describe('nestedDeeperThan', () => {
  it.each([
    ['a scalar', 'text', 0, false],
    ['null', null, 0, false],
    ['an empty object at depth 1', {}, 1, false],
    ['an empty object at depth 0', {}, 0, true],
    ['objects exactly at the bound', nest(MAX_JSON_DEPTH), MAX_JSON_DEPTH, false],
    ['objects one past the bound', nest(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH, true],
    ['arrays one past the bound', nest(MAX_JSON_DEPTH + 1, true), MAX_JSON_DEPTH, true],
    ['a wide shallow value', { a: Array.from({ length: 10000 }, (_, i) => ({ i })) }, 3, false],
    ['the deep branch among shallow ones', { a: 1, b: [1, 2], c: { d: { e: { f: [] } } } }, 3, true],
  ])('%s', (_name, value, max, deeper) => {
    expect(nestedDeeperThan(value, max)).toBe(deeper);
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    expect(nestedDeeperThan(nest(100_000, true))).toBe(true);
  });
});

describe('nulPath', () => {
  it.each([
    ['a clean value', { a: ['x', { b: 'y' }], c: 1, d: null }, null],
    ['a string', 'a\u0000b', []],
    ['a nested string', { a: [{ b: 'ok' }, { c: 'x\u0000' }] }, ['a', '1', 'c']],
    ['a key', { a: { ['k\u0000']: 1 } }, ['a', 'k\u0000']],
    ['the text \\u0000, which is no NUL', { a: '\\u0000' }, null],
  ])('%s', (_name, value, path) => {
    expect(nulPath(value)).toEqual(path);
  });
});

describe('list queries', () => {
  const spec: ResourceQuerySpec = { resource: 'things', filters: { name: { type: 'string' }, round: { type: 'number' } }, sorts: ['id'], defaultSort: { field: 'id', order: 'ASC' }, fullText: true };
  const parse = (filter: unknown) => parseListQuery({ filter: JSON.stringify(filter) }, spec);

  it('refuse a NUL character anywhere in the filter, the full-text term included', () => {
    for (const filter of [{ q: 'a\u0000b' }, { name: '\u0000' }, { name_in: ['a', 'b\u0000'] }, { id: 'x\u0000' }]) {
      const r = parse(filter);
      expect(r.ok ? [] : r.issues).toEqual([{ path: 'filter', message: 'filter must not contain NUL characters' }]);
    }
    expect(parse({ q: '\\u0000' }).ok).toBe(true);
  });

  it('refuse numbers past the 4-byte integer, which PostgreSQL cannot compare with an integer column', () => {
    for (const round of [MAX_FILTER_NUMBER, -MAX_FILTER_NUMBER, '2147483647', 0.5]) expect({ round, ok: parse({ round }).ok }).toEqual({ round, ok: true });
    for (const round of [MAX_FILTER_NUMBER + 1, 4294967296, 1e29, -1e308, '123456789012345678901234567890']) expect({ round, ok: parse({ round }).ok }).toEqual({ round, ok: false });
  });
});
