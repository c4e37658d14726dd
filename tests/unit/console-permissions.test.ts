/**
 * The console's canAccess (console/src/permissions) is the server's matrix: every resource ×
 * operation × role and every complaint action × role agree with the resource table and the
 * lifecycle table the server enforces (docs/PERMISSIONS.md).
 */
import { canAccess } from '../../src/plugins/complaint-desk/console/src/permissions/canAccess';
import { ACTION_ROLES, RESOURCE_MATRIX, ROLE_TYPES } from '../../src/plugins/complaint-desk/console/src/permissions/matrix';
import { CUSTOMER_EXPORT_ROLES, PII_MASKED_ROLES as SERVER_PII_MASKED, RESOURCES, rolesFor, type Operation } from '../../src/plugins/complaint-desk/server/src/resources';
import { consoleRoutes } from '../../src/plugins/complaint-desk/server/src/routes';
import { STAFF_ROLES, TRANSITIONS } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';

const OPERATIONS: Operation[] = ['list', 'read', 'create', 'update', 'delete'];
/** react-admin's question for each server operation. */
const RA_ACTION: Record<Operation, string[]> = {
  list: ['list', 'export'],
  read: ['show'],
  create: ['create', 'clone'],
  update: ['edit'],
  delete: ['delete'],
};

it('has the same roles and resources as the server', () => {
  expect([...ROLE_TYPES]).toEqual([...STAFF_ROLES]);
  expect(Object.keys(RESOURCE_MATRIX).sort()).toEqual(Object.keys(RESOURCES).sort());
  expect(Object.keys(ACTION_ROLES).sort()).toEqual(TRANSITIONS.map((t) => t.action).sort());
});

const resourceCells = Object.keys(RESOURCES).flatMap((resource) =>
  OPERATIONS.flatMap((op) => STAFF_ROLES.map((role) => [resource, op, role] as const))
);

it.each(resourceCells)('%s %s by %s: console and server agree', (resource, op, role) => {
  const allowed = rolesFor(RESOURCES[resource], op).includes(role);
  for (const action of RA_ACTION[op]) expect(canAccess(role, { resource, action })).toBe(allowed);
});

const actionCells = TRANSITIONS.flatMap((t) => STAFF_ROLES.map((role) => [t.action, role, t.roles.includes(role)] as const));

it.each(actionCells)('complaint action %s by %s → %s', (action, role, allowed) => {
  expect(canAccess(role, { resource: 'complaints', action })).toBe(allowed);
  // On a record, the server's availableActions decide as well.
  expect(canAccess(role, { resource: 'complaints', action, record: { availableActions: [action] } })).toBe(allowed);
  expect(canAccess(role, { resource: 'complaints', action, record: { availableActions: [] } })).toBe(false);
});

it('personal data: masked for the same roles as on the server', () => {
  for (const role of STAFF_ROLES) {
    expect(canAccess(role, { resource: 'customers', action: 'pii' })).toBe(!SERVER_PII_MASKED.includes(role));
  }
});

it('the customer export: the same roles as its route on the server', () => {
  const route = consoleRoutes().find((r) => r.path === '/customers/:id/export')!;
  expect([...route.roles]).toEqual([...CUSTOMER_EXPORT_ROLES]);
  for (const role of STAFF_ROLES) {
    expect(canAccess(role, { resource: 'customers', action: 'privacy-export' })).toBe(route.roles.includes(role));
    expect(canAccess(role, { resource: 'complaints', action: 'privacy-export' })).toBe(false);
  }
});

it('refuses unknown roles, resources and actions', () => {
  expect(canAccess(null, { resource: 'complaints', action: 'list' })).toBe(false);
  expect(canAccess('customer', { resource: 'complaints', action: 'list' })).toBe(false);
  expect(canAccess('director', { resource: 'secrets', action: 'list' })).toBe(false);
  expect(canAccess('director', { resource: 'complaints', action: 'fly' })).toBe(false);
  expect(canAccess('director', { resource: 'complaints', action: 'pii' })).toBe(true);
});
