/**
 * Escalation to the second line (SPEC §4, §5), one rule for an agent's `escalate` and for an SLA
 * breach, and the sweeper's plan for the thresholds a running stage crossed. Framework-free.
 *
 * The rule: the complaint's area is its team's area, else its category's area. The line-2 team
 * is the second-line team of that area with the lowest id (the oldest), so the choice does not
 * depend on the order in which rows come back. Without an area or such a team the complaint still
 * goes up a line and keeps its team.
 */
import type { Threshold } from './sla-clock';

export interface TeamCandidate {
  /** Database row id: the lowest one wins. */
  id: number;
  line: string;
  area: string | null;
}

/** The area a complaint escalates in: its team's, else its category's. */
export function escalationArea(teamArea: string | null | undefined, categoryArea: string | null | undefined): string | null {
  return teamArea || categoryArea || null;
}

/** The second-line team of `area` with the lowest id, or null. */
export function line2TeamFor<T extends TeamCandidate>(area: string | null | undefined, teams: readonly T[]): T | null {
  if (!area) return null;
  let best: T | null = null;
  for (const t of teams) if (t.line === 'line2' && t.area === area && (best === null || Number(t.id) < Number(best.id))) best = t;
  return best;
}

export type SweepAction = 'notify_assignee' | 'notify_team_lead' | 'notify_director' | 'raise_escalation';

/** What a policy without its own lists does on each threshold. */
export const DEFAULT_SWEEP_ACTIONS: Readonly<Record<Threshold, readonly SweepAction[]>> = {
  at_risk: ['notify_assignee'],
  breached: ['notify_team_lead', 'raise_escalation'],
};

/** A policy's action list for a threshold (stored JSON, possibly as text), else the default. */
export function sweepActions(configured: unknown, threshold: Threshold): SweepAction[] {
  let value = configured;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = null;
    }
  }
  return Array.isArray(value) ? (value as SweepAction[]) : [...DEFAULT_SWEEP_ACTIONS[threshold]];
}

/** A claimed complaint as the sweeper reads it (one row of the claim). */
export interface ClaimedClock {
  id: number;
  documentId: string;
  status: string;
  trackingCode: string;
  slaStage: string;
  /** The stage deadline as an ISO string, or null. */
  dueAt: string | null;
  escalationLevel: string;
  area: string | null;
  assigneeEmail: string | null;
  leadEmail: string | null;
  onAtRisk: unknown;
  onBreach: unknown;
  fireAtRisk: boolean;
  fireBreach: boolean;
}

export interface EventDraft {
  complaintId: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorRole: string;
  payload: Record<string, unknown>;
}

export interface NotificationDraft {
  complaintId: number;
  channel: 'email' | 'sms';
  recipient: string;
  template: string;
  locale: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
}

export interface EscalationPlan {
  /** Per complaint with a threshold to fire: which fired, whether the line goes up, the new queue team (row id). */
  complaints: Array<{ id: number; atRisk: boolean; breach: boolean; raise: boolean; team: number | null }>;
  /** At-risk events of the batch first, then the breaches: the order the thresholds happen. */
  events: EventDraft[];
  notifications: NotificationDraft[];
}

export const firedThresholds = (c: Pick<ClaimedClock, 'fireAtRisk' | 'fireBreach'>): Threshold[] => [
  ...(c.fireAtRisk ? ['at_risk' as const] : []),
  ...(c.fireBreach ? ['breached' as const] : []),
];

/** Whether any claimed row needs the directors' addresses or the line-2 teams (read only then). */
export function planNeeds(claimed: readonly ClaimedClock[]): { directors: boolean; line2Teams: boolean } {
  return {
    directors: claimed.some((c) => firedThresholds(c).some((th) => sweepActions(th === 'at_risk' ? c.onAtRisk : c.onBreach, th).includes('notify_director'))),
    line2Teams: claimed.some((c) => c.fireBreach && c.escalationLevel === 'line1'),
  };
}

/**
 * What the sweeper writes for a claimed batch: per threshold fired, one `escalate-sla` event and
 * the staff notifications the policy asks for (dedupe key unique per stage, threshold and
 * recipient); on a breach of a line-1 complaint with `raise_escalation`, the line goes up to the
 * area's line-2 team (`line2TeamFor`), unassigned.
 */
export function escalationPlan(claimed: readonly ClaimedClock[], ctx: { directors: readonly string[]; line2Teams: readonly TeamCandidate[] }): EscalationPlan {
  const out: EscalationPlan = { complaints: [], events: [], notifications: [] };
  const later: Pick<EscalationPlan, 'events' | 'notifications'> = { events: [], notifications: [] };
  for (const c of claimed) {
    // A timer whose threshold fired some other way (or whose row no longer qualifies) is only deleted.
    if (!c.fireAtRisk && !c.fireBreach) continue;
    const raise = c.fireBreach && c.escalationLevel === 'line1' && sweepActions(c.onBreach, 'breached').includes('raise_escalation');
    const team = raise ? (line2TeamFor(c.area, ctx.line2Teams)?.id ?? null) : null;
    out.complaints.push({ id: c.id, atRisk: c.fireAtRisk, breach: c.fireBreach, raise, team: team === null ? null : Number(team) });
    for (const threshold of firedThresholds(c)) {
      const actions = sweepActions(threshold === 'at_risk' ? c.onAtRisk : c.onBreach, threshold);
      const into = threshold === 'at_risk' ? out : later;
      into.events.push({
        complaintId: c.id,
        action: 'escalate-sla',
        fromStatus: c.status,
        toStatus: c.status,
        actorRole: 'system',
        payload: { stage: c.slaStage, threshold, dueAt: c.dueAt, actions, ...(threshold === 'breached' && raise ? { escalationLevel: { from: 'line1', to: 'line2' } } : {}) },
      });
      const recipients: Array<[string, string]> = [];
      if (actions.includes('notify_assignee') && c.assigneeEmail) recipients.push(['assignee', c.assigneeEmail]);
      if (actions.includes('notify_team_lead') && c.leadEmail) recipients.push(['team_lead', c.leadEmail]);
      if (actions.includes('notify_director')) for (const d of ctx.directors) recipients.push(['director', d]);
      for (const [kind, email] of recipients) {
        into.notifications.push({
          complaintId: c.id,
          channel: 'email',
          recipient: email,
          template: `sla_${threshold}.email`,
          locale: 'en',
          payload: { trackingCode: c.trackingCode, stage: c.slaStage, threshold, dueAt: c.dueAt, recipientKind: kind },
          dedupeKey: `sla:${c.documentId}:${c.slaStage}:${c.dueAt}:${threshold}:${kind}:${email}`,
        });
      }
    }
  }
  out.events.push(...later.events);
  out.notifications.push(...later.notifications);
  return out;
}
