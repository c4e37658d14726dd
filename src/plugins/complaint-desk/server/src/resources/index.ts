/**
 * The console API's resources (SPEC §6, §8) as declared data: which content type each one
 * serves, its API fields (camelCase; relations as `<name>Id`), what may be filtered and sorted,
 * which roles may read and write it, and which fields are personal data.
 *
 * This table, with the lifecycle table in domain/, is the permission matrix: the routes are
 * generated from it, docs/PERMISSIONS.md is generated from it, and a test checks both.
 */
import type { StaffRole } from '../domain/lifecycle';
import { CHANNELS, LANGUAGES, STATUSES, STAFF_ROLES } from '../domain/lifecycle';
import type { FieldSpec } from '../domain/rest-query';
import { uid } from '../pluginId';
import { LIMITS, WorkingTimeError, addWorkingTime, validateCalendarRecord } from '../domain/working-time';
import { validatePolicyTargets } from '../domain/sla-policy';

export type Operation = 'list' | 'read' | 'create' | 'update' | 'delete';

export interface ScalarField {
  /** Content-type attribute; defaults to the API name. */
  attr?: string;
  filter?: FieldSpec;
  sort?: boolean;
  /** Accepted in POST/PUT bodies (validated against the attribute by Strapi, plus `required`). */
  write?: boolean;
  required?: boolean;
  /**
   * Personal data: null for roles that must not see it, who may not filter or sort by it either;
   * refused on writes to an erased customer.
   */
  pii?: boolean;
  /** JSON whose secret keys (domain/privacy.ts SECRET_KEYS: the PIN) are masked in every answer. */
  secrets?: boolean;
  /** Filter and sort only: the API record does not carry it. */
  notInRecord?: boolean;
  /** A name or title lists show: list answers mark its hidden bidi and zero-width characters (domain/display-text.ts). */
  display?: boolean;
}

export interface RelationField {
  attr: string;
  target: string;
  many?: boolean;
  write?: boolean;
  /** Target is an i18n-localized type: connect the row of this locale. */
  localizedTarget?: boolean;
  filter?: boolean;
}

export interface ResourceDef {
  name: string;
  uid: string;
  localized?: boolean;
  fields: Record<string, ScalarField>;
  relations: Record<string, RelationField>;
  roles: Partial<Record<Operation, readonly StaffRole[]>>;
  defaultSort?: { field: string; order: 'ASC' | 'DESC' };
  /** Extra validation of the record a write would leave (400 with these issues). */
  validate?: (record: Record<string, unknown>) => Array<{ path: string; message: string }>;
  /** Why writes are refused, for read-only resources (answered with 405). */
  readOnlyReason?: string;
  /** Keys the resource's service adds to the record besides fields and relations (dotted: inside an object). */
  computed?: Record<string, { pii?: boolean }>;
}

const ALL = STAFF_ROLES;
const FRONT: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager'];
const EDITORS: readonly StaffRole[] = ['content-editor'];
const DIRECTOR: readonly StaffRole[] = ['director'];
const QUALITY: readonly StaffRole[] = ['quality-manager'];
/** Roles that never receive customer personal data (issue #3). */
export const PII_MASKED_ROLES: readonly StaffRole[] = ['content-editor', 'cft-member'];
/**
 * Who may export everything held about a customer (GET /customers/{id}/export): the director, who
 * erases on request, and the quality manager. A whole dossier at once is more than the front line
 * needs, although it sees each piece of it.
 */
export const CUSTOMER_EXPORT_ROLES: readonly StaffRole[] = ['director', 'quality-manager'];

const str: FieldSpec = { type: 'string' };
const num: FieldSpec = { type: 'number' };
const date: FieldSpec = { type: 'date' };
const bool: FieldSpec = { type: 'boolean' };
const en = (values: readonly string[]): FieldSpec => ({ type: 'enum', values });
const user = (attr: string, write = true): RelationField => ({ attr, target: 'plugin::users-permissions.user', write, filter: true });
const rel = (attr: string, name: string, extra: Partial<RelationField> = {}): RelationField => ({ attr, target: uid(name), write: true, filter: true, ...extra });
const timestamps = { createdAt: { filter: date, sort: true }, updatedAt: { filter: date, sort: true } };

