/**
 * The contract shared by the server and the console (src/plugins/complaint-desk/shared): framework
 * free, consistent in itself, and the one definition the server's modules hand on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as contract from '../../src/plugins/complaint-desk/shared';
import * as lifecycle from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';
import { QUEUE_NAMES as SERVER_QUEUE_NAMES } from '../../src/plugins/complaint-desk/server/src/services/complaint-query';
import { CUSTOMER_EXPORT_ROLES, PII_MASKED_ROLES, RESOURCES } from '../../src/plugins/complaint-desk/server/src/resources';

const SHARED_DIR = join(__dirname, '../../src/plugins/complaint-desk/shared');
const sharedFiles = readdirSync(SHARED_DIR).filter((f) => f.endsWith('.ts'));

describe('the shared folder', () => {
  it.each(sharedFiles)('%s imports only from the shared folder', (file) => {
    const source = readFileSync(join(SHARED_DIR, file), 'utf8');
    const specifiers = [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'|\brequire\s*\(\s*'([^']+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^\.\/[a-z-]+$/);
  });
});

describe('guards', () => {
  it.each([
    ['isStaffRole', contract.isStaffRole, 'quality-manager', true],
    ['isStaffRole', contract.isStaffRole, 'customer', false],
    ['isStaffRole', contract.isStaffRole, null, false],
    ['isActionName', contract.isActionName, 'record-customer-decision', true],
    ['isActionName', contract.isActionName, 'register', false],
    ['isActionName', contract.isActionName, 'toString', false],
    ['isResourceName', contract.isResourceName, 'response-templates', true],
    ['isResourceName', contract.isResourceName, 'constructor', false],
    ['isResourceName', contract.isResourceName, 42, false],
    ['isQueueName', contract.isQueueName, 'awaiting_approval', true],
    ['isQueueName', contract.isQueueName, 'all', false],
  ] as const)('%s(%p) → %s', (_name, guard, value, expected) => {
    expect((guard as (v: unknown) => boolean)(value)).toBe(expected);
  });
});

describe('the permission matrix', () => {
  it.each(contract.ACTION_NAMES.map((action) => [action] as const))('%s has exactly one transition rule, whose roles ACTION_ROLES gives', (action) => {
    const rules = contract.TRANSITIONS.filter((t) => t.action === action);
    expect(rules).toHaveLength(1);
    expect(contract.ACTION_ROLES[action]).toBe(rules[0].roles);
  });

  it.each(contract.RESOURCE_NAMES.map((resource) => [resource] as const))('%s is listed and read by staff roles only', (resource) => {
    expect(contract.resourceRoles(resource, 'list').length).toBeGreaterThan(0);
    expect(contract.resourceRoles(resource, 'read')).toEqual(contract.resourceRoles(resource, 'list'));
    for (const op of contract.OPERATIONS) for (const role of contract.resourceRoles(resource, op)) expect(contract.STAFF_ROLES).toContain(role);
  });

  it.each([
    ['complaints', 'delete', []],
    ['customers', 'delete', ['director']],
    ['cft-reviews', 'update', ['quality-manager', 'cft-member', 'agent', 'specialist', 'director']],
    ['notifications', 'list', ['agent', 'specialist', 'director', 'quality-manager']],
    ['users', 'create', []],
  ] as const)('%s %s → %p', (resource, op, roles) => {
    expect([...contract.resourceRoles(resource, op)]).toEqual(roles);
  });

  it.each(contract.STAFF_ROLES.map((role) => [role, !['content-editor', 'cft-member'].includes(role)] as const))('%s sees personal data → %s', (role, sees) => {
    expect(contract.seesPersonalData(role)).toBe(sees);
  });
});

describe('states', () => {
  it('splits every state into open or terminal', () => {
    expect([...contract.OPEN_STATUSES, ...contract.TERMINAL_STATUSES].sort()).toEqual([...contract.STATUSES].sort());
  });
});

describe('the server hands on the shared definitions', () => {
  it.each([
    ['STATUSES', lifecycle.STATUSES, contract.STATUSES],
    ['OPEN_STATUSES', lifecycle.OPEN_STATUSES, contract.OPEN_STATUSES],
    ['CUSTOMER_STATUS', lifecycle.CUSTOMER_STATUS, contract.CUSTOMER_STATUS],
    ['TRANSITIONS', lifecycle.TRANSITIONS, contract.TRANSITIONS],
    ['STAFF_ROLES', lifecycle.STAFF_ROLES, contract.STAFF_ROLES],
    ['CHANNELS', lifecycle.CHANNELS, contract.CHANNELS],
    ['QUEUE_NAMES', SERVER_QUEUE_NAMES, contract.QUEUE_NAMES],
    ['PII_MASKED_ROLES', PII_MASKED_ROLES, contract.PII_MASKED_ROLES],
    ['CUSTOMER_EXPORT_ROLES', CUSTOMER_EXPORT_ROLES, contract.CUSTOMER_EXPORT_ROLES],
  ] as const)('%s', (_name, server, shared) => {
    expect(server).toBe(shared);
  });

  it.each(contract.RESOURCE_NAMES.map((resource) => [resource] as const))('the resource table takes the roles of %s from the matrix', (resource) => {
    expect(RESOURCES[resource].roles).toBe(contract.RESOURCE_ROLES[resource]);
  });
});
