/**
 * Rows of a content type's table → its attributes, as Strapi's query engine maps them, for the
 * statements the database folder runs itself (the complaint list).
 */
import type { ModelMeta } from './model-meta';

type Convert = (v: unknown) => unknown;

/** Attribute types stored in a column of their own. */
const SCALAR_TYPES = new Set(['increments', 'password', 'email', 'string', 'uid', 'richtext', 'text', 'enumeration', 'json', 'blocks', 'biginteger', 'integer', 'float', 'decimal', 'date', 'time', 'datetime', 'timestamp', 'boolean']);

/**
 * Complaint attributes a list record never uses (toRecord, its SLA clocks and availableActions do
 * not read them): the page statement does not select their columns. Anything else is selected,
 * so an attribute added later is listed by default.
 */
export const LIST_UNUSED = new Set(['pinHash', 'queueTeamId', 'slaAtRiskAt', 'slaAtRiskFiredAt', 'slaBreachedAt', 'slaPausedMs', 'escalationState', 'publishedAt', 'createdBy', 'updatedBy', 'locale']);

/**
 * The complaint table's columns a list page selects (`id` first), from Strapi's metadata: the
 * scalar attributes' columns (relations live in link tables; `columnToAttribute` lists them too).
 */
export function listColumns(meta: Pick<ModelMeta, 'attributes' | 'columnToAttribute'>): string[] {
  const cols = Object.entries(meta.columnToAttribute)
    .filter(([col, attr]) => col !== 'id' && !LIST_UNUSED.has(attr) && SCALAR_TYPES.has(meta.attributes[attr]?.type))
    .map(([col]) => col);
  return ['id', ...cols];
}

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(v as string | number));

/**
 * A function mapping a row of a content type's table to its attributes exactly as Strapi's query
 * engine does (@strapi/database's fromRow and field types): datetimes → ISO strings, JSON parsed
 * when stored as text, big integers → strings, numbers → numbers, booleans from 0/1; columns that
 * are not attributes are dropped. `isoDatetimes`: datetimes already are ISO strings (page rows
 * read with database/pg-types.ts).
 */
export function columnMapper(meta: Pick<ModelMeta, 'attributes' | 'columnToAttribute'>, { isoDatetimes = false } = {}): (row: Record<string, unknown>) => Record<string, unknown> {
  const iso: Convert = (v) => {
    const d = toDate(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  };
  const json: Convert = (v) => {
    if (typeof v !== 'string') return v;
    try {
      const parsed = JSON.parse(v);
      return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
    } catch {
      return v;
    }
  };
  const str: Convert = (v) => String(v);
  const num: Convert = (v) => (typeof v === 'number' ? v : Number(v));
  const big: Convert = (v) => (typeof v === 'bigint' ? v.toString() : String(v));
  const bool: Convert = (v) => (typeof v === 'boolean' ? v : String(v) === '1' ? true : String(v) === '0' ? false : null);
  const same: Convert = (v) => v;
  const timestamp: Convert = (v) => {
    const d = toDate(v);
    return Number.isNaN(d.getTime()) ? null : String(d.getTime());
  };
  const BY_TYPE: Record<string, Convert> = {
    increments: same,
    password: str,
    email: str,
    string: str,
    uid: str,
    richtext: str,
    text: str,
    enumeration: str,
    json,
    blocks: json,
    biginteger: big,
    integer: num,
    float: num,
    decimal: num,
    date: same,
    time: same,
    datetime: isoDatetimes ? (v) => (typeof v === 'string' ? v : iso(v)) : iso,
    timestamp,
    boolean: bool,
  };
  const columns: Array<[column: string, attr: string, convert: Convert]> = [];
  for (const [column, attr] of Object.entries(meta.columnToAttribute)) {
    const a = meta.attributes[attr];
    if (a.type === 'relation') columns.push([column, attr, same]);
    else if (Object.prototype.hasOwnProperty.call(BY_TYPE, a.type)) columns.push([column, attr, BY_TYPE[a.type]]);
    // Media, components and dynamic zones have no column of their own (Strapi skips them too).
  }
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [column, attr, convert] of columns) {
      if (!(column in row)) continue;
      const v = row[column];
      out[attr] = v === null || v === undefined ? (v ?? null) : convert(v);
    }
    return out;
  };
}

/** A mapper cached per metadata object (Strapi replaces the object when the schema reloads). */
export function cachedMapper(getMeta: () => ModelMeta, options: { isoDatetimes?: boolean } = {}): (row: Record<string, unknown>) => Record<string, unknown> {
  let cache: { meta: ModelMeta; map: (row: Record<string, unknown>) => Record<string, unknown> } | null = null;
  return (row) => {
    const m = getMeta();
    if (!cache || cache.meta !== m) cache = { meta: m, map: columnMapper(m, options) };
    return cache.map(row);
  };
}