export const RESOURCES: Record<string, ResourceDef> = {
  complaints: {
    name: 'complaints',
    uid: uid('complaint'),
    fields: {
      trackingCode: { filter: str, sort: true },
      status: { filter: en(STATUSES), sort: true },
      channel: { filter: en(CHANNELS), sort: true, write: true, required: true },
      subject: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true, required: true },
      language: { filter: en(LANGUAGES), sort: true, write: true },
      requestedRemedy: { write: true },
      contactPreference: { filter: en(['phone', 'sms', 'email', 'letter']), write: true },
      escalationLevel: { filter: en(['line1', 'line2', 'claim']), sort: true },
      claimReason: { filter: en(['recalculation', 'long_review', 'cause_unknown', 'exceeds_authority']) },
      valueTier: { filter: num, sort: true, write: true },
      responseRound: { filter: num },
      receivedAt: { filter: date, sort: true, write: true },
      acknowledgedAt: {},
      slaStage: { filter: en(['acknowledgment', 'assessment', 'evaluation', 'resolution', 'done']) },
      slaDueAt: { filter: date, sort: true },
      proposal: {},
      assessmentMessage: {},
      resolution: {},
      retentionOutcome: {},
      implementedAt: {},
      resolvedAt: { filter: date, sort: true },
      closedAt: { filter: date, sort: true },
      version: {},
      ...timestamps,
    },
    relations: {
      categoryId: rel('category', 'category', { localizedTarget: true }),
      customerId: rel('customer', 'customer'),
      teamId: rel('team', 'team', { write: false }),
      assigneeId: user('assignee', false),
      subjectStaffId: user('subjectStaff'),
      registeredById: user('registeredBy', false),
      massIncidentId: rel('massIncident', 'mass-incident', { write: false }),
      cftReviewId: rel('cftReview', 'cft-review', { write: false }),
      slaPolicyId: rel('slaPolicy', 'sla-policy', { write: false }),
    },
    roles: { list: ALL, read: ALL, create: FRONT, update: FRONT },
    defaultSort: { field: 'receivedAt', order: 'DESC' },
    // services/complaints.ts: the customer's contact (never the address), the relations' names, the clocks, the actions.
    computed: {
      'customer.name': { pii: true },
      'customer.phone': { pii: true },
      'customer.email': { pii: true },
      categoryName: {},
      teamName: {},
      assigneeName: {},
      sla: {},
      availableActions: {},
    },
  },
  customers: {
    name: 'customers',
    uid: uid('customer'),
    fields: {
      name: { write: true, required: true, pii: true, display: true },
      phone: { write: true, pii: true },
      email: { write: true, pii: true },
      address: { write: true, pii: true },
      preferredLanguage: { filter: en(LANGUAGES), write: true },
      contactPreference: { filter: en(['phone', 'sms', 'email', 'letter']), write: true },
      valueTier: { filter: num, sort: true, write: true },
      // A reference in another system (a contract or account number) names the person too.
      externalRef: { filter: str, write: true, pii: true },
      consentAt: { write: true },
      erasedAt: { filter: date },
      ...timestamps,
    },
    relations: {},
    // DELETE is the erasure of personal data on request (SPEC §9): the record and its complaints stay.
    roles: { list: ALL, read: ALL, create: FRONT, update: FRONT, delete: DIRECTOR },
  },
  categories: {
    name: 'categories',
    uid: uid('category'),
    localized: true,
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      scheme: { filter: en(['general', 'regulator', 'touchpoint', 'product']), sort: true, write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      recourseText: { write: true },
      area: { filter: en(['network', 'billing', 'service', 'sales']), write: true },
      claimMinValueTier: { write: true },
      active: { filter: bool, write: true },
      locale: { filter: en(LANGUAGES) },
      ...timestamps,
    },
    relations: { parentId: rel('parent', 'category', { localizedTarget: true }), teamId: rel('team', 'team') },
    roles: { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
    defaultSort: { field: 'code', order: 'ASC' },
  },
  channels: {
    name: 'channels',
    uid: uid('channel'),
    localized: true,
    fields: {
      code: { filter: en(CHANNELS), sort: true, write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      contact: { write: true },
      answeringDays: { filter: en(['working_days', 'every_day']), write: true },
      hours: { write: true },
      active: { filter: bool, write: true },
      sortOrder: { sort: true, write: true },
      locale: { filter: en(LANGUAGES) },
      ...timestamps,
    },
    relations: { calendarId: rel('calendar', 'business-calendar') },
    roles: { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
    defaultSort: { field: 'sortOrder', order: 'ASC' },
  },
  'response-templates': {
    name: 'response-templates',
    uid: uid('response-template'),
    localized: true,
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      purpose: { filter: str, sort: true, write: true, required: true },
      channel: { filter: en(['email', 'sms']), write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      subject: { write: true },
      body: { write: true, required: true },
      locale: { filter: en(LANGUAGES) },
      ...timestamps,
    },
    relations: {},
    roles: { list: ALL, read: ALL, create: EDITORS, update: EDITORS, delete: EDITORS },
    defaultSort: { field: 'code', order: 'ASC' },
  },
  teams: {
    name: 'teams',
    uid: uid('team'),
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      line: { filter: en(['line1', 'line2']), sort: true, write: true, required: true },
      area: { filter: en(['network', 'billing', 'service', 'sales']), sort: true, write: true, required: true },
      ...timestamps,
    },
    relations: {
      memberIds: { attr: 'members', target: 'plugin::users-permissions.user', many: true, write: true, filter: true },
      leadId: user('lead'),
      calendarId: rel('calendar', 'business-calendar'),
    },
    roles: { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
    defaultSort: { field: 'code', order: 'ASC' },
  },
  users: {
    name: 'users',
    uid: 'plugin::users-permissions.user',
    fields: {
      email: { filter: str, sort: true },
      username: { filter: str, sort: true },
      fullName: { filter: str, sort: true },
      createdAt: { filter: date, sort: true, notInRecord: true },
      updatedAt: { filter: date, sort: true, notInRecord: true },
    },
    relations: {},
    roles: { list: ALL, read: ALL },
    // services/users.ts: `{id, email, username, fullName, name, role, teamIds, openComplaints}` (SPEC §8).
    computed: { name: {}, role: {}, teamIds: {}, openComplaints: {} },
    defaultSort: { field: 'username', order: 'ASC' },
    readOnlyReason: 'Staff users are managed in the Strapi admin panel.',
  },
  'sla-policies': {
    name: 'sla-policies',
    uid: uid('sla-policy'),
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      isDefault: { filter: bool, write: true },
      priority: { sort: true, write: true },
      minValueTier: { write: true },
      maxValueTier: { write: true },
      acknowledgmentHours: { write: true },
      assessmentDays: { write: true },
      evaluationDays: { write: true },
      resolutionDays: { write: true },
      atRiskShare: { write: true },
      onAtRisk: { write: true },
      onBreach: { write: true },
      ...timestamps,
    },
    relations: { categoryId: rel('category', 'category', { localizedTarget: true }), calendarId: rel('calendar', 'business-calendar') },
    roles: { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
    defaultSort: { field: 'priority', order: 'DESC' },
    // Targets within bounds (domain/sla-policy.ts): 100000 days would stop every registration.
    validate: (r) => validatePolicyTargets(r),
  },
  'business-calendars': {
    name: 'business-calendars',
    uid: uid('business-calendar'),
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      timezone: { filter: str, write: true, required: true },
      workingDays: { write: true, required: true },
      hours: { write: true, required: true },
      halfDays: { write: true },
      holidays: { write: true },
      yearlyHolidays: { write: true },
      ...timestamps,
    },
    relations: {},
    roles: { list: ALL, read: ALL, create: DIRECTOR, update: DIRECTOR, delete: DIRECTOR },
    defaultSort: { field: 'code', order: 'ASC' },
    // No working time, overlapping hours, an unknown timezone… are refused naming the field (issue #4).
    // Bounded lists, and working time within reach: the longest stage a policy may set must be
    // computable from now on (years of holidays in a row are refused here, not at registration).
    validate: (r) => {
      const checked = validateCalendarRecord(r);
      if (!checked.ok) return checked.issues;
      try {
        addWorkingTime(new Date(), { days: LIMITS.days }, checked.calendar);
        return [];
      } catch (err) {
        if (!(err instanceof WorkingTimeError)) throw err;
        return [{ path: 'holidays', message: `leaves too little working time: ${err.message}` }];
      }
    },
  },
  'cft-reviews': {
    name: 'cft-reviews',
    uid: uid('cft-review'),
    fields: {
      title: { filter: str, sort: true, write: true, required: true, display: true },
      status: { filter: en(['planned', 'in_progress', 'concluded', 'cancelled']), sort: true, write: true },
      problemStatement: { write: true },
      containment: { write: true },
      eightD: { write: true },
      fiveWhys: { write: true },
      fishbone: { write: true },
      fieldVisitPlan: { write: true },
      fieldVisitAt: { filter: date, sort: true, write: true },
      conclusion: { write: true },
      concludedAt: { write: true },
      ...timestamps,
    },
    relations: {
      leaderId: user('leader'),
      memberIds: { attr: 'members', target: 'plugin::users-permissions.user', many: true, write: true, filter: true },
      rootCauseIds: { attr: 'rootCauses', target: uid('root-cause'), many: true, write: true, filter: true },
      massIncidentId: rel('massIncident', 'mass-incident'),
    },
    roles: { list: ALL, read: ALL, create: QUALITY, update: [...QUALITY, 'cft-member'], delete: QUALITY },
  },
  'root-causes': {
    name: 'root-causes',
    uid: uid('root-cause'),
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      title: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      sixM: { filter: en(['man', 'machine', 'method', 'material', 'measurement', 'environment']), sort: true, write: true, required: true },
      active: { filter: bool, write: true },
      ...timestamps,
    },
    relations: { parentId: rel('parent', 'root-cause') },
    roles: { list: ALL, read: ALL, create: QUALITY, update: QUALITY, delete: QUALITY },
    defaultSort: { field: 'code', order: 'ASC' },
  },
  'corrective-actions': {
    name: 'corrective-actions',
    uid: uid('corrective-action'),
    fields: {
      title: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      kind: { filter: en(['corrective', 'preventive', 'containment']), sort: true, write: true, required: true },
      status: { filter: en(['open', 'in_progress', 'done', 'verified_effective', 'verified_ineffective', 'cancelled']), sort: true, write: true },
      dueAt: { filter: date, sort: true, write: true },
      completedAt: { filter: date, write: true },
      effectivenessCheck: { write: true },
      effectivenessVerifiedAt: { write: true },
      effective: { filter: bool, write: true },
      ...timestamps,
    },
    relations: {
      ownerId: user('owner'),
      rootCauseId: rel('rootCause', 'root-cause'),
      cftReviewId: rel('cftReview', 'cft-review'),
      complaintId: rel('complaint', 'complaint'),
    },
    roles: { list: ALL, read: ALL, create: QUALITY, update: QUALITY, delete: QUALITY },
    defaultSort: { field: 'dueAt', order: 'ASC' },
  },
  approvals: {
    name: 'approvals',
    uid: uid('approval'),
    fields: {
      subject: { filter: en(['proposal', 'closing']) },
      requiredRole: { filter: en(['director', 'quality-manager']), sort: true },
      step: { filter: num, sort: true },
      decision: { filter: en(['pending', 'approved', 'declined']), sort: true },
      comment: {},
      amount: { filter: num, sort: true },
      currency: {},
      round: { filter: num },
      decidedAt: { filter: date, sort: true },
      ...timestamps,
    },
    relations: { complaintId: rel('complaint', 'complaint', { write: false }), decidedById: user('decidedBy', false) },
    roles: { list: ALL, read: ALL },
    defaultSort: { field: 'createdAt', order: 'DESC' },
    readOnlyReason: 'Approvals are opened by the propose action and decided by the approve and decline actions.',
  },
  'mass-incidents': {
    name: 'mass-incidents',
    uid: uid('mass-incident'),
    fields: {
      title: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      handlingAlgorithm: { write: true },
      status: { filter: en(['open', 'resolved', 'withdrawn']), sort: true, write: true },
      area: { filter: en(['network', 'billing', 'service', 'sales']), write: true },
      region: { filter: str, write: true },
      startedAt: { filter: date, sort: true, write: true, required: true },
      endedAt: { filter: date, sort: true, write: true },
      ...timestamps,
    },
    relations: { categoryId: rel('category', 'category', { localizedTarget: true }) },
    roles: { list: ALL, read: ALL, create: [...DIRECTOR, ...QUALITY], update: [...DIRECTOR, ...QUALITY], delete: [...DIRECTOR, ...QUALITY] },
    defaultSort: { field: 'startedAt', order: 'DESC' },
  },
  'complaint-events': {
    name: 'complaint-events',
    uid: uid('complaint-event'),
    fields: {
      action: { filter: str, sort: true },
      fromStatus: { filter: en(STATUSES) },
      toStatus: { filter: en(STATUSES) },
      actorRole: { filter: str },
      payload: { secrets: true },
      ...timestamps,
    },
    relations: { complaintId: rel('complaint', 'complaint', { write: false }), actorId: user('actor', false) },
    roles: { list: ALL, read: ALL },
    defaultSort: { field: 'createdAt', order: 'ASC' },
    readOnlyReason: 'The audit trail is append-only.',
  },
  notifications: {
    name: 'notifications',
    uid: uid('notification'),
    fields: {
      channel: { filter: en(['email', 'sms']) },
      recipient: { pii: true },
      template: { filter: str },
      locale: { filter: en(LANGUAGES) },
      payload: { pii: true, secrets: true },
      status: { filter: en(['pending', 'sending', 'sent', 'failed', 'dead']), sort: true },
      attempts: { filter: num },
      lastError: {},
      nextAttemptAt: { filter: date, sort: true },
      sentAt: { filter: date, sort: true },
      ...timestamps,
    },
    relations: { complaintId: rel('complaint', 'complaint', { write: false }) },
    roles: { list: FRONT, read: FRONT },
    defaultSort: { field: 'createdAt', order: 'DESC' },
    readOnlyReason: 'Notifications are written by actions into the outbox and sent by the outbox worker.',
  },
  surveys: {
    name: 'surveys',
    uid: uid('survey'),
    fields: {
      resultScore: { filter: num, sort: true },
      processScore: { filter: num, sort: true },
      comment: {},
      channel: { filter: en(CHANNELS) },
      round: { filter: num },
      ...timestamps,
    },
    relations: { complaintId: rel('complaint', 'complaint', { write: false }), recordedById: user('recordedBy', false) },
    roles: { list: ALL, read: ALL },
    defaultSort: { field: 'createdAt', order: 'DESC' },
    readOnlyReason: 'Surveys are recorded by the record-survey action or the portal.',
  },
};

