/**
 * The lifecycle engine, table-driven: every state × action × role. The expectations
 * below are written out by hand from SPEC §4/§8 and the issue, not derived from the code's table.
 */
import { availableActions, decide, type Actor, type ComplaintSnapshot, type DecideContext } from '../../src/plugins/complaint-desk/server/src/domain/actions';
import { STATUSES, STAFF_ROLES, type Status, type StaffRole } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';

const OPEN: Status[] = ['received', 'in_assessment', 'investigating', 'response_proposed', 'pending_approval', 'awaiting_customer', 'implementing', 'resolved'];
const FRONT: StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager'];

/** action → [roles allowed, states allowed, a valid input, the state it leads to from the first allowed state (null: unchanged)] */
const EXPECTED: Record<string, { roles: StaffRole[]; from: Status[]; input: Record<string, unknown>; to: (from: Status) => Status }> = {
  assess: { roles: ['agent', 'specialist', 'director'], from: ['received', 'in_assessment'], input: { decision: 'accept', message: 'How and how long' }, to: () => 'investigating' },
  // Agents and specialists assign themselves only ("Assign to me"); the snapshot's team has them.
  assign: { roles: ['director', 'agent', 'specialist'], from: OPEN, input: { assigneeId: 'u-agent', teamId: 't-l1' }, to: (f) => (f === 'received' ? 'in_assessment' : f) },
  escalate: { roles: ['agent'], from: ['in_assessment', 'investigating'], input: { reason: 'Beyond line 1' }, to: (f) => f },
  retain: { roles: ['specialist'], from: ['in_assessment', 'investigating'], input: { outcome: 'Kept' }, to: () => 'closed' },
  'file-claim': { roles: ['specialist'], from: ['investigating'], input: { reason: 'cause_unknown' }, to: (f) => f },
  'link-incident': { roles: ['director', 'quality-manager'], from: OPEN, input: { massIncidentId: 'mi-1' }, to: (f) => f },
  'unlink-incident': { roles: ['director', 'quality-manager'], from: OPEN, input: {}, to: (f) => f },
  'open-review': { roles: ['quality-manager'], from: ['investigating'], input: {}, to: (f) => f },
  propose: {
    roles: ['specialist', 'quality-manager'],
    from: ['investigating'],
    input: { external: { type: 'repair', description: 'Repair the router' }, internal: { none: true, reason: 'One-off' } },
    to: () => 'pending_approval',
  },
  approve: { roles: ['director', 'quality-manager'], from: ['pending_approval'], input: {}, to: () => 'response_proposed' },
  decline: { roles: ['director', 'quality-manager'], from: ['pending_approval'], input: { comment: 'No' }, to: () => 'investigating' },
  'send-to-customer': { roles: FRONT, from: ['response_proposed'], input: {}, to: () => 'awaiting_customer' },
  'record-customer-decision': { roles: FRONT, from: ['awaiting_customer'], input: { decision: 'accept', channel: 'phone' }, to: () => 'implementing' },
  implement: { roles: ['specialist', 'quality-manager'], from: ['implementing'], input: {}, to: (f) => f },
  resolve: { roles: ['specialist', 'quality-manager'], from: ['implementing'], input: { resolution: 'Fixed' }, to: () => 'resolved' },
  'record-survey': { roles: FRONT, from: ['resolved'], input: { resultScore: 4, processScore: 5 }, to: (f) => f },
  close: { roles: ['director'], from: ['resolved'], input: {}, to: () => 'closed' },
  // The roles that register and work complaints, in every state (the portal shows closed complaints too).
  'reissue-pin': { roles: FRONT, from: [...STATUSES], input: { channel: 'phone' }, to: (f) => f },
};

const ctx = (over: Partial<DecideContext> = {}): DecideContext => ({
  now: new Date('2026-11-23T10:00:00Z'),
  approvalThreshold: 100,
  satisfactionThreshold: 3,
  claimMinValueTier: null,
  recourseText: 'Regulator',
  teams: { 't-l1': { id: 't-l1', line: 'line1', area: 'billing', memberIds: ['u-agent', 'u-specialist'] }, 't-l2': { id: 't-l2', line: 'line2', area: 'billing', memberIds: ['u-spec'] } },
  line2TeamId: 't-l2',
  ...over,
});

