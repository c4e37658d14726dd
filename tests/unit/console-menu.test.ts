/**
 * The console's menu per role (shared MENU_ROLES through canAccess `menu`), written out by hand:
 * each role finds the pages it works with, and never a page it may not list.
 */
import { canAccess } from '../../src/plugins/complaint-desk/console/src/permissions/canAccess';
import { MENU_ROLES, RESOURCE_NAMES, STAFF_ROLES, resourceRoles } from '../../src/plugins/complaint-desk/shared';

const MENUS: Record<string, string[]> = {
  agent: ['complaints', 'mass-incidents', 'customers', 'notifications'],
  specialist: ['complaints', 'mass-incidents', 'customers', 'notifications', 'cft-reviews', 'corrective-actions'],
  director: ['complaints', 'approvals', 'mass-incidents', 'customers', 'notifications', 'cft-reviews', 'corrective-actions', 'root-causes', 'teams', 'business-calendars', 'sla-policies', 'users'],
  'quality-manager': ['complaints', 'approvals', 'mass-incidents', 'customers', 'notifications', 'cft-reviews', 'corrective-actions', 'root-causes', 'sla-policies'],
  'cft-member': ['complaints', 'cft-reviews', 'corrective-actions', 'root-causes'],
  'content-editor': ['categories', 'channels', 'response-templates', 'translation-status'],
};

describe('the menu by role', () => {
  it.each(STAFF_ROLES.map((role) => [role] as const))('%s', (role) => {
    const shown = [...RESOURCE_NAMES, 'translation-status'].filter((resource) => canAccess(role, { action: 'menu', resource }));
    expect(shown.sort()).toEqual([...MENUS[role]].sort());
  });

  it('never offers a page the role may not list', () => {
    for (const resource of RESOURCE_NAMES) {
      for (const role of MENU_ROLES[resource]) expect([resource, role, resourceRoles(resource, 'list').includes(role)]).toEqual([resource, role, true]);
    }
  });

  it.each([null, undefined, 'admin', 'customer'])('shows nothing to %j', (role) => {
    expect([...RESOURCE_NAMES, 'translation-status'].filter((resource) => canAccess(role, { action: 'menu', resource }))).toEqual([]);
  });
});
