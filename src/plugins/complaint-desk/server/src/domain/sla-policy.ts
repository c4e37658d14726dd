/**
 * Bounds of an SLA policy's targets (SPEC §5). A director's typo such as 100000 days must not stop
 * registration: writes out of bounds are refused naming the field, and a stored policy that is out
 * of bounds all the same (written before the bounds, or past the console API) is clamped when a
 * deadline is computed. Also the choice of a complaint's policy. Framework-free.
 */
import type { PolicyTargets } from './sla-stages';
import { LIMITS } from './working-time';

export const POLICY_TARGET_LIMITS = {
  acknowledgmentHours: { min: 0, max: LIMITS.hours },
  assessmentDays: { min: 0, max: LIMITS.days },
  evaluationDays: { min: 0, max: LIMITS.days },
  resolutionDays: { min: 0, max: LIMITS.days },
  atRiskShare: { min: 0, max: 1 },
} as const;

export type PolicyTargetField = keyof typeof POLICY_TARGET_LIMITS;
const FIELDS = Object.keys(POLICY_TARGET_LIMITS) as PolicyTargetField[];

/** A stored decimal arrives as a number, or as a string from PostgreSQL. */
const numeric = (v: unknown): number | null => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};

/** Issues of the targets a policy record holds (absent or null targets take their defaults). */
export function validatePolicyTargets(record: Record<string, unknown>): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  for (const field of FIELDS) {
    const raw = record[field];
    if (raw === undefined || raw === null) continue;
    const v = numeric(raw);
    const { min, max } = POLICY_TARGET_LIMITS[field];
    if (v === null || !Number.isFinite(v)) issues.push({ path: field, message: 'must be a number' });
    else if (v < min || v > max) issues.push({ path: field, message: `must be from ${min} to ${max}` });
  }
  for (const [field, v] of [['minValueTier', record.minValueTier], ['maxValueTier', record.maxValueTier]] as const) {
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 4) issues.push({ path: field, message: 'must be a value tier from 1 to 4' });
  }
  return issues;
}

/**
 * The targets brought into bounds, with the fields that were not (for a warning). Missing targets
 * take `fallback`'s; unusable ones (not numbers) too, and count as out of bounds.
 */
export function clampPolicyTargets<T extends Record<PolicyTargetField, unknown>>(targets: T, fallback: Record<PolicyTargetField, number>): { targets: T; clamped: PolicyTargetField[] } {
  const out = { ...targets };
  const clamped: PolicyTargetField[] = [];
  for (const field of FIELDS) {
    const raw = targets[field];
    const v = numeric(raw);
    const { min, max } = POLICY_TARGET_LIMITS[field];
    if (raw === null || raw === undefined) (out as Record<string, unknown>)[field] = fallback[field];
    else if (v === null || !Number.isFinite(v)) {
      (out as Record<string, unknown>)[field] = fallback[field];
      clamped.push(field);
    } else if (v < min || v > max) {
      (out as Record<string, unknown>)[field] = Math.min(max, Math.max(min, v));
      clamped.push(field);
    }
  }
  return { targets: out, clamped };
}

/** A stored policy as the choice reads it. */
export interface PolicyRow extends Partial<PolicyTargets> {
  id: number;
  documentId: string;
  isDefault?: boolean;
  priority?: number;
  minValueTier?: number | null;
  maxValueTier?: number | null;
  category?: { id: number; documentId: string } | null;
  calendar?: Record<string, unknown> | null;
}

/**
 * The policy for a complaint: among policies whose value-tier range admits the tier, those for
 * the complaint's category win over general ones, then higher priority, then the default.
 */
export function choosePolicy(policies: PolicyRow[], categoryIds: number[], valueTier: number): PolicyRow | null {
  const fits = policies.filter(
    (p) =>
      (p.minValueTier == null || valueTier >= p.minValueTier) &&
      (p.maxValueTier == null || valueTier <= p.maxValueTier) &&
      (!p.category || categoryIds.includes(p.category.id)),
  );
  const rank = (p: PolicyRow) => [p.category ? 1 : 0, Number(p.priority ?? 0), p.isDefault ? 1 : 0];
  fits.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || a.id - b.id;
  });
  return fits[0] ?? null;
}

