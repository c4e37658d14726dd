/**
 * Corrective and preventive actions (CAPA): the lifecycle's rules (who takes which action from
 * which state, with which input) and the computed effectiveness. Framework-free: the service loads
 * the action and the candidate recurrences (database/capa.ts), asks these functions, and writes.
 *
 * Effectiveness: an action is effective when no new complaint with its root cause, in its category
 * subtree, arrives within its verification window; the first recurrence seen makes it ineffective.
 * The window starts at `implementedAt` (inclusive) and ends `verificationWindowDays` × 24 h later
 * (exclusive): a complaint received one millisecond before the end recurs, one received at the end
 * does not, and from the end on the action is effective.
 */
import { z } from 'zod';
import {
  CAPA_TRANSITIONS,
  capaActionsFor,
  isCapaAction,
  type CapaAction,
  type CorrectiveActionStatus,
  type EffectivenessResult,
  type StaffRole,
} from '../../../shared';

export const DAY_MS = 86_400_000;
export const DEFAULT_WINDOW_DAYS = 90;
export const MAX_WINDOW_DAYS = 3650;

export interface CapaActor {
  /** documentId of the staff user. */
  id: string;
  role: StaffRole;
}

/** What the rules read of a corrective action (relations by documentId). */
export interface CapaState {
  status: CorrectiveActionStatus;
  ownerId: string | null;
  rootCauseId: string | null;
  implementedAt: string | null;
  verificationWindowDays: number | null;
  effectivenessResult: EffectivenessResult | null;
}

export type CapaRefusal =
  | { ok: false; kind: 'unknown_action'; message: string }
  | { ok: false; kind: 'forbidden'; message: string }
  | { ok: false; kind: 'conflict'; message: string; allowedActions: CapaAction[]; field?: string }
  | { ok: false; kind: 'invalid'; issues: Array<{ path: string; message: string }> };

export interface CapaDecision {
  ok: true;
  action: CapaAction;
  /** The state it leads to; null: the effectiveness evaluation decides (evaluate). */
  toStatus: CorrectiveActionStatus | null;
  /** Attribute changes of the action. */
  patch: Record<string, unknown>;
  /** Open a follow-up action (an override to ineffective). */
  followUp: boolean;
  /** The action's input as the audit trail records it. */
  input: Record<string, unknown>;
}

const text = (max = 5000) => z.string().trim().min(1, 'is required').max(max);

export const CAPA_INPUT_SCHEMAS = {
  start: z.object({ note: z.string().trim().max(5000).optional() }).strict(),
  implement: z
    .object({ implementedAt: z.string().datetime({ offset: true }).optional(), note: z.string().trim().max(5000).optional() })
    .strict(),
  'start-verification': z.object({ verificationWindowDays: z.number().int().min(1).max(MAX_WINDOW_DAYS).optional() }).strict(),
  evaluate: z.object({}).strict(),
  override: z
    .object({
      result: z.enum(['effective', 'ineffective']),
      justification: z.string().trim().min(10, 'write at least 10 characters of justification').max(5000),
    })
    .strict(),
  cancel: z.object({ reason: text() }).strict(),
} satisfies Record<CapaAction, z.ZodTypeAny>;

/** The verification window of an action implemented at `implementedAt`: [start, end). */
export function verificationWindow(implementedAt: Date | string, days: number | null | undefined): { start: Date; end: Date } {
  const start = new Date(implementedAt);
  return { start, end: new Date(start.getTime() + (days ?? DEFAULT_WINDOW_DAYS) * DAY_MS) };
}

/** Whether a complaint received at `receivedAt` falls in the window (start inclusive, end exclusive). */
export function inWindow(receivedAt: Date | string, window: { start: Date; end: Date }): boolean {
  const t = new Date(receivedAt).getTime();
  return t >= window.start.getTime() && t < window.end.getTime();
}

