/**
 * SLA stage deadlines (SPEC §5). The lifecycle engine (issue #3) calls `dueAt` whenever a stage
 * starts, and `atRiskAt` for the at-risk queue. Until the working-time engine of issue #4 lands,
 * durations are counted in calendar time (a working day = 24 h); the columns, the stage changes
 * and the pause bookkeeping are final, only this arithmetic is replaced by issue #4.
 */
import type { Core } from '@strapi/strapi';

export type Stage = 'acknowledgment' | 'assessment' | 'evaluation' | 'resolution';

export interface PolicyTargets {
  acknowledgmentHours: number;
  assessmentDays: number;
  evaluationDays: number;
  resolutionDays: number;
  atRiskShare: number;
}

export const DEFAULT_TARGETS: PolicyTargets = { acknowledgmentHours: 0, assessmentDays: 2, evaluationDays: 4, resolutionDays: 1, atRiskShare: 0.75 };

const HOUR = 3_600_000;

export const createSlaService = (_: { strapi: Core.Strapi }) => ({
  dueAt(targets: PolicyTargets, stage: Stage, start: Date): Date {
    const hours =
      stage === 'acknowledgment' ? Number(targets.acknowledgmentHours) : Number(targets[`${stage}Days` as 'assessmentDays']) * 24;
    return new Date(start.getTime() + hours * HOUR);
  },
  atRiskAt(targets: PolicyTargets, start: Date, due: Date): Date {
    return new Date(start.getTime() + Number(targets.atRiskShare) * (due.getTime() - start.getTime()));
  },
});

export type SlaService = ReturnType<typeof createSlaService>;
export default createSlaService;