/** A snapshot in `status` that satisfies the action's guards for `role`. */
function snapshotFor(action: string, status: Status, role: StaffRole): ComplaintSnapshot {
  return {
    id: 'c1',
    status,
    escalationLevel: action === 'retain' || action === 'file-claim' ? 'line2' : 'line1',
    responseRound: 1,
    valueTier: 2,
    assigneeId: null,
    teamId: 't-l1',
    massIncidentId: action === 'unlink-incident' ? 'mi-1' : null,
    cftReviewId: null,
    subjectStaffId: null,
    proposal: { external: { type: 'repair', description: 'x' }, internal: { none: true, reason: 'y' }, round: 1, status: 'pending_approval' },
    implementedAt: action === 'resolve' ? '2026-11-22T10:00:00Z' : null,
    pendingApprovals: [{ id: 'a1', requiredRole: role === 'quality-manager' ? 'quality-manager' : 'director', step: 1 }],
    surveyRecorded: false,
  };
}

const actor = (role: StaffRole): Actor => ({ id: `u-${role}`, role });

describe('every state × action × role', () => {
  for (const [action, exp] of Object.entries(EXPECTED)) {
    for (const status of STATUSES) {
      for (const role of STAFF_ROLES) {
        const allowedRole = exp.roles.includes(role);
        const allowedState = exp.from.includes(status);
        const expected = !allowedRole ? 'forbidden (403)' : !allowedState ? 'conflict (409)' : `→ ${exp.to(status)}`;
        it(`${action} by ${role} in ${status}: ${expected}`, () => {
          const input = action === 'assign' && role !== 'director' ? { ...exp.input, assigneeId: `u-${role}` } : exp.input;
          const d = decide(action, snapshotFor(action, status, role), input, actor(role), ctx());
          if (!allowedRole) {
            expect(d).toMatchObject({ ok: false, kind: 'forbidden' });
          } else if (!allowedState) {
            expect(d).toMatchObject({ ok: false, kind: 'conflict' });
            if (!d.ok && d.kind === 'conflict') expect(d.allowedActions).not.toContain(action);
          } else {
            expect(d).toMatchObject({ ok: true, outcome: { action, fromStatus: status, toStatus: exp.to(status) } });
            expect(availableActions(snapshotFor(action, status, role), actor(role), ctx())).toContain(action);
          }
        });
      }
    }
  }

  it('covers every action of SPEC §8', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(
      ['assess', 'assign', 'escalate', 'retain', 'file-claim', 'link-incident', 'unlink-incident', 'open-review', 'propose', 'approve', 'decline', 'send-to-customer', 'record-customer-decision', 'implement', 'resolve', 'record-survey', 'close', 'reissue-pin'].sort(),
    );
  });
});

