/**
 * CFT reviews: the shapes of their analysis (8D sections, the 5-why chain, the 6M fishbone), who may
 * edit one, the objectivity of its members, and the conclusion's approval. Framework-free.
 *
 * Shapes (what the console's editor and the seed write):
 * - `eightD`: `{D0?: text, D1?: text, …, D8?: text}` (D0, the emergency response, is optional like the rest);
 * - `fiveWhys`: `[{why, answer}]` in order, or a plain chain of strings (the problem, then each answer);
 * - `fishbone`: `{man?: string[], machine?: [...], method, material, measurement, environment}`.
 */
import { z } from 'zod';
import { CFT_REVIEW_TRANSITIONS, SIX_M, cftReviewActionsFor, isCftReviewAction, type CftReviewAction, type ConclusionState, type StaffRole } from '../../../shared';

const line = (max: number) => z.string().trim().max(max);

export const EIGHT_D_KEYS = ['D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const;

export const eightDSchema = z.object(Object.fromEntries(EIGHT_D_KEYS.map((k) => [k, line(10000).optional()])) as Record<(typeof EIGHT_D_KEYS)[number], z.ZodOptional<z.ZodString>>).strict();

const whyPair = z.object({ why: line(2000).min(1, 'is required'), answer: line(2000) }).strict();
export const fiveWhysSchema = z.union([z.array(whyPair).max(20), z.array(line(2000).min(1, 'is required')).max(21)]);

export const fishboneSchema = z
  .object(Object.fromEntries(SIX_M.map((m) => [m, z.array(line(500).min(1, 'is required')).max(50).optional()])) as Record<(typeof SIX_M)[number], z.ZodOptional<z.ZodArray<z.ZodString>>>)
  .strict();

/**
 * The analysis fields of a review body checked against their shapes: issues with field paths
 * (`fiveWhys.1.why`, `fishbone.machine.0`, `eightD.D9`). Null clears a field.
 */
export function analysisIssues(body: Record<string, unknown>): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  const check = (field: string, schema: z.ZodTypeAny) => {
    if (!(field in body) || body[field] === null) return;
    const parsed = schema.safeParse(body[field]);
    if (parsed.success) return;
    for (const i of parsed.error.issues) {
      // A union reports each branch's issues: the branch closest to the value (fewest issues) says what is wrong.
      const branches = (i as { unionErrors?: z.ZodError[] }).unionErrors;
      const nested = branches?.length ? branches.reduce((a, b) => (b.issues.length < a.issues.length ? b : a)).issues : undefined;
      for (const n of nested ?? [i]) {
        const keys = (n as { keys?: string[] }).keys;
        const path = [field, ...n.path, ...(keys?.length ? [keys[0]] : [])].join('.');
        issues.push({ path, message: keys?.length ? 'unknown key' : n.message });
      }
    }
  };
  check('eightD', eightDSchema);
  check('fiveWhys', fiveWhysSchema);
  check('fishbone', fishboneSchema);
  return issues;
}

export interface ReviewPeople {
  leaderId: string | null;
  memberIds: readonly string[];
}

/** Members, the leader and the quality manager may edit a review; the reason when the caller may not. */
export function editRefusal(review: ReviewPeople, actor: { id: string; role: StaffRole }): string | null {
  if (actor.role === 'quality-manager') return null;
  if (review.leaderId === actor.id || review.memberIds.includes(actor.id)) return null;
  return 'Only the members of this review, its leader and the quality manager may edit it.';
}

/**
 * ISO 10002 objectivity: a staff member a covered complaint names (`subjectStaff`) sits neither on
 * the review nor at its head. The offending people, each with the complaint naming them.
 */
export function objectivityIssues(people: ReviewPeople, subjects: ReadonlyArray<{ complaintId: string; trackingCode: string; subjectStaffId: string | null }>): Array<{ path: string; message: string; staffId: string }> {
  const out: Array<{ path: string; message: string; staffId: string }> = [];
  for (const c of subjects) {
    if (!c.subjectStaffId) continue;
    const index = people.memberIds.indexOf(c.subjectStaffId);
    if (index >= 0) out.push({ path: `memberIds.${index}`, staffId: c.subjectStaffId, message: `is named in complaint ${c.trackingCode} this review covers (objectivity)` });
    if (people.leaderId === c.subjectStaffId) out.push({ path: 'leaderId', staffId: c.subjectStaffId, message: `is named in complaint ${c.trackingCode} this review covers (objectivity)` });
  }
  return out;
}