export interface Recurrence {
  /** The complaint's documentId. */
  id: string;
  trackingCode: string;
  receivedAt: string;
}

export interface Evaluation {
  result: EffectivenessResult | 'pending';
  window: { start: string; end: string };
  /** The recurring complaints in the window, oldest first (the evidence). */
  recurrences: Recurrence[];
}

/**
 * The computed result: ineffective as soon as a recurrence is in the window, effective once the
 * window has ended without one, pending before that. `candidates` are complaints with the action's
 * root cause in its category subtree; those outside the window are ignored here, whatever the query
 * selected.
 */
export function evaluateEffectiveness(implementedAt: Date | string, windowDays: number | null | undefined, now: Date, candidates: readonly Recurrence[]): Evaluation {
  const window = verificationWindow(implementedAt, windowDays);
  const recurrences = candidates
    .filter((c) => inWindow(c.receivedAt, window))
    .map((c) => ({ id: c.id, trackingCode: c.trackingCode, receivedAt: new Date(c.receivedAt).toISOString() }))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  const result = recurrences.length > 0 ? 'ineffective' : now.getTime() >= window.end.getTime() ? 'effective' : 'pending';
  return { result, window: { start: window.start.toISOString(), end: window.end.toISOString() }, recurrences };
}

/** The scope the evidence names besides the complaints. */
export interface EvidenceScope {
  rootCauseId: string;
  /** The category whose subtree is searched; null: every category. */
  categoryId: string | null;
}

/** The attribute changes a decided evaluation writes; null while it is pending. */
export function resultPatch(evaluation: Evaluation, scope: EvidenceScope, now: Date): Record<string, unknown> | null {
  if (evaluation.result === 'pending') return null;
  return {
    status: evaluation.result,
    effectivenessResult: evaluation.result,
    effectivenessEvaluatedAt: now.toISOString(),
    effectivenessEvidence: {
      window: evaluation.window,
      rootCauseId: scope.rootCauseId,
      categoryId: scope.categoryId,
      recurrences: evaluation.recurrences,
    },
  };
}

/**
 * The ids of `rootId` and every category below it. `parentOf` maps each category to its parent; a
 * loop stored by mistake ends the walk instead of hanging it.
 */
export function categorySubtree<T>(rootId: T, parentOf: ReadonlyMap<T, T | null>): T[] {
  const out: T[] = [];
  for (const id of parentOf.keys()) {
    const seen = new Set<T>();
    for (let at: T | null | undefined = id; at !== null && at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      if (at === rootId) {
        out.push(id);
        break;
      }
      seen.add(at);
    }
  }
  if (!out.includes(rootId)) out.push(rootId);
  return out;
}

/** The actions the actor may take now. */
export function capaAvailableActions(s: CapaState, actor: CapaActor): CapaAction[] {
  return capaActionsFor(s.status, actor.role, !!s.ownerId && s.ownerId === actor.id);
}

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

