/**
 * The SQL text database/sla-clock.ts generates, against the forms the queues and the timer
 * triggers are written with, so that they can take it over unchanged (same statements, same
 * prepared-statement cache keys). What the SQL selects is checked on both databases in
 * tests/integration/sla-clock.test.ts.
 */
import { slaClockSql } from '../../src/plugins/complaint-desk/server/src/database/sla-clock';
import { metadataStub } from '../helpers/metadata-stub';

const NOW = new Date('2026-03-01T12:00:00Z');
const OPEN = "'received', 'in_assessment', 'investigating', 'response_proposed', 'pending_approval', 'awaiting_customer', 'implementing', 'resolved'";

describe.each([
  ['postgres', NOW],
  ['sqlite', NOW.getTime()],
])('on %s', (client, bound) => {
  const clock = slaClockSql(metadataStub(client));

  it.each([
    ['at_risk', { open: true, sql: 'c.sla_paused_at is null and c.sla_at_risk_at <= ? and c.sla_due_at > ?', bindings: [bound, bound] }],
    ['breached', { open: true, sql: 'c.sla_paused_at is null and c.sla_due_at <= ?', bindings: [bound] }],
  ] as const)('the %s queue is the queue filter as written', (queue, expected) => {
    expect(clock.queue('c', queue, NOW)).toEqual(expected);
  });

  it('the pending claim test', () => {
    const p = clock.pending('c', 'breached', NOW);
    expect(p.sql).toBe('(c.status in (?, ?, ?, ?, ?, ?, ?, ?) and c.sla_paused_at is null and c.sla_breached_at is null and c.sla_due_at <= ?)');
    expect(p.bindings).toHaveLength(9);
    expect(p.bindings[8]).toEqual(bound);
  });

  it('the timer rows are the triggers’ SELECT', () => {
    expect(clock.timerRows('added a', 'a')).toBe(
      `select a.id, 'at_risk', a.sla_at_risk_at from added a where a.status in (${OPEN}) and a.sla_paused_at is null and a.sla_at_risk_at is not null and a.sla_at_risk_fired_at is null` +
        ` union all select a.id, 'breached', a.sla_due_at from added a where a.status in (${OPEN}) and a.sla_paused_at is null and a.sla_due_at is not null and a.sla_breached_at is null`,
    );
    expect(clock.columns()).toEqual([
      { threshold: 'at_risk', due: 'sla_at_risk_at', fired: 'sla_at_risk_fired_at' },
      { threshold: 'breached', due: 'sla_due_at', fired: 'sla_breached_at' },
    ]);
  });
});
