/**
 * The complaint list's pure SQL helpers (database/): the queues' meaning and their SQL form, the
 * row mapper, the list's columns and the prepared-statement namer.
 */
import { QUEUE_NAMES, QUEUES, ROW_QUEUE_NAMES, isQueueName } from '../../src/plugins/complaint-desk/server/src/domain/queues';
import { rowQueuePredicates, slaQueuePredicates } from '../../src/plugins/complaint-desk/server/src/database/queues';
import { columnMapper, LIST_UNUSED, listColumns } from '../../src/plugins/complaint-desk/server/src/database/row-mapper';
import { createPreparedNamer } from '../../src/plugins/complaint-desk/server/src/database/prepared';
import { metadataStub } from '../helpers/metadata-stub';

const strapiStub = metadataStub('sqlite');

describe('queues', () => {
  it('defines every named queue once, and the row queues among them', () => {
    expect(Object.keys(QUEUES).sort()).toEqual([...QUEUE_NAMES].sort());
    for (const name of ROW_QUEUE_NAMES) expect(QUEUES[name].perCaller).toBe(false);
  });

  it.each([
    ['mine', true],
    ['at_risk', true],
    ['awaiting_customer', true],
    ['overdue', false],
    [1, false],
    [undefined, false],
  ])('isQueueName(%p) = %p', (name, expected) => {
    expect(isQueueName(name)).toBe(expected);
  });

  it('gives each row queue one predicate, open-only as the queue is defined', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const predicates = rowQueuePredicates(strapiStub, now);
    expect(Object.keys(predicates)).toEqual([...ROW_QUEUE_NAMES]);
    for (const name of ROW_QUEUE_NAMES) {
      const p = predicates[name];
      expect(p.open).toBe(QUEUES[name].openOnly);
      expect(p.sql.split('?').length - 1).toBe(p.bindings.length);
    }
  });

  it.each([
    ['at_risk', 'c.sla_paused_at is null and c.sla_at_risk_at <= ? and c.sla_due_at > ?', 2],
    ['breached', 'c.sla_paused_at is null and c.sla_due_at <= ?', 1],
  ] as const)('%s as SQL: %s', (name, sql, n) => {
    const now = 1_764_583_200_000;
    expect(slaQueuePredicates(strapiStub, now)[name]).toEqual({ open: true, sql, bindings: Array(n).fill(now) });
  });
});

describe('row mapper', () => {
  const meta = {
    columnToAttribute: { id: 'id', document_id: 'documentId', sla_due_at: 'slaDueAt', value_tier: 'valueTier', amount: 'amount', is_mass: 'isMass', payload: 'payload', pin_hash: 'pinHash', big: 'big' },
    attributes: {
      id: { type: 'increments' },
      documentId: { type: 'string' },
      slaDueAt: { type: 'datetime' },
      valueTier: { type: 'integer' },
      amount: { type: 'decimal' },
      isMass: { type: 'boolean' },
      payload: { type: 'json' },
      pinHash: { type: 'string' },
      big: { type: 'biginteger' },
    },
  };

  it.each([
    ['a datetime from epoch ms (SQLite)', { sla_due_at: 1764583200000 }, { slaDueAt: '2025-12-01T10:00:00.000Z' }],
    ['a datetime from a Date (PostgreSQL)', { sla_due_at: new Date('2025-12-01T10:00:00Z') }, { slaDueAt: '2025-12-01T10:00:00.000Z' }],
    ['numbers from text', { value_tier: '3', amount: '12.50' }, { valueTier: 3, amount: 12.5 }],
    ['booleans from 0/1', { is_mass: 1 }, { isMass: true }],
    ['JSON stored as text', { payload: '{"a":1}' }, { payload: { a: 1 } }],
    ['big integers as strings', { big: 12n }, { big: '12' }],
    ['nulls kept, unknown columns dropped', { document_id: null, other: 1 }, { documentId: null }],
  ])('maps %s', (_name, row, expected) => {
    expect(columnMapper(meta)(row)).toEqual(expected);
  });

  it('keeps ISO strings as they are when the driver already made them', () => {
    expect(columnMapper(meta, { isoDatetimes: true })({ sla_due_at: '2025-12-01T10:00:00.000Z' })).toEqual({ slaDueAt: '2025-12-01T10:00:00.000Z' });
  });

  it('selects the id first and leaves out what a list record never reads', () => {
    const cols = listColumns(meta);
    expect(cols[0]).toBe('id');
    expect(cols).not.toContain('pin_hash');
    expect(LIST_UNUSED.has('pinHash')).toBe(true);
    expect(cols).toEqual(['id', 'document_id', 'sla_due_at', 'value_tier', 'amount', 'is_mass', 'payload', 'big']);
  });
});

describe('prepared statement names', () => {
  it.each([
    ['a text seen once', ['a'], [undefined]],
    ['a text from its second run on', ['a', 'a', 'a'], [undefined, 'x', 'x']],
    ['two texts, two names', ['a', 'a', 'b', 'b'], [undefined, 'x', undefined, 'y']],
  ])('%s', (_name, texts, expected) => {
    const name = createPreparedNamer('cd_page_', 16);
    const got = texts.map((t) => name(t));
    // Names are hashes: compare which runs are named, and that equal texts share a name.
    expect(got.map((g) => (g === undefined ? undefined : g.startsWith('cd_page_')))).toEqual(expected.map((e) => (e === undefined ? undefined : true)));
    const byText = new Map<string, string | undefined>();
    texts.forEach((t, i) => got[i] && (byText.has(t) ? expect(byText.get(t)).toBe(got[i]) : byText.set(t, got[i])));
  });

  it('names at most `max` texts', () => {
    const name = createPreparedNamer('p_', 2);
    for (const t of ['a', 'b', 'c']) name(t);
    expect(['a', 'b', 'c'].map((t) => name(t) !== undefined)).toEqual([true, true, false]);
  });
});
