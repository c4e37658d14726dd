import { CORRECTIVE_ACTION_KINDS, type CorrectiveActionKind, type CorrectiveActionStatus, type EffectivenessResult } from '@contract';
import type { RaRecord } from 'react-admin';

/** The board's columns, left to right (cancelled actions stay in the list only). */
export const BOARD_COLUMNS = ['planned', 'in_progress', 'implemented', 'verification', 'effective', 'ineffective'] as const satisfies readonly CorrectiveActionStatus[];
const UNFINISHED: readonly CorrectiveActionStatus[] = ['planned', 'in_progress'];

export interface CorrectiveAction extends RaRecord {
  title: string;
  kind: CorrectiveActionKind;
  status: CorrectiveActionStatus;
  dueAt?: string | null;
  ownerId?: string | null;
  complaintId?: string | null;
  rootCauseId?: string | null;
  effectivenessResult?: EffectivenessResult | null;
  implementedAt?: string | null;
  verificationWindowDays?: number | null;
  verificationEndsAt?: string | null;
  effectivenessEvaluatedAt?: string | null;
  effectivenessEvidence?: EffectivenessEvidence | null;
  effectivenessOverride?: EffectivenessOverride | null;
  followUpOfId?: string | null;
  complaintIds?: string[];
}

/** What a computed result rests on (server domain/capa.ts `resultPatch`). */
export interface EffectivenessEvidence {
  window: { start: string; end: string };
  rootCauseId: string;
  categoryId: string | null;
  recurrences: Array<{ id: string; trackingCode: string; receivedAt: string }>;
}

/** The quality manager's override of a result. */
export interface EffectivenessOverride {
  result: EffectivenessResult;
  justification: string;
  computedResult: EffectivenessResult | null;
  by: string;
  at: string;
}

/** Today as the API's date (YYYY-MM-DD, UTC). */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

/** Due before today and not done yet. */
export const isOverdue = (record: Pick<CorrectiveAction, 'dueAt' | 'status'> | undefined, now = new Date()) =>
  !!record?.dueAt && UNFINISHED.includes(record.status) && record.dueAt.slice(0, 10) < today(now);

/** Board order: by due date, undated last. */
export const byDueDate = (a: CorrectiveAction, b: CorrectiveAction) =>
  (a.dueAt ?? '9999-12-31').localeCompare(b.dueAt ?? '9999-12-31');

export const statusChoices = (values: readonly string[]) => values.map((s) => ({ id: s, name: `resources.corrective-actions.statuses.${s}` }));
export const kindChoices = CORRECTIVE_ACTION_KINDS.map((k) => ({ id: k, name: `resources.corrective-actions.kinds.${k}` }));
