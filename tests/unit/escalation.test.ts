/**
 * The one escalation rule and the sweeper's plan for crossed thresholds, table-driven.
 */
import {
  escalationArea,
  escalationPlan,
  line2TeamFor,
  planNeeds,
  sweepActions,
  type ClaimedClock,
  type TeamCandidate,
} from '../../src/plugins/complaint-desk/server/src/domain/escalation';

const teams: TeamCandidate[] = [
  { id: 7, line: 'line2', area: 'network' },
  { id: 3, line: 'line2', area: 'network' },
  { id: 1, line: 'line1', area: 'network' },
  { id: 9, line: 'line2', area: 'billing' },
  { id: 2, line: 'line1', area: 'sales' },
];

describe('escalationArea: the team’s area, else the category’s', () => {
  it.each([
    ['network', 'billing', 'network'],
    [null, 'billing', 'billing'],
    [undefined, 'sales', 'sales'],
    ['', 'sales', 'sales'],
    [null, null, null],
    ['service', null, 'service'],
  ])('team %p, category %p → %p', (team, category, expected) => {
    expect(escalationArea(team, category)).toBe(expected);
  });
});

describe('line2TeamFor: the area’s second-line team with the lowest id', () => {
  it.each([
    ['network', 3],
    ['billing', 9],
    ['sales', null], // a first-line team only
    ['service', null], // no team at all
    [null, null],
  ])('area %p → team %p', (area, expected) => {
    expect(line2TeamFor(area, teams)?.id ?? null).toBe(expected);
  });

  it('does not depend on the order the rows come in', () => {
    expect(line2TeamFor('network', [...teams].reverse())?.id).toBe(3);
  });
});

describe('sweepActions: the policy’s list, else the default', () => {
  it.each([
    [null, 'at_risk', ['notify_assignee']],
    [undefined, 'breached', ['notify_team_lead', 'raise_escalation']],
    [['notify_director'], 'at_risk', ['notify_director']],
    ['["notify_team_lead"]', 'breached', ['notify_team_lead']],
    ['not json', 'breached', ['notify_team_lead', 'raise_escalation']],
    [[], 'breached', []],
  ] as const)('%p on %s → %p', (configured, threshold, expected) => {
    expect(sweepActions(configured, threshold)).toEqual(expected);
  });
});

const claimed = (over: Partial<ClaimedClock>): ClaimedClock => ({
  id: 1,
  documentId: 'doc1',
  status: 'investigating',
  trackingCode: 'CD-1',
  slaStage: 'evaluation',
  dueAt: '2026-01-02T00:00:00.000Z',
  escalationLevel: 'line1',
  area: 'network',
  assigneeEmail: 'agent@x.test',
  leadEmail: 'lead@x.test',
  onAtRisk: null,
  onBreach: null,
  fireAtRisk: false,
  fireBreach: false,
  ...over,
});

describe('escalationPlan', () => {
  const ctx = { directors: ['dir@x.test'], line2Teams: teams };

  it.each([
    // [row, complaints written, events (threshold), notification recipients]
    [{ fireAtRisk: true }, [{ atRisk: true, breach: false, raise: false, team: null }], ['at_risk'], ['assignee:agent@x.test']],
    [{ fireBreach: true }, [{ atRisk: false, breach: true, raise: true, team: 3 }], ['breached'], ['team_lead:lead@x.test']],
    [{ fireBreach: true, escalationLevel: 'line2' }, [{ atRisk: false, breach: true, raise: false, team: null }], ['breached'], ['team_lead:lead@x.test']],
    [{ fireBreach: true, area: 'sales' }, [{ atRisk: false, breach: true, raise: true, team: null }], ['breached'], ['team_lead:lead@x.test']],
    [{ fireBreach: true, onBreach: ['notify_team_lead'] }, [{ atRisk: false, breach: true, raise: false, team: null }], ['breached'], ['team_lead:lead@x.test']],
    [{ fireAtRisk: true, onAtRisk: ['notify_director'], assigneeEmail: null }, [{ atRisk: true, breach: false, raise: false, team: null }], ['at_risk'], ['director:dir@x.test']],
    [{ fireAtRisk: true, assigneeEmail: null }, [{ atRisk: true, breach: false, raise: false, team: null }], ['at_risk'], []],
    [{}, [], [], []],
  ] as const)('%p', (over, complaints, events, recipients) => {
    const plan = escalationPlan([claimed(over as Partial<ClaimedClock>)], ctx);
    expect(plan.complaints).toEqual(complaints.map((c) => ({ id: 1, ...c })));
    expect(plan.events.map((e) => e.payload.threshold)).toEqual(events);
    expect(plan.notifications.map((n) => `${n.payload.recipientKind}:${n.recipient}`)).toEqual(recipients);
  });

  it('puts the batch’s at-risk rows before its breaches, with the audit payload and a unique dedupe key', () => {
    const plan = escalationPlan([claimed({ id: 1, fireAtRisk: true, fireBreach: true }), claimed({ id: 2, documentId: 'doc2', fireAtRisk: true })], ctx);
    expect(plan.events.map((e) => [e.complaintId, e.payload.threshold])).toEqual([
      [1, 'at_risk'],
      [2, 'at_risk'],
      [1, 'breached'],
    ]);
    expect(plan.events[2]).toEqual({
      complaintId: 1,
      action: 'escalate-sla',
      fromStatus: 'investigating',
      toStatus: 'investigating',
      actorRole: 'system',
      payload: { stage: 'evaluation', threshold: 'breached', dueAt: '2026-01-02T00:00:00.000Z', actions: ['notify_team_lead', 'raise_escalation'], escalationLevel: { from: 'line1', to: 'line2' } },
    });
    expect(plan.notifications[0]).toMatchObject({ template: 'sla_at_risk.email', locale: 'en', dedupeKey: 'sla:doc1:evaluation:2026-01-02T00:00:00.000Z:at_risk:assignee:agent@x.test' });
  });

  it.each([
    [[claimed({ fireAtRisk: true })], { directors: false, line2Teams: false }],
    [[claimed({ fireAtRisk: true, onAtRisk: ['notify_director'] })], { directors: true, line2Teams: false }],
    [[claimed({ fireBreach: true })], { directors: false, line2Teams: true }],
    [[claimed({ fireBreach: true, escalationLevel: 'line2' })], { directors: false, line2Teams: false }],
  ])('planNeeds %#', (rows, needs) => {
    expect(planNeeds(rows)).toEqual(needs);
  });
});
