/**
 * The permission matrix (docs/PERMISSIONS.md): which staff roles may list, read, create, update and
 * delete each console resource, which may take each complaint action, and who receives personal
 * data. The server's routes and policies enforce it; the console's `canAccess` asks it, so a screen
 * never offers what the server refuses.
 */
import { TRANSITIONS, type ActionName } from './lifecycle';
import { FRONT_ROLES, STAFF_ROLES, type StaffRole } from './roles';

export const OPERATIONS = ['list', 'read', 'create', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];

const ALL = STAFF_ROLES;
const FRONT = FRONT_ROLES;
const EDITORS: readonly StaffRole[] = ['content-editor'];
const DIRECTOR: readonly StaffRole[] = ['director'];
const QUALITY: readonly StaffRole[] = ['quality-manager'];
const DIRECTOR_OR_QUALITY: readonly StaffRole[] = [...DIRECTOR, ...QUALITY];

/**
 * The roles allowed each operation on each console resource, read by the server's policy and the
 * console's access checks alike, so the two cannot disagree. An operation left out is refused to all.
 */
export const RESOURCE_ROLES = {
  complaints: { list: ALL, read: ALL, create: FRONT, update: FRONT },
  // DELETE is the erasure of personal data on request (SPEC §9): the record and its complaints stay.
  customers: { list: ALL, read: ALL, create: FRONT, update: FRONT, delete: DIRECTOR },
  categories: { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  channels: { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  'response-templates': { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  teams: { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
  users: { list: ALL, read: ALL },
  'sla-policies': { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
  'business-calendars': { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
  // Any role may lead or sit on a review; the server lets only its members, its leader and the quality manager edit it.
  'cft-reviews': { list: ALL, read: ALL, create: QUALITY, update: [...QUALITY, 'cft-member', 'agent', 'specialist', 'director'], delete: QUALITY },
  'root-causes': { list: ALL, read: ALL, create: QUALITY, update: QUALITY, delete: QUALITY },
  'corrective-actions': { list: ALL, read: ALL, create: QUALITY, update: QUALITY, delete: QUALITY },
  approvals: { list: ALL, read: ALL },
  'mass-incidents': { list: ALL, read: ALL, create: DIRECTOR_OR_QUALITY, update: DIRECTOR_OR_QUALITY, delete: DIRECTOR_OR_QUALITY },
  'complaint-events': { list: ALL, read: ALL },
  notifications: { list: FRONT, read: FRONT },
  surveys: { list: ALL, read: ALL },
  // The audit trail of records other than complaints (corrective actions, CFT reviews): written by their services only.
  'audit-entries': { list: DIRECTOR_OR_QUALITY, read: DIRECTOR_OR_QUALITY },
} as const satisfies Record<string, Partial<Record<Operation, readonly StaffRole[]>>>;

export type ResourceName = keyof typeof RESOURCE_ROLES;

export const RESOURCE_NAMES = Object.keys(RESOURCE_ROLES) as ResourceName[];

export const isResourceName = (value: unknown): value is ResourceName => typeof value === 'string' && Object.prototype.hasOwnProperty.call(RESOURCE_ROLES, value);

/** The roles allowed an operation on a resource (none for an operation the resource does not offer). */
export function resourceRoles(resource: ResourceName, operation: Operation): readonly StaffRole[] {
  return (RESOURCE_ROLES[resource] as Partial<Record<Operation, readonly StaffRole[]>>)[operation] ?? [];
}

/** The roles that may take each complaint action in some state (the transition table's `roles`). */
export const ACTION_ROLES = Object.fromEntries(TRANSITIONS.map((t) => [t.action, t.roles])) as Record<ActionName, readonly StaffRole[]>;

/** Roles that may retry a dead or failed notification and, in development, read the local drop. */
export const NOTIFICATION_RETRY_ROLES: readonly StaffRole[] = FRONT;

/** Roles that never receive customer personal data: the server answers it as null. */
export const PII_MASKED_ROLES: readonly StaffRole[] = ['content-editor', 'cft-member'];

/** Whether a role receives customer personal data. */
export const seesPersonalData = (role: StaffRole): boolean => !PII_MASKED_ROLES.includes(role);

/**
 * Who may export everything held about a customer (`GET /customers/{id}/export`): the director, who
 * erases on request, and the quality manager. A whole dossier at once is more than the front line
 * needs, although it sees each piece of it.
 */
export const CUSTOMER_EXPORT_ROLES: readonly StaffRole[] = DIRECTOR_OR_QUALITY;

/**
 * Who reads the continuous-improvement reports (`GET /reports/{name}`). The cft-member analyses
 * root causes across the desk, so it reads them too, with personal data masked like everywhere
 * (PII_MASKED_ROLES); the content editor reads none.
 */
export const REPORT_ROLES: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager', 'cft-member'];

/** Roles whose reports count only their own teams' complaints (`scope: "team"`). */
export const TEAM_SCOPED_REPORT_ROLES: readonly StaffRole[] = ['agent', 'specialist'];
const FRONT_AND_CFT: readonly StaffRole[] = [...FRONT, 'cft-member'];
const QUALITY_WORK: readonly StaffRole[] = ['specialist', 'director', 'quality-manager', 'cft-member'];

/**
 * The pages each role finds in the console's menu: those it works with. Every role may still list
 * every resource (pickers and references need the names), but an agent has no use for the SLA
 * setup or the template editor, and a content editor none for the complaint queues.
 */
export const MENU_ROLES = {
  complaints: FRONT_AND_CFT,
  approvals: DIRECTOR_OR_QUALITY,
  'mass-incidents': FRONT,
  customers: FRONT,
  'cft-reviews': QUALITY_WORK,
  'corrective-actions': QUALITY_WORK,
  'root-causes': ['director', 'quality-manager', 'cft-member'],
  teams: DIRECTOR,
  'business-calendars': DIRECTOR,
  'sla-policies': DIRECTOR_OR_QUALITY,
  users: DIRECTOR,
  categories: EDITORS,
  channels: EDITORS,
  'response-templates': EDITORS,
  'complaint-events': [],
  notifications: NOTIFICATION_RETRY_ROLES,
  surveys: [],
  'audit-entries': [],
} as const satisfies Record<ResourceName, readonly StaffRole[]>;

/** Who finds the translation status of the localized content in the menu: those who write it. */
export const TRANSLATION_STATUS_ROLES: readonly StaffRole[] = EDITORS;
