/**
 * The audit trail of a plain edit: each changed field with its old and new value, as the `update`
 * event's payload `{changes: {field: {from, to}}}`. Values compare by their JSON form, so an
 * unchanged object or a number sent again is no change. Framework-free.
 */

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `next` whose value differs from `before` (missing counts as null). */
export function fieldChanges(before: Record<string, unknown>, next: Record<string, unknown>): FieldChanges {
  const out: FieldChanges = {};
  for (const [field, to] of Object.entries(next)) {
    const from = before[field] ?? null;
    if (!same(from, to)) out[field] = { from, to: to ?? null };
  }
  return out;
}