export const resourceNames = Object.keys(RESOURCES);

export function rolesFor(def: ResourceDef, op: Operation): readonly StaffRole[] {
  return def.roles[op] ?? [];
}

/** Whether a role receives customer personal data. */
export const seesPersonalData = (role: StaffRole): boolean => !PII_MASKED_ROLES.includes(role);

/** A resource's personal-data fields (API names). */
export function personalFields(def: ResourceDef): string[] {
  return Object.entries(def.fields)
    .filter(([, f]) => f.pii)
    .map(([name]) => name);
}

/** One key of a resource's API record (dotted: inside an object); `pii` keys are null for PII_MASKED_ROLES. */
export interface RecordField {
  key: string;
  pii: boolean;
}

/** The keys of a resource's API record, in the order the record has them (docs/PERMISSIONS.md "Fields by role"). */
export function recordFields(def: ResourceDef): RecordField[] {
  return [
    { key: 'id', pii: false },
    ...Object.entries(def.fields)
      .filter(([, f]) => !f.notInRecord)
      .map(([key, f]) => ({ key, pii: !!f.pii })),
    ...Object.keys(def.relations).map((key) => ({ key, pii: false })),
    ...(def.localized && !('locale' in def.fields) ? [{ key: 'locale', pii: false }] : []),
    ...Object.entries(def.computed ?? {}).map(([key, c]) => ({ key, pii: !!c.pii })),
  ];
}
