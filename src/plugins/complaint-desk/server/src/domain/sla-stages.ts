/**
 * SLA stage arithmetic (SPEC §5): each stage's deadline and at-risk moment in working time, the
 * column changes of a stage change (start, pause, resume, done), and the per-stage clocks of the
 * API's `sla` view. The working-time math is domain/working-time.ts; a policy without a calendar
 * counts calendar time (a working day = 24 h). Framework-free.
 */
import { stageState, type StageState } from './sla-clock';
import { addWorkingTime, nextWorkingMoment, workingTimeBetween, WorkingTimeError, type Calendar, type Duration } from './working-time';

export type Stage = 'acknowledgment' | 'assessment' | 'evaluation' | 'resolution';

export interface PolicyTargets {
  acknowledgmentHours: number;
  assessmentDays: number;
  evaluationDays: number;
  resolutionDays: number;
  atRiskShare: number;
}

export const DEFAULT_TARGETS: PolicyTargets = { acknowledgmentHours: 0, assessmentDays: 2, evaluationDays: 4, resolutionDays: 1, atRiskShare: 0.75 };

/**
 * The four stages with the attributes of their deadline, start and met moments (SPEC §8
 * `sla.stages`). `acknowledgedAt` is set when the acknowledgment is handed to the mail relay or SMS
 * gateway (the delivery worker), not at registration; `acknowledgmentNoContact` marks a customer
 * who left no address to acknowledge on.
 */
export const STAGE_FIELDS: ReadonlyArray<{ stage: Stage; dueKey: string; startKey: string; metKey: string; noContactKey?: string }> = [
  { stage: 'acknowledgment', dueKey: 'acknowledgmentDueAt', startKey: 'receivedAt', metKey: 'acknowledgedAt', noContactKey: 'acknowledgmentNoContact' },
  { stage: 'assessment', dueKey: 'assessmentDueAt', startKey: 'receivedAt', metKey: 'assessmentMetAt' },
  { stage: 'evaluation', dueKey: 'evaluationDueAt', startKey: 'evaluationStartedAt', metKey: 'evaluationMetAt' },
  { stage: 'resolution', dueKey: 'resolutionDueAt', startKey: 'resolutionStartedAt', metKey: 'resolutionMetAt' },
];

const HOUR = 3_600_000;

const stageDuration = (targets: PolicyTargets, stage: Stage): Duration =>
  stage === 'acknowledgment' ? { hours: Number(targets.acknowledgmentHours) } : { days: Number(targets[`${stage}Days` as 'assessmentDays']) };

/**
 * Working-time arithmetic on a calendar; a calendar that cannot give the answer (e.g. years of
 * holidays in a row) falls back to calendar time and tells `onFallback`: a complaint always gets
 * its deadlines, and a WorkingTimeError is never a 500.
 */
function onCalendar(fn: () => Date, plain: () => Date, onFallback?: (err: WorkingTimeError) => void): Date {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof WorkingTimeError)) throw err;
    onFallback?.(err);
    return plain();
  }
}

/** The stage's deadline from `start` (targets already within bounds). */
export function stageDueAt(targets: PolicyTargets, stage: Stage, start: Date, calendar: Calendar | null, onFallback?: (err: WorkingTimeError) => void): Date {
  const d = stageDuration(targets, stage);
  const plain = () => new Date(start.getTime() + (d.hours ?? 0) * HOUR + (d.days ?? 0) * 24 * HOUR);
  if (!calendar) return plain();
  return onCalendar(() => addWorkingTime(start, d, calendar), plain, onFallback);
}

/** The moment the policy's share of the stage's working time has elapsed. */
export function stageAtRiskAt(targets: PolicyTargets, start: Date, due: Date, calendar: Calendar | null, onFallback?: (err: WorkingTimeError) => void): Date {
  const share = Number(targets.atRiskShare);
  const plain = () => new Date(start.getTime() + share * (due.getTime() - start.getTime()));
  if (!calendar) return plain();
  return onCalendar(
    () => {
      const total = workingTimeBetween(start, due, calendar).ms;
      return addWorkingTime(nextWorkingMoment(start, calendar), { hours: (share * total) / HOUR }, calendar);
    },
    plain,
    onFallback,
  );
}

/** Share of the stage's working time elapsed at `at` (1 = due). */
export function elapsedShare(start: Date, at: Date, due: Date, calendar: Calendar | null): number {
  if (!calendar) {
    const span = due.getTime() - start.getTime();
    return span > 0 ? Math.max(0, (at.getTime() - start.getTime()) / span) : at >= due ? 1 : 0;
  }
  const total = workingTimeBetween(start, due, calendar).ms;
  if (total <= 0) return at >= due ? 1 : 0;
  return workingTimeBetween(start, at, calendar).ms / total;
}

