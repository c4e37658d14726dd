/**
 * The arithmetic of the reports: the Pareto's order and shares, plain shares, and the category
 * tree's subtree and regulator classes. Framework-free.
 */
import { REGULATOR_CLASSES, type RegulatorClass } from '../../../../shared/reports';

/**
 * The Pareto of counted items: most first (ties by `key`, so the order is stable), each with its
 * share of the total and the cumulative share down to it. The cumulative share is the running
 * count over the total (not a sum of rounded shares), so the last row is exactly 1. Items with no
 * count are left out.
 */
export function pareto<T extends { count: number }>(items: readonly T[], key: (item: T) => string): Array<T & { share: number; cumulativeShare: number }> {
  const counted = items.filter((i) => i.count > 0);
  const total = counted.reduce((s, i) => s + i.count, 0);
  const sorted = [...counted].sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  let running = 0;
  return sorted.map((i) => {
    running += i.count;
    return { ...i, share: i.count / total, cumulativeShare: running / total };
  });
}

/** `part / whole`, or null when the whole is zero. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A category and its descendants (the category's own id first); a loop stored in the tree ends the walk. */
export function categorySubtree(rootId: string, parentOf: ReadonlyMap<string, string | null>): string[] {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parentOf) if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []).slice().reverse());
  }
  return out;
}

const isRegulatorClass = (v: unknown): v is RegulatorClass => typeof v === 'string' && (REGULATOR_CLASSES as readonly string[]).includes(v);

/**
 * A category's regulator class: its own, else its nearest ancestor's, else null (unmapped). A loop
 * stored in the tree ends the walk.
 */
export function effectiveRegulatorClass(id: string, parentOf: ReadonlyMap<string, string | null>, classOf: ReadonlyMap<string, string | null>): RegulatorClass | null {
  const seen = new Set<string>();
  for (let at: string | null | undefined = id; at && !seen.has(at); at = parentOf.get(at)) {
    seen.add(at);
    const own = classOf.get(at);
    if (isRegulatorClass(own)) return own;
  }
  return null;
}

/**
 * The regulator report's rows from counts per category: one per class in REGULATOR_CLASSES order
 * (zeros included), then the unmapped row (`null`) when it is not empty; shares over all of them.
 */
export function regulatorRows(
  countsByCategory: ReadonlyArray<{ categoryId: string | null; count: number }>,
  parentOf: ReadonlyMap<string, string | null>,
  classOf: ReadonlyMap<string, string | null>,
): Array<{ regulatorClass: RegulatorClass | null; count: number; share: number }> {
  const counts = new Map<RegulatorClass | null, number>();
  let total = 0;
  for (const { categoryId, count } of countsByCategory) {
    const cls = categoryId ? effectiveRegulatorClass(categoryId, parentOf, classOf) : null;
    counts.set(cls, (counts.get(cls) ?? 0) + count);
    total += count;
  }
  const keys: Array<RegulatorClass | null> = [...REGULATOR_CLASSES, ...((counts.get(null) ?? 0) > 0 ? [null] : [])];
  return keys.map((k) => ({ regulatorClass: k, count: counts.get(k) ?? 0, share: shareOf(counts.get(k) ?? 0, total) ?? 0 }));
}
