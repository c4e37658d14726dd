/**
 * The complaint list's default columns per role (console/src/complaints/listColumns.ts): the SLA and
 * the assignee are always shown, every hidden name is a real column, and roles without personal
 * data do not get the customer column by default. The fit in 1,280 px is checked in the browser
 * (tests/e2e/console-journey.test.ts).
 */
import {
  COMPLAINT_COLUMNS,
  PINNED_COLUMNS,
  columnsStoreKey,
  defaultHiddenColumns,
} from '../../src/plugins/complaint-desk/console/src/complaints/listColumns';
import { STAFF_ROLES } from '../../src/plugins/complaint-desk/shared';
import { canAccess } from '../../src/plugins/complaint-desk/console/src/permissions/canAccess';

describe.each([...STAFF_ROLES, null])('default columns for %s', (role) => {
  const hidden = defaultHiddenColumns(role);

  it('keep the SLA and the assignee', () => {
    for (const pinned of PINNED_COLUMNS) expect(hidden).not.toContain(pinned);
  });

  it('hide only real columns, and leave at most eight of them shown', () => {
    for (const column of hidden) expect(COMPLAINT_COLUMNS).toContain(column);
    const shown = COMPLAINT_COLUMNS.filter((c) => !hidden.includes(c) && (c !== 'customer.name' || canAccess(role, { action: 'pii', resource: 'complaints' })));
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(shown).toEqual(expect.arrayContaining(['trackingCode', 'subject', 'status']));
  });

  it('show the customer by default only to the front line', () => {
    const front = role === 'agent' || role === 'specialist';
    expect(hidden.includes('customer.name')).toBe(!front);
  });

  it('are remembered per role', () => {
    expect(columnsStoreKey(role)).toBe(`complaints.columns.${role ?? 'none'}`);
  });
});
