import {
  ACTION_ROLES,
  CUSTOMER_EXPORT_ROLES,
  isActionName,
  isResourceName,
  isStaffRole,
  MENU_ROLES,
  PII_MASKED_ROLES,
  resourceRoles,
  TRANSLATION_STATUS_ROLES,
  type Operation,
  type StaffRole,
} from '@contract';

/**
 * What the console asks: react-admin's page and button checks (`list`, `show`, `create`, `edit`,
 * `delete`, `export`, `clone`), a complaint action by name (`assign`, `propose`, …), `pii` —
 * whether the role may see customer personal data — `privacy-export` on `customers`: the export
 * of everything held about one customer — or `menu`: whether the page is in the role's menu
 * (`translation-status` for the translation overview).
 */
export interface AccessQuery {
  action: string;
  resource: string;
  record?: { availableActions?: readonly string[] } | null;
}

const OPERATION: Record<string, Operation> = {
  list: 'list',
  export: 'list',
  show: 'read',
  read: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  update: 'update',
  delete: 'delete',
};

/**
 * One pure permission function over the matrix the server enforces (the shared contract's
 * permissions, docs/PERMISSIONS.md).
 * Complaint actions on a record are also limited to the record's `availableActions`, which the
 * server computes from the state; without a record, the role alone decides.
 */
export function canAccess(role: unknown, { action, resource, record }: AccessQuery): boolean {
  if (!isStaffRole(role)) return false;
  if (action === 'pii') return !PII_MASKED_ROLES.includes(role);
  if (action === 'privacy-export') return resource === 'customers' && CUSTOMER_EXPORT_ROLES.includes(role);
  if (action === 'menu') {
    if (resource === 'translation-status') return TRANSLATION_STATUS_ROLES.includes(role);
    return isResourceName(resource) && (MENU_ROLES[resource] as readonly StaffRole[]).includes(role) && resourceRoles(resource, 'list').includes(role);
  }
  if (!isResourceName(resource)) return false;

  if (resource === 'complaints' && isActionName(action)) {
    if (!ACTION_ROLES[action].includes(role)) return false;
    if (record && Array.isArray(record.availableActions)) return record.availableActions.includes(action);
    return true;
  }

  const operation = OPERATION[action];
  if (!operation) return false;
  return resourceRoles(resource, operation).includes(role);
}

export default canAccess;