describe('outcomes', () => {
  const s = (over: Partial<ComplaintSnapshot> = {}): ComplaintSnapshot => ({ ...snapshotFor('x', 'investigating', 'director'), ...over });

  it.each([
    ['agent', {}, { channel: null }],
    ['specialist', { channel: 'email' }, { channel: 'email' }],
  ] as const)('reissue-pin by %s asks the service for a new PIN and keeps it out of the event', (role, input, payload) => {
    const d = decide('reissue-pin', s({ status: 'closed' }), input, actor(role), ctx());
    expect(d).toEqual({
      ok: true,
      outcome: { action: 'reissue-pin', fromStatus: 'closed', toStatus: 'closed', patch: {}, eventPayload: payload, reissuePin: true, notifications: [] },
    });
  });

  it.each([
    [{ pin: '123456' }, 'pin'],
    [{ channel: 'pigeon' }, 'channel'],
  ])('reissue-pin refuses input %j (the server draws the PIN)', (input, path) => {
    const d = decide('reissue-pin', s(), input, actor('agent'), ctx());
    expect(d.ok === false && d.kind === 'invalid' && d.issues.map((i) => i.path)).toEqual([path]);
  });

  it('answers 404 for an unknown action', () => {
    expect(decide('teleport', s(), {}, actor('director'), ctx())).toEqual({ ok: false, kind: 'unknown_action' });
  });

  it('validates input with field paths', () => {
    const d = decide('assess', s({ status: 'received' }), { decision: 'maybe', extra: true }, actor('agent'), ctx());
    expect(d.ok).toBe(false);
    if (!d.ok && d.kind === 'invalid') expect(d.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['decision', 'message', 'extra']));
    else throw new Error('expected invalid');
    const money = decide('propose', s(), { external: { type: 'refund', description: 'x' }, internal: { none: true, reason: 'y' } }, actor('specialist'), ctx());
    expect(money.ok === false && money.kind === 'invalid' && money.issues.map((i) => i.path)).toEqual(['external.amount']);
  });

  it('rejects at assessment with an explanation', () => {
    const d = decide('assess', s({ status: 'in_assessment' }), { decision: 'reject', message: 'Not ours; thank you' }, actor('agent'), ctx());
    expect(d).toMatchObject({ ok: true, outcome: { toStatus: 'rejected', notifications: [{ purpose: 'assessment_reject' }] } });
  });

  it('asks two-step approval above the threshold only for money', () => {
    const refund = (amount: number) => ({ external: { type: 'refund', description: 'x', amount, currency: 'EUR' }, internal: { none: true, reason: 'y' } });
    const big = decide('propose', s(), refund(150), actor('specialist'), ctx());
    expect(big.ok && big.outcome.approvals?.create?.map((a) => a.requiredRole)).toEqual(['director', 'quality-manager']);
    const small = decide('propose', s(), refund(100), actor('specialist'), ctx());
    expect(small.ok && small.outcome.approvals?.create?.map((a) => a.requiredRole)).toEqual(['director']);
    const first = decide('approve', s({ status: 'pending_approval', pendingApprovals: [{ id: 'a1', requiredRole: 'director', step: 1 }, { id: 'a2', requiredRole: 'quality-manager', step: 2 }] }), {}, actor('director'), ctx());
    expect(first).toMatchObject({ ok: true, outcome: { toStatus: 'pending_approval' } });
    const qmTooEarly = decide('approve', s({ status: 'pending_approval', pendingApprovals: [{ id: 'a1', requiredRole: 'director', step: 1 }] }), {}, actor('quality-manager'), ctx());
    expect(qmTooEarly).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('gives a second round once, then open_external with the recourse text', () => {
    const first = decide('record-customer-decision', s({ status: 'awaiting_customer', responseRound: 1 }), { decision: 'reject', channel: 'sms' }, actor('agent'), ctx());
    expect(first).toMatchObject({ ok: true, outcome: { toStatus: 'investigating', patch: { responseRound: 2 } } });
    const second = decide('record-customer-decision', s({ status: 'awaiting_customer', responseRound: 2 }), { decision: 'reject', channel: 'sms' }, actor('agent'), ctx());
    expect(second).toMatchObject({ ok: true, outcome: { toStatus: 'open_external', eventPayload: { recourse: 'Regulator' }, notifications: [{ purpose: 'external_recourse', data: { recourse: 'Regulator' } }] } });
  });

  it('reopens on a survey below the threshold, from configuration', () => {
    const low = decide('record-survey', s({ status: 'resolved' }), { resultScore: 2, processScore: 5 }, actor('agent'), ctx());
    expect(low).toMatchObject({ ok: true, outcome: { toStatus: 'investigating', eventPayload: { reopened: true } } });
    const strict = decide('record-survey', s({ status: 'resolved' }), { resultScore: 4, processScore: 4 }, actor('agent'), ctx({ satisfactionThreshold: 5 }));
    expect(strict).toMatchObject({ ok: true, outcome: { toStatus: 'investigating' } });
    const fine = decide('record-survey', s({ status: 'resolved' }), { resultScore: 3, processScore: 3 }, actor('agent'), ctx());
    expect(fine).toMatchObject({ ok: true, outcome: { toStatus: 'resolved' } });
  });

  it('keeps objectivity: never assigned to or approved by the person complained about', () => {
    const assign = decide('assign', s({ status: 'received', subjectStaffId: 'u-agent' }), { assigneeId: 'u-agent' }, actor('director'), ctx());
    expect(assign).toMatchObject({ ok: false, kind: 'invalid', issues: [{ path: 'assigneeId' }] });
    const approve = decide('approve', s({ status: 'pending_approval', subjectStaffId: 'u-director' }), {}, actor('director'), ctx());
    expect(approve).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('assigns only to a member of a fitting team', () => {
    const wrongLine = decide('assign', s({ status: 'received', escalationLevel: 'line2' }), { assigneeId: 'u-agent', teamId: 't-l1' }, actor('director'), ctx());
    expect(wrongLine).toMatchObject({ ok: false, kind: 'invalid', issues: [{ path: 'teamId' }] });
    const notMember = decide('assign', s({ status: 'received' }), { assigneeId: 'u-spec', teamId: 't-l1' }, actor('director'), ctx());
    expect(notMember).toMatchObject({ ok: false, kind: 'invalid', issues: [{ path: 'assigneeId' }] });
  });

  it.each([
    ['the director assigns anyone', 'director', { assigneeId: 'u-agent', teamId: 't-l1' }, {}, { ok: true }],
    ['an agent assigns themselves', 'agent', { assigneeId: 'u-agent' }, {}, { ok: true, outcome: { patch: { assigneeId: 'u-agent', teamId: 't-l1' } } }],
    ['an agent may not assign a colleague', 'agent', { assigneeId: 'u-specialist' }, {}, { ok: false, kind: 'forbidden' }],
    ['an agent may not take an assigned complaint', 'agent', { assigneeId: 'u-agent' }, { assigneeId: 'u-other' }, { ok: false, kind: 'conflict' }],
    ['a specialist assigns themselves', 'specialist', { assigneeId: 'u-specialist' }, {}, { ok: true }],
  ] as const)('assign to me: %s', (_name, role, input, over, expected) => {
    expect(decide('assign', s({ status: 'received', ...over }), input, actor(role), ctx())).toMatchObject(expected);
  });

  it.each([
    ['takes the team of an assignee in exactly one team of the line', { 't-a': ['line1', ['u-x']], 't-b': ['line2', ['u-x']] }, { ok: true, outcome: { patch: { teamId: 't-a' } } }],
    ['asks for the team when the assignee is in two teams of the line', { 't-a': ['line1', ['u-x']], 't-b': ['line1', ['u-x']] }, { ok: false, kind: 'invalid', issues: [{ path: 'teamId', message: expect.stringContaining('2 first-line teams') }] }],
    ['asks for the team when the assignee is in none of the line', { 't-b': ['line2', ['u-x']] }, { ok: false, kind: 'invalid', issues: [{ path: 'teamId', message: expect.stringContaining('no first-line team') }] }],
  ] as const)('a complaint without a team %s', (_name, teams, expected) => {
    const known = Object.fromEntries(Object.entries(teams).map(([id, [line, memberIds]]) => [id, { id, line, area: 'billing', memberIds: [...memberIds] }]));
    expect(decide('assign', s({ status: 'received', teamId: null }), { assigneeId: 'u-x' }, actor('director'), ctx({ teams: known }))).toMatchObject(expected);
  });

  it('files claims only for the value tiers the category allows', () => {
    const low = decide('file-claim', s({ escalationLevel: 'line2', valueTier: 2 }), { reason: 'recalculation' }, actor('specialist'), ctx({ claimMinValueTier: 3 }));
    expect(low).toMatchObject({ ok: false, kind: 'conflict' });
    const high = decide('file-claim', s({ escalationLevel: 'line2', valueTier: 3 }), { reason: 'recalculation' }, actor('specialist'), ctx({ claimMinValueTier: 3 }));
    expect(high).toMatchObject({ ok: true, outcome: { patch: { escalationLevel: 'claim', claimReason: 'recalculation' } } });
  });

  it('pauses the SLA clock while waiting for the customer and resumes it after', () => {
    const send = decide('send-to-customer', s({ status: 'response_proposed' }), {}, actor('agent'), ctx());
    expect(send).toMatchObject({ ok: true, outcome: { sla: { kind: 'pause' } } });
    const yes = decide('record-customer-decision', s({ status: 'awaiting_customer' }), { decision: 'accept', channel: 'portal' }, actor('agent'), ctx());
    expect(yes).toMatchObject({ ok: true, outcome: { sla: { kind: 'resume', stage: 'resolution' } } });
  });
});
