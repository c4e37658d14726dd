import { BULK_LINK_MAX, parseBulkLink } from '../../src/plugins/complaint-desk/server/src/domain/mass-incident-link';

it.each<[string, unknown, ReturnType<typeof parseBulkLink>]>([
  ['ids, duplicates dropped', { ids: ['a', 'b', 'a'] }, { ok: true, input: { ids: ['a', 'b'] } }],
  ['a filter', { filter: { status: 'received' } }, { ok: true, input: { filter: { status: 'received' } } }],
  ['both', { ids: ['a'], filter: { status: 'received' } }, { ok: false, issues: [{ path: 'ids', message: 'give ids or filter, not both' }] }],
  ['neither', {}, { ok: false, issues: [{ path: 'ids', message: 'give ids or filter' }] }],
  ['not an object', [], { ok: false, issues: [{ path: '', message: 'must be a JSON object with ids or filter' }] }],
  ['unknown field', { ids: ['a'], all: true }, { ok: false, issues: [{ path: 'all', message: 'unknown field' }] }],
  ['empty ids', { ids: [] }, { ok: false, issues: [{ path: 'ids', message: 'must name at least one complaint' }] }],
  ['an id not a string', { ids: ['a', 3] }, { ok: false, issues: [{ path: 'ids.1', message: 'Expected string, received number' }] }],
  ['an empty filter', { filter: {} }, { ok: false, issues: [{ path: 'filter', message: 'must not be empty: give ids to link everything you mean' }] }],
  ['a filter not an object', { filter: 'status=received' }, { ok: false, issues: [{ path: 'filter', message: 'Expected object, received string' }] }],
])('%s', (_name, body, expected) => {
  expect(parseBulkLink(body)).toEqual(expected);
});

it(`at most ${BULK_LINK_MAX} ids`, () => {
  const r = parseBulkLink({ ids: Array.from({ length: BULK_LINK_MAX + 1 }, (_, i) => `id${i}`) });
  expect(r).toEqual({ ok: false, issues: [{ path: 'ids', message: `at most ${BULK_LINK_MAX} ids` }] });
});
