/**
 * The one-time clean-ups of obsolete schema objects (database/schema/obsolete-indexes.ts): they run
 * once per database, recorded as a schema version in the plugin store, and not at every boot.
 */
import {
  CLEANUP_SCHEMA_VERSION,
  dropObsoleteIndexes,
  OBSOLETE_SWEEP_INDEXES,
  SCHEMA_VERSION_KEY,
} from '../../src/plugins/complaint-desk/server/src/database/schema/obsolete-indexes';
import type { SchemaStore } from '../../src/plugins/complaint-desk/server/src/database/schema/store';

function fakeDatabase(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  const statements: string[] = [];
  const store: SchemaStore = {
    get: async (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
  };
  const knex = { raw: async (sql: string) => void statements.push(sql) };
  return { store, knex, statements, values };
}

const dropAll = (qualify: (n: string) => string) => OBSOLETE_SWEEP_INDEXES.map((n) => `drop index if exists ${qualify(n)}`);

describe('dropObsoleteIndexes', () => {
  it.each([
    ['a database with no schema version', {}, true],
    ['a database at version 0', { [SCHEMA_VERSION_KEY]: 0 }, true],
    ['a database already at the clean-up version', { [SCHEMA_VERSION_KEY]: CLEANUP_SCHEMA_VERSION }, false],
    ['a database past it', { [SCHEMA_VERSION_KEY]: CLEANUP_SCHEMA_VERSION + 1 }, false],
  ])('%s: drops = %s', async (_name, initial, drops) => {
    const db = fakeDatabase(initial);
    expect(await dropObsoleteIndexes(db.knex, db.store, (n) => n)).toEqual({ dropped: drops });
    expect(db.statements).toEqual(drops ? dropAll((n) => n) : []);
    expect(Number(db.values.get(SCHEMA_VERSION_KEY))).toBeGreaterThanOrEqual(CLEANUP_SCHEMA_VERSION);
  });

  it('runs once: the second boot issues no statement', async () => {
    const db = fakeDatabase();
    await dropObsoleteIndexes(db.knex, db.store, (n) => `app.${n}`);
    expect(db.statements).toEqual(dropAll((n) => `app.${n}`));
    db.statements.length = 0;
    expect(await dropObsoleteIndexes(db.knex, db.store, (n) => `app.${n}`)).toEqual({ dropped: false });
    expect(db.statements).toEqual([]);
  });

  it('keeps the version unrecorded when a drop fails, so the next boot tries again', async () => {
    const db = fakeDatabase();
    const failing = { raw: async () => Promise.reject(new Error('lock timeout')) };
    await expect(dropObsoleteIndexes(failing, db.store, (n) => n)).rejects.toThrow('lock timeout');
    expect(db.values.has(SCHEMA_VERSION_KEY)).toBe(false);
  });
});
