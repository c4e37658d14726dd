import { CUSTOMER_STATUS, CUSTOMER_STATUSES, STATUSES, STAFF_ROLES, TERMINAL_STATUSES, TRANSITIONS } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';

describe('lifecycle table', () => {
  it('maps every state to what the customer sees (SPEC §4)', () => {
    for (const s of STATUSES) expect(CUSTOMER_STATUSES).toContain(CUSTOMER_STATUS[s]);
    expect(CUSTOMER_STATUS.awaiting_customer).toBe('proposal');
    expect(CUSTOMER_STATUS.open_external).toBe('open');
    expect(CUSTOMER_STATUS.rejected).toBe('closed');
  });

  it('names only known states and roles, and never leaves a terminal state', () => {
    for (const t of TRANSITIONS) {
      expect(t.roles.length).toBeGreaterThan(0);
      for (const r of t.roles) expect(STAFF_ROLES).toContain(r);
      for (const f of t.from) {
        expect(STATUSES).toContain(f);
        // From a terminal state only an action that keeps the state (reissue-pin) is possible.
        if (TERMINAL_STATUSES.includes(f)) expect([t.action, t.to]).toEqual([t.action, null]);
      }
      const targets = t.to === null ? [] : typeof t.to === 'string' ? [t.to] : Object.values(t.to);
      for (const to of targets) if (to) expect(STATUSES).toContain(to);
    }
  });

  it('reaches every state from received', () => {
    const reached = new Set<string>(['received']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (!t.from.some((f) => reached.has(f))) continue;
        const targets = t.to === null ? [] : typeof t.to === 'string' ? [t.to] : Object.values(t.to);
        for (const to of targets) {
          if (to && !reached.has(to)) {
            reached.add(to);
            grew = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
  });
});
