/**
 * Limits on what a request may carry, whatever the route:
 * - no value nested deeper than MAX_JSON_DEPTH: Strapi's validators and JSON.stringify walk values
 *   recursively, and a body nested thousands of levels deep overflows the stack (a 500);
 * - no NUL character in any string: PostgreSQL cannot store or compare one (it fails the statement),
 *   and SQLite would keep what PostgreSQL refuses; both databases answer the same 400 instead.
 * Both walks are iterative, so that measuring cannot overflow the stack itself.
 */
export const MAX_JSON_DEPTH = 32;

/** True when `value` has objects or arrays nested more than `max` levels deep (a scalar is depth 0). */
export function nestedDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The path of the first string (value or key) holding a NUL character, or null when there is none. */
export function nulPath(value: unknown): string[] | null {
  const stack: Array<[unknown, string[]]> = [[value, []]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    for (const [k, child] of Object.entries(v)) {
      if (k.includes('\u0000')) return [...path, k];
      stack.push([child, [...path, k]]);
    }
  }
  return null;
}
