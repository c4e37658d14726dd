/**
 * The list page reads PostgreSQL datetimes as text and turns them into ISO strings itself
 * (database/pg-types.ts): the result must be exactly what node-pg's own parser followed by
 * toISOString() gives.
 */
import { types } from 'pg';
import { pgUtcTimestampToIso } from '../../src/plugins/complaint-desk/server/src/database/pg-types';

const TIMESTAMPTZ = 1184;
const viaNodePg = (text: string): string => (types.getTypeParser(TIMESTAMPTZ, 'text') as (t: string) => Date)(`${text}+00`).toISOString();

describe('pgUtcTimestampToIso', () => {
  it('gives what node-pg and toISOString give, fractions cut to milliseconds the same way', () => {
    const texts = [
      '2026-11-30 14:27:21',
      '2026-11-30 14:27:21.8',
      '2026-11-30 14:27:21.81',
      '2026-11-30 14:27:21.813',
      '2026-11-30 14:27:21.8139',
      '2026-11-30 14:27:21.999999',
      '2026-01-01 00:00:00.29',
      '2026-01-01 00:00:00.001',
      '2026-01-01 00:00:00.000001',
      '2024-02-29 23:59:59.57',
      '1970-01-01 00:00:00',
      '0100-03-01 12:00:00.5',
      '9999-12-31 23:59:59.999999',
    ];
    // Every 3-digit fraction and a spread of 6-digit ones.
    for (let ms = 0; ms < 1000; ms++) texts.push(`2026-06-15 08:30:00.${String(ms).padStart(3, '0').replace(/0+$/, '') || '0'}`);
    for (let us = 7; us < 1_000_000; us += 997) texts.push(`2025-10-26 01:59:59.${String(us).padStart(6, '0').replace(/0+$/, '')}`);
    for (const text of texts) expect([text, pgUtcTimestampToIso(text)]).toEqual([text, viaNodePg(text)]);
  });

  it('leaves to node-pg what it does not read plainly', () => {
    for (const text of ['infinity', '-infinity', '0099-01-01 00:00:00', '2026-01-01 00:00:00 BC', '12026-01-01 00:00:00', '2026-01-01 00:00:00+03:30', '2026-01-01', '2026-01-01T00:00:00'])
      expect(pgUtcTimestampToIso(text)).toBeUndefined();
  });
});