/** Review attributes only the conclusion steps write. `status` may move between planned, in_progress and cancelled by PUT. */
export const REVIEW_ACTION_FIELDS = ['conclusionState', 'conclusionComment', 'conclusionSubmittedAt', 'concludedAt'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Why a PUT (or a POST, `current` null) may not write these fields: 400 issues naming each. */
export function reviewWriteIssues(current: Record<string, unknown> | null, body: Record<string, unknown>): Array<{ path: string; message: string }> {
  const issues = analysisIssues(body);
  for (const field of REVIEW_ACTION_FIELDS) {
    if (!(field in body)) continue;
    const before = current ? current[field] : field === 'conclusionState' ? 'draft' : null;
    if (!same(before, body[field])) issues.push({ path: field, message: 'is changed only by the conclusion steps (POST /cft-reviews/{id}/actions/{action})' });
  }
  if ('status' in body && !same(current?.status ?? 'planned', body.status)) {
    if (body.status === 'concluded') issues.push({ path: 'status', message: 'a review is concluded by approving its conclusion (approve-conclusion)' });
    else if (current?.status === 'concluded') issues.push({ path: 'status', message: 'a concluded review stays concluded' });
  }
  return issues;
}

export interface ReviewState extends ReviewPeople {
  status: string;
  conclusionState: ConclusionState;
}

export type ReviewDecision =
  | { ok: true; action: CftReviewAction; patch: Record<string, unknown>; rootCauseIds: string[] | null; input: Record<string, unknown> }
  | { ok: false; kind: 'unknown_action'; message: string }
  | { ok: false; kind: 'forbidden'; message: string }
  | { ok: false; kind: 'conflict'; message: string; allowedActions: CftReviewAction[] }
  | { ok: false; kind: 'invalid'; issues: Array<{ path: string; message: string }> };

const id = z.string().min(1).max(64);

export const REVIEW_INPUT_SCHEMAS = {
  'submit-conclusion': z.object({ conclusion: z.string().trim().min(1, 'is required').max(20000), rootCauseIds: z.array(id).min(1, 'name at least one root cause').max(20) }).strict(),
  'approve-conclusion': z.object({ comment: z.string().trim().max(5000).optional() }).strict(),
  'return-conclusion': z.object({ comment: z.string().trim().min(1, 'is required').max(5000) }).strict(),
} satisfies Record<CftReviewAction, z.ZodTypeAny>;

/** The conclusion steps the actor may take now. */
export const reviewAvailableActions = (s: ReviewState, actor: { id: string; role: StaffRole }) =>
  cftReviewActionsFor(s.conclusionState, s.status, actor.role, s.leaderId === actor.id);

/** One conclusion step: refused (with why) or the review's changes and the root causes to set. */
export function decideReview(s: ReviewState, action: string, body: unknown, actor: { id: string; role: StaffRole }, now: Date): ReviewDecision {
  if (!isCftReviewAction(action)) return { ok: false, kind: 'unknown_action', message: `Unknown action "${action}"` };
  const rule = CFT_REVIEW_TRANSITIONS.find((t) => t.action === action)!;
  if (!rule.roles.includes(actor.role) && !(rule.leader && s.leaderId === actor.id)) {
    return { ok: false, kind: 'forbidden', message: rule.leader ? 'Only the review’s leader submits its conclusion.' : 'Only the quality manager approves or returns a conclusion.' };
  }
  const allowedActions = reviewAvailableActions(s, actor);
  if (s.status === 'concluded' || s.status === 'cancelled') return { ok: false, kind: 'conflict', message: `The review is ${s.status}.`, allowedActions };
  if (!rule.from.includes(s.conclusionState)) return { ok: false, kind: 'conflict', message: `The conclusion is ${s.conclusionState}: it cannot ${action.replace('-conclusion', '')}.`, allowedActions };
  const parsed = REVIEW_INPUT_SCHEMAS[action].safeParse(body ?? {});
  if (!parsed.success) return { ok: false, kind: 'invalid', issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  const input = parsed.data as Record<string, unknown>;
  const at = now.toISOString();
  switch (action) {
    case 'submit-conclusion':
      return {
        ok: true,
        action,
        input,
        rootCauseIds: [...new Set(input.rootCauseIds as string[])],
        patch: { conclusion: input.conclusion, conclusionState: 'submitted', conclusionSubmittedAt: at, conclusionComment: null, ...(s.status === 'planned' ? { status: 'in_progress' } : {}) },
      };
    case 'approve-conclusion':
      return { ok: true, action, input, rootCauseIds: null, patch: { conclusionState: 'approved', conclusionComment: input.comment ?? null, status: 'concluded', concludedAt: at } };
    case 'return-conclusion':
      return { ok: true, action, input, rootCauseIds: null, patch: { conclusionState: 'returned', conclusionComment: input.comment } };
  }
}