/** One lifecycle action's decision: refused (with why), or the state and attributes it writes. */
export function decideCapa(s: CapaState, action: string, body: unknown, actor: CapaActor, now: Date): CapaDecision | CapaRefusal {
  if (!isCapaAction(action)) return { ok: false, kind: 'unknown_action', message: `Unknown action "${action}"` };
  const rule = CAPA_TRANSITIONS.find((t) => t.action === action)!;
  const isOwner = !!s.ownerId && s.ownerId === actor.id;
  if (!rule.roles.includes(actor.role) && !(rule.owner && isOwner)) {
    return {
      ok: false,
      kind: 'forbidden',
      message: rule.owner ? `Only the quality manager or the action's owner may ${action} it.` : `Only the quality manager may ${action} a corrective action.`,
    };
  }
  const allowedActions = capaAvailableActions(s, actor);
  if (!rule.from.includes(s.status)) {
    return { ok: false, kind: 'conflict', message: `A corrective action in state ${s.status} cannot ${action}.`, allowedActions };
  }
  const parsed = CAPA_INPUT_SCHEMAS[action].safeParse(body ?? {});
  if (!parsed.success) return { ok: false, kind: 'invalid', issues: issuesOf(parsed.error) };
  const input = parsed.data as Record<string, unknown>;
  const decision = (toStatus: CorrectiveActionStatus | null, patch: Record<string, unknown> = {}, followUp = false): CapaDecision => ({
    ok: true,
    action,
    toStatus,
    patch: toStatus ? { status: toStatus, ...patch } : patch,
    followUp,
    input,
  });

  switch (action) {
    case 'start':
      return decision('in_progress');
    case 'implement': {
      const at = typeof input.implementedAt === 'string' ? new Date(input.implementedAt) : now;
      if (at.getTime() > now.getTime()) return { ok: false, kind: 'invalid', issues: [{ path: 'implementedAt', message: 'cannot be in the future' }] };
      return decision('implemented', { implementedAt: at.toISOString() });
    }
    case 'start-verification': {
      // Without a root cause there is nothing a recurrence could be measured against.
      if (!s.rootCauseId) {
        return { ok: false, kind: 'conflict', message: 'Set the root cause (rootCauseId) before verification: effectiveness is measured against it.', allowedActions, field: 'rootCauseId' };
      }
      if (!s.implementedAt) {
        return { ok: false, kind: 'conflict', message: 'The action has no implementation date (implementedAt).', allowedActions, field: 'implementedAt' };
      }
      const days = (input.verificationWindowDays as number | undefined) ?? s.verificationWindowDays ?? DEFAULT_WINDOW_DAYS;
      return decision('verification', { verificationWindowDays: days, verificationEndsAt: verificationWindow(s.implementedAt, days).end.toISOString() });
    }
    case 'evaluate':
      return decision(null);
    case 'override': {
      const result = input.result as EffectivenessResult;
      return decision(
        result,
        {
          effectivenessResult: result,
          effectivenessEvaluatedAt: now.toISOString(),
          effectivenessOverride: { result, justification: input.justification, computedResult: s.effectivenessResult ?? null, by: actor.id, at: now.toISOString() },
        },
        result === 'ineffective',
      );
    }
    case 'cancel':
      return decision('cancelled', { cancelReason: input.reason });
  }
}

/** Attributes only the lifecycle actions write: a PUT may send them back unchanged, never change them. */
export const CAPA_ACTION_FIELDS = [
  'status',
  'implementedAt',
  'verificationEndsAt',
  'effectivenessResult',
  'effectivenessEvaluatedAt',
  'effectivenessEvidence',
  'effectivenessOverride',
  'cancelReason',
  'followUpOfId',
] as const;

/** Fields the evaluation reads, fixed once verification starts. */
const SCOPE_FIELDS = ['rootCauseId', 'categoryId', 'verificationWindowDays'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Why a PUT (or, with `current` null, a POST) may not write these fields: 400 issues naming each.
 * `current` and `body` are API records (relations as `<name>Id`).
 */
export function capaWriteIssues(current: Record<string, unknown> | null, body: Record<string, unknown>): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  for (const field of CAPA_ACTION_FIELDS) {
    if (!(field in body)) continue;
    const before = current ? current[field] : field === 'status' ? 'planned' : null;
    if (!same(before, body[field])) issues.push({ path: field, message: 'is changed only by the lifecycle actions (POST /corrective-actions/{id}/actions/{action})' });
  }
  const status = current?.status as CorrectiveActionStatus | undefined;
  if (status && !['planned', 'in_progress', 'implemented'].includes(status)) {
    for (const field of SCOPE_FIELDS) {
      if (field in body && !same(current?.[field], body[field])) issues.push({ path: field, message: `is fixed once verification has started (state ${status})` });
    }
  }
  return issues;
}

/** The title of the follow-up an ineffective action opens. */
export const followUpTitle = (title: string) => `Follow-up: ${title}`.slice(0, 200);
