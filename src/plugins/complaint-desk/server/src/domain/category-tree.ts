/**
 * The category tree stays a tree: a category cannot be its own parent, nor the child of one of its
 * descendants (the parent walk of registration and recourse texts would loop). Framework-free.
 */

/**
 * Why `parentId` cannot be the parent of `id`, or null. `parentOf` gives each category's current
 * parent (the one being written included: its own current parent is irrelevant).
 */
export function parentIssue(id: string | null, parentId: string | null, parentOf: ReadonlyMap<string, string | null>): string | null {
  if (!parentId || !id) return null;
  if (parentId === id) return 'a category cannot be its own parent';
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === id) return 'a category cannot be the child of one of its descendants';
    if (seen.has(at)) return null; // a loop already stored above: not this write's doing
    seen.add(at);
  }
  return null;
}
