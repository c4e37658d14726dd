/**
 * The console's copy of the server's permission matrix (docs/PERMISSIONS.md): which staff roles
 * may list, read, create, update and delete each resource, and which roles may take each complaint
 * action. Plain data so `canAccess` stays a pure function. A unit test
 * (tests/unit/console-permissions.test.ts) fails when this table and the server's
 * (`resources/index.ts`, `domain/lifecycle.ts`) disagree.
 */
export const ROLE_TYPES = [
  'agent',
  'specialist',
  'director',
  'quality-manager',
  'cft-member',
  'content-editor',
] as const;

export type RoleType = (typeof ROLE_TYPES)[number];

export const isRoleType = (value: unknown): value is RoleType =>
  typeof value === 'string' && (ROLE_TYPES as readonly string[]).includes(value);

export type ServerOperation = 'list' | 'read' | 'create' | 'update' | 'delete';

const ALL = ROLE_TYPES;
const FRONT: readonly RoleType[] = ['agent', 'specialist', 'director', 'quality-manager'];
const EDITORS: readonly RoleType[] = ['content-editor'];
const DIRECTOR: readonly RoleType[] = ['director'];
const QUALITY: readonly RoleType[] = ['quality-manager'];

export const RESOURCE_MATRIX = {
  complaints: { list: ALL, read: ALL, create: FRONT, update: FRONT },
  customers: { list: ALL, read: ALL, create: FRONT, update: FRONT, delete: DIRECTOR },
  categories: { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  channels: { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  'response-templates': { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
  teams: { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
  users: { list: ALL, read: ALL },
  'sla-policies': { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
  'business-calendars': { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
  'cft-reviews': {
    list: ALL,
    read: ALL,
    create: QUALITY,
    update: [...QUALITY, 'cft-member'],
    delete: QUALITY,
  },
  'root-causes': { list: ALL, read: ALL, create: QUALITY, update: QUALITY, delete: QUALITY },
  'corrective-actions': { list: ALL, read: ALL, create: QUALITY, update: QUALITY, delete: QUALITY },
  approvals: { list: ALL, read: ALL },
  'mass-incidents': {
    list: ALL,
    read: ALL,
    create: [...DIRECTOR, ...QUALITY],
    update: [...DIRECTOR, ...QUALITY],
    delete: [...DIRECTOR, ...QUALITY],
  },
  'complaint-events': { list: ALL, read: ALL },
  notifications: { list: FRONT, read: FRONT },
  surveys: { list: ALL, read: ALL },
} as const satisfies Record<string, Partial<Record<ServerOperation, readonly RoleType[]>>>;

export type ResourceName = keyof typeof RESOURCE_MATRIX;

export const RESOURCE_NAMES = Object.keys(RESOURCE_MATRIX) as ResourceName[];

export const isResourceName = (value: unknown): value is ResourceName =>
  typeof value === 'string' && value in RESOURCE_MATRIX;

/** Complaint actions (SPEC §8) and the roles that may take them in some state. */
export const ACTION_ROLES = {
  // Agents and specialists: only themselves, on an unassigned complaint ("Assign to me").
  assign: ['director', 'agent', 'specialist'],
  assess: ['agent', 'specialist', 'director'],
  escalate: ['agent'],
  retain: ['specialist'],
  'file-claim': ['specialist'],
  'link-incident': [...DIRECTOR, ...QUALITY],
  'unlink-incident': [...DIRECTOR, ...QUALITY],
  'open-review': QUALITY,
  propose: ['specialist', 'quality-manager'],
  approve: [...DIRECTOR, ...QUALITY],
  decline: [...DIRECTOR, ...QUALITY],
  'send-to-customer': FRONT,
  'record-customer-decision': FRONT,
  implement: ['specialist', 'quality-manager'],
  resolve: ['specialist', 'quality-manager'],
  'record-survey': FRONT,
  close: DIRECTOR,
} as const satisfies Record<string, readonly RoleType[]>;

export type ActionName = keyof typeof ACTION_ROLES;

export const ACTION_NAMES = Object.keys(ACTION_ROLES) as ActionName[];

export const isActionName = (value: unknown): value is ActionName =>
  typeof value === 'string' && value in ACTION_ROLES;

/** Roles that never receive customer personal data (the server masks it as null). */
export const PII_MASKED_ROLES: readonly RoleType[] = ['content-editor', 'cft-member'];

/** Roles that may export everything held about one customer (`GET /customers/{id}/export`). */
export const CUSTOMER_EXPORT_ROLES: readonly RoleType[] = [...DIRECTOR, ...QUALITY];
