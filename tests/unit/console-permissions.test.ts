/**
 * The console's canAccess (the console's src/permissions): react-admin's questions (`list`, `show`, `edit`,
 * `export`, a complaint action, `pii`, `privacy-export`) answered from the shared permission matrix
 * that the server enforces (src/plugins/complaint-desk/shared/permissions.ts, docs/PERMISSIONS.md).
 */
import { canAccess } from '../../src/plugins/complaint-desk/console/src/permissions/canAccess';
import {
  ACTION_NAMES,
  ACTION_ROLES,
  CUSTOMER_EXPORT_ROLES,
  OPERATIONS,
  PII_MASKED_ROLES,
  RESOURCE_NAMES,
  STAFF_ROLES,
  resourceRoles,
  type Operation,
} from '../../src/plugins/complaint-desk/shared';

/** react-admin's questions for each server operation. */
const RA_ACTION: Record<Operation, string[]> = {
  list: ['list', 'export'],
  read: ['show', 'read'],
  create: ['create', 'clone'],
  update: ['edit', 'update'],
  delete: ['delete'],
};

const resourceCells = RESOURCE_NAMES.flatMap((resource) =>
  OPERATIONS.flatMap((op) => STAFF_ROLES.flatMap((role) => RA_ACTION[op].map((action) => [resource, action, role, resourceRoles(resource, op).includes(role)] as const))),
);

it.each(resourceCells)('%s %s by %s → %s', (resource, action, role, allowed) => {
  expect(canAccess(role, { resource, action })).toBe(allowed);
});

const actionCells = ACTION_NAMES.flatMap((action) => STAFF_ROLES.map((role) => [action, role, ACTION_ROLES[action].includes(role)] as const));

it.each(actionCells)('complaint action %s by %s → %s', (action, role, allowed) => {
  expect(canAccess(role, { resource: 'complaints', action })).toBe(allowed);
  // On a record, the server's availableActions decide as well.
  expect(canAccess(role, { resource: 'complaints', action, record: { availableActions: [action] } })).toBe(allowed);
  expect(canAccess(role, { resource: 'complaints', action, record: { availableActions: [] } })).toBe(false);
  // A complaint action is no question on another resource.
  expect(canAccess(role, { resource: 'customers', action })).toBe(false);
});

it.each(STAFF_ROLES.map((role) => [role, !PII_MASKED_ROLES.includes(role)] as const))('personal data for %s → %s', (role, sees) => {
  expect(canAccess(role, { resource: 'customers', action: 'pii' })).toBe(sees);
  expect(canAccess(role, { resource: 'complaints', action: 'pii' })).toBe(sees);
});

it.each(STAFF_ROLES.map((role) => [role, CUSTOMER_EXPORT_ROLES.includes(role)] as const))('the customer export for %s → %s', (role, allowed) => {
  expect(canAccess(role, { resource: 'customers', action: 'privacy-export' })).toBe(allowed);
  expect(canAccess(role, { resource: 'complaints', action: 'privacy-export' })).toBe(false);
});

it.each([
  [null, 'complaints', 'list'],
  ['customer', 'complaints', 'list'],
  ['director', 'secrets', 'list'],
  ['director', 'complaints', 'fly'],
  ['director', 'constructor', 'list'],
  ['director', 'complaints', 'toString'],
  ['director', 'customers', 'constructor'],
])('refuses role %s, resource %s, action %s', (role, resource, action) => {
  expect(canAccess(role, { resource, action })).toBe(false);
});