/** A stage change an action causes (domain/actions.ts). */
export type SlaChange =
  | { kind: 'start'; stage: 'evaluation' | 'resolution'; at: string; met?: 'assessment' | 'evaluation' }
  | { kind: 'pause'; at: string; met?: 'evaluation' }
  | { kind: 'resume'; at: string; stage?: 'evaluation' | 'resolution' }
  | { kind: 'done'; at: string; met?: 'assessment' | 'evaluation' | 'resolution' };

/** The SLA attributes of a complaint (API names), as stored: ISO strings or null. */
export type SlaRow = Record<string, unknown> & {
  slaStage?: string | null;
  slaDueAt?: string | null;
  slaPausedAt?: string | null;
  slaPausedMs?: string | number | null;
  receivedAt?: string | null;
};

/** Deadlines of the complaint's policy on its calendar. */
export interface StageClock {
  dueAt(stage: Stage, start: Date): Date;
  atRiskAt(start: Date, due: Date): Date;
}

const iso = (d: Date) => d.toISOString();

/** The complaint's SLA column changes for a stage change. */
export function slaPatch(row: SlaRow, change: SlaChange | undefined, clock: StageClock): Record<string, unknown> {
  if (!change) return {};
  const at = new Date(change.at);
  const patch: Record<string, unknown> = {};
  if ('met' in change && change.met && !row[`${change.met}MetAt`]) patch[`${change.met}MetAt`] = change.at;
  const start = (stage: 'evaluation' | 'resolution', from: Date) => {
    const due = clock.dueAt(stage, from);
    Object.assign(patch, {
      [`${stage}StartedAt`]: iso(from),
      [`${stage}DueAt`]: iso(due),
      slaStage: stage,
      slaDueAt: iso(due),
      slaAtRiskAt: iso(clock.atRiskAt(from, due)),
      slaPausedAt: null,
      // A new stage can go at risk and breach again: each threshold fires once per stage.
      slaAtRiskFiredAt: null,
      slaBreachedAt: null,
    });
  };
  switch (change.kind) {
    case 'start':
      start(change.stage, at);
      break;
    case 'pause':
      patch.slaPausedAt = change.at;
      break;
    case 'resume': {
      const paused = row.slaPausedAt ? at.getTime() - new Date(row.slaPausedAt).getTime() : 0;
      patch.slaPausedMs = String(Number(row.slaPausedMs ?? 0) + Math.max(0, paused));
      patch.slaPausedAt = null;
      if (change.stage && change.stage !== row.slaStage) start(change.stage, at);
      else if (row.slaDueAt) {
        // The clock stood still while the customer decided: the stage's deadline moves by as much.
        const stage = row.slaStage as Stage;
        const due = new Date(new Date(row.slaDueAt).getTime() + paused);
        const startedAt = new Date((row[`${stage}StartedAt`] as string | null | undefined) ?? (row.receivedAt as string));
        Object.assign(patch, { [`${stage}DueAt`]: iso(due), slaDueAt: iso(due), slaAtRiskAt: iso(clock.atRiskAt(startedAt, due)) });
      }
      break;
    }
    case 'done':
      Object.assign(patch, { slaStage: 'done', slaDueAt: null, slaAtRiskAt: null, slaPausedAt: null });
      break;
  }
  return patch;
}

export interface StageView {
  stage: Stage;
  dueAt: string | null;
  elapsedShare: number | null;
  state: StageState;
}

/** Per-stage SLA clocks (SPEC §8 `sla.stages`): the stages that have a deadline, in order. */
export function slaView(
  row: SlaRow,
  now: Date,
  opts: { terminal: boolean; atRiskShare: () => number; elapsedShare: (start: Date, at: Date, due: Date) => number },
): { stages: StageView[] } {
  const stages: StageView[] = [];
  let share: number | undefined;
  for (const { stage, dueKey, startKey, metKey, noContactKey } of STAGE_FIELDS) {
    const due = row[dueKey] as string | null | undefined;
    if (!due) continue;
    share ??= opts.atRiskShare();
    const start = row[startKey] as string | null | undefined;
    const metAt = row[metKey] as string | null | undefined;
    const pausedHere = Boolean(row.slaPausedAt) && row.slaStage === stage;
    const end = metAt ? new Date(metAt) : pausedHere ? new Date(row.slaPausedAt as string) : now;
    const dueAt = new Date(due);
    const elapsed = opts.elapsedShare(new Date(start ?? due), end, dueAt);
    const noContact = noContactKey ? Boolean(row[noContactKey]) : false;
    const state = stageState({ met: Boolean(metAt), terminal: opts.terminal, paused: pausedHere, end, dueAt, elapsedShare: elapsed, atRiskShare: share, noContact });
    stages.push({ stage, dueAt: due, elapsedShare: Math.round(elapsed * 1000) / 1000, state });
  }
  return { stages };
}
