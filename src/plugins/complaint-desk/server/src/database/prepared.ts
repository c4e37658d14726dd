/**
 * Names for PostgreSQL prepared statements of the complaint page. Each named statement PostgreSQL
 * keeps, with its generic plan, on every pool connection that ran it, until the connection closes
 * (about 1 MB each for the page statement): so only texts that repeat are named, and few of them.
 */
import { createHash } from 'node:crypto';

/** At most this many distinct page statements run as prepared statements per process. */
export const PREPARED_MAX = 16;
/** How many texts seen once are remembered before the memory is cleared. */
const SEEN_MAX = 1000;

/**
 * A namer: the name a statement text runs under, or undefined (run it unnamed, planned on every
 * run). Named by a hash of the text, so the same text always has the same name (node-pg parses it
 * once per connection, PostgreSQL keeps its plan) and two texts never share one. A text is named
 * from its second run on, and at most `max` texts are named: filter shapes, sorts and pages
 * multiply the texts, and each named one costs memory on every connection.
 */
export function createPreparedNamer(prefix = 'cd_page_', max = PREPARED_MAX): (sql: string) => string | undefined {
  const seen = new Set<string>();
  const named = new Set<string>();
  return (sql) => {
    const name = `${prefix}${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (named.has(name)) return name;
    if (named.size >= max) return undefined;
    if (!seen.has(name)) {
      if (seen.size >= SEEN_MAX) seen.clear();
      seen.add(name);
      return undefined;
    }
    named.add(name);
    return name;
  };
}
