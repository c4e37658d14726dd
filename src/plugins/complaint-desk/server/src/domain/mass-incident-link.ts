/**
 * The input and answer of linking complaints to a mass incident in bulk (POST
 * /mass-incidents/{id}/link): a list of complaint ids or a complaint-list filter, one of the two.
 * Each complaint is then linked by the `link-incident` action (domain/actions.ts), the one home of
 * that rule. Framework-free.
 */
import { z } from 'zod';

/** Complaints linked in one request at most (by ids or the matches of a filter). */
export const BULK_LINK_MAX = 1000;

const id = z.string().min(1).max(64);

export const bulkLinkSchema = z.union([
  z.object({ ids: z.array(id).min(1, 'must name at least one complaint').max(BULK_LINK_MAX, `at most ${BULK_LINK_MAX} ids`) }).strict(),
  z.object({ filter: z.record(z.unknown()).refine((f) => Object.keys(f).length > 0, 'must not be empty: give ids to link everything you mean') }).strict(),
]);

export type BulkLinkInput = z.infer<typeof bulkLinkSchema>;

export type { BulkLinkResult } from '../../../shared/api';

export type Issue = { path: string; message: string };

/** The body as `{ids}` (duplicates dropped, order kept) or `{filter}`, or the issues naming the fields. */
export function parseBulkLink(body: unknown): { ok: true; input: BulkLinkInput } | { ok: false; issues: Issue[] } {
  const parsed = bulkLinkSchema.safeParse(body ?? {});
  if (parsed.success) return { ok: true, input: 'ids' in parsed.data ? { ids: [...new Set(parsed.data.ids)] } : parsed.data };
  const b = (body ?? {}) as Record<string, unknown>;
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  if (!isObject) return { ok: false, issues: [{ path: '', message: 'must be a JSON object with ids or filter' }] };
  if ('ids' in b && 'filter' in b) return { ok: false, issues: [{ path: 'ids', message: 'give ids or filter, not both' }] };
  const unknown = Object.keys(b).filter((k) => k !== 'ids' && k !== 'filter');
  if (unknown.length) return { ok: false, issues: unknown.map((k) => ({ path: k, message: 'unknown field' })) };
  if (!('ids' in b) && !('filter' in b)) return { ok: false, issues: [{ path: 'ids', message: 'give ids or filter' }] };
  const branch = 'filter' in b ? bulkLinkSchema.options[1] : bulkLinkSchema.options[0];
  const issues = branch.safeParse(b).error?.issues ?? [];
  return { ok: false, issues: issues.map((i) => ({ path: i.path.join('.') || ('filter' in b ? 'filter' : 'ids'), message: i.message })) };
}
