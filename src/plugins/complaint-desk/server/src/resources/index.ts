/**
 * The console API's resources (SPEC §6, §8) as declared data: which content type each one
 * serves, its API fields (camelCase; relations as `<name>Id`), what may be filtered and sorted,
 * which roles may read and write it, and which fields are personal data.
 *
 * The roles come from the shared contract's permission matrix (shared/permissions.ts), the value
 * lists from its enums: the console reads the same ones. The routes and docs/PERMISSIONS.md are
 * generated from this table.
 */
import {
  ANSWERING_DAYS,
  APPROVAL_DECISIONS,
  APPROVAL_SUBJECTS,
  APPROVER_ROLES,
  AREAS,
  CATEGORY_SCHEMES,
  CFT_REVIEW_STATUSES,
  CHANNELS,
  CLAIM_REASONS,
  CONCLUSION_STATES,
  CONTACT_PREFERENCES,
  CORRECTIVE_ACTION_KINDS,
  CORRECTIVE_ACTION_STATUSES,
  EFFECTIVENESS_RESULTS,
  ESCALATION_LEVELS,
  LANGUAGES,
  MASS_INCIDENT_STATUSES,
  MESSAGE_CHANNELS,
  NOTIFICATION_STATUSES,
  REGULATOR_CLASSES,
  RESOURCE_ROLES,
  SIX_M,
  SLA_STAGE_VALUES,
  STATUSES,
  TEAM_LINES,
  type Operation,
  type ResourceName,
  type StaffRole,
} from '../../../shared';
import type { FieldSpec } from '../domain/rest-query';
import { uid } from '../pluginId';
import { LIMITS, WorkingTimeError, addWorkingTime, validateCalendarRecord } from '../domain/working-time';
import { validatePolicyTargets } from '../domain/sla-policy';

export type { Operation };
export { CUSTOMER_EXPORT_ROLES, PII_MASKED_ROLES, seesPersonalData } from '../../../shared/permissions';

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

const str: FieldSpec = { type: 'string' };
const num: FieldSpec = { type: 'number' };
const date: FieldSpec = { type: 'date' };
const bool: FieldSpec = { type: 'boolean' };
const en = (values: readonly string[]): FieldSpec => ({ type: 'enum', values });
const user = (attr: string, write = true): RelationField => ({ attr, target: 'plugin::users-permissions.user', write, filter: true });
const rel = (attr: string, name: string, extra: Partial<RelationField> = {}): RelationField => ({ attr, target: uid(name), write: true, filter: true, ...extra });
const timestamps = { createdAt: { filter: date, sort: true }, updatedAt: { filter: date, sort: true } };

const DEFS = {
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
      contactPreference: { filter: en(CONTACT_PREFERENCES), write: true },
      escalationLevel: { filter: en(ESCALATION_LEVELS), sort: true },
      claimReason: { filter: en(CLAIM_REASONS) },
      valueTier: { filter: num, sort: true, write: true },
      responseRound: { filter: num },
      receivedAt: { filter: date, sort: true, write: true },
      acknowledgedAt: {},
      acknowledgmentNoContact: {},
      slaStage: { filter: en(SLA_STAGE_VALUES) },
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
      // Read here; set by a concluded CFT review or the resolve action. Filter: the complaints of a root cause.
      rootCauseIds: { attr: 'rootCauses', target: uid('root-cause'), many: true, write: false, filter: true },
    },
    roles: RESOURCE_ROLES.complaints,
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
      // The linked mass incident with its handling algorithm (services/complaints.ts).
      massIncident: {},
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
      contactPreference: { filter: en(CONTACT_PREFERENCES), write: true },
      valueTier: { filter: num, sort: true, write: true },
      // A reference in another system (a contract or account number) names the person too.
      externalRef: { filter: str, write: true, pii: true },
      consentAt: { write: true },
      erasedAt: { filter: date },
      ...timestamps,
    },
    relations: {},
    roles: RESOURCE_ROLES.customers,
  },
  categories: {
    name: 'categories',
    uid: uid('category'),
    localized: true,
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      scheme: { filter: en(CATEGORY_SCHEMES), sort: true, write: true, required: true },
      // The regulator report's class; a subcategory without one takes its nearest ancestor's.
      regulatorClass: { filter: en(REGULATOR_CLASSES), sort: true, write: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      recourseText: { write: true },
      area: { filter: en(AREAS), write: true },
      claimMinValueTier: { write: true },
      active: { filter: bool, write: true },
      locale: { filter: en(LANGUAGES) },
      ...timestamps,
    },
    relations: { parentId: rel('parent', 'category', { localizedTarget: true }), teamId: rel('team', 'team') },
    roles: RESOURCE_ROLES.categories,
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
      answeringDays: { filter: en(ANSWERING_DAYS), write: true },
      hours: { write: true },
      active: { filter: bool, write: true },
      sortOrder: { sort: true, write: true },
      locale: { filter: en(LANGUAGES) },
      ...timestamps,
    },
    relations: { calendarId: rel('calendar', 'business-calendar') },
    roles: RESOURCE_ROLES.channels,
    defaultSort: { field: 'sortOrder', order: 'ASC' },
  },
  'response-templates': {
    name: 'response-templates',
    uid: uid('response-template'),
    localized: true,
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      purpose: { filter: str, sort: true, write: true, required: true },
      channel: { filter: en(MESSAGE_CHANNELS), write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      subject: { write: true },
      body: { write: true, required: true },
      locale: { filter: en(LANGUAGES) },
      ...timestamps,
    },
    relations: {},
    roles: RESOURCE_ROLES['response-templates'],
    defaultSort: { field: 'code', order: 'ASC' },
  },
  teams: {
    name: 'teams',
    uid: uid('team'),
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      name: { filter: str, sort: true, write: true, required: true, display: true },
      line: { filter: en(TEAM_LINES), sort: true, write: true, required: true },
      area: { filter: en(AREAS), sort: true, write: true, required: true },
      ...timestamps,
    },
    relations: {
      memberIds: { attr: 'members', target: 'plugin::users-permissions.user', many: true, write: true, filter: true },
      leadId: user('lead'),
      calendarId: rel('calendar', 'business-calendar'),
    },
    roles: RESOURCE_ROLES.teams,
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
    roles: RESOURCE_ROLES.users,
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
    roles: RESOURCE_ROLES['sla-policies'],
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
    roles: RESOURCE_ROLES['business-calendars'],
    defaultSort: { field: 'code', order: 'ASC' },
    // No working time, overlapping hours, an unknown timezone… are refused naming the field.
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
      // planned, in_progress and cancelled by PUT; concluded only by approving the conclusion (services/cft-reviews.ts).
      status: { filter: en(CFT_REVIEW_STATUSES), sort: true, write: true },
      problemStatement: { write: true },
      containment: { write: true },
      eightD: { write: true },
      fiveWhys: { write: true },
      fishbone: { write: true },
      fieldVisitPlan: { write: true },
      fieldVisitAt: { filter: date, sort: true, write: true },
      conclusion: { write: true },
      // Written by the conclusion's steps (POST /cft-reviews/{id}/actions/{action}).
      conclusionState: { filter: en(CONCLUSION_STATES), sort: true },
      conclusionComment: {},
      conclusionSubmittedAt: { filter: date, sort: true },
      concludedAt: { filter: date, sort: true },
      ...timestamps,
    },
    relations: {
      leaderId: user('leader'),
      memberIds: { attr: 'members', target: 'plugin::users-permissions.user', many: true, write: true, filter: true },
      rootCauseIds: { attr: 'rootCauses', target: uid('root-cause'), many: true, write: true, filter: true },
      massIncidentId: rel('massIncident', 'mass-incident'),
      complaintIds: { attr: 'complaints', target: uid('complaint'), many: true, write: false, filter: true },
    },
    roles: RESOURCE_ROLES['cft-reviews'],
  },
  'root-causes': {
    name: 'root-causes',
    uid: uid('root-cause'),
    fields: {
      code: { filter: str, sort: true, write: true, required: true },
      title: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      sixM: { filter: en(SIX_M), sort: true, write: true, required: true },
      active: { filter: bool, write: true },
      ...timestamps,
    },
    relations: { parentId: rel('parent', 'root-cause') },
    roles: RESOURCE_ROLES['root-causes'],
    // Complaints received in the period `complaintsFrom`/`complaintsTo` name (services/reports.ts).
    computed: { complaintCount: {} },
    defaultSort: { field: 'code', order: 'ASC' },
  },
  'corrective-actions': {
    name: 'corrective-actions',
    uid: uid('corrective-action'),
    fields: {
      title: { filter: str, sort: true, write: true, required: true, display: true },
      description: { write: true },
      kind: { filter: en(CORRECTIVE_ACTION_KINDS), sort: true, write: true, required: true },
      // The lifecycle actions write these (POST /corrective-actions/{id}/actions/{action}); a PUT that changes one is a 400.
      status: { filter: en(CORRECTIVE_ACTION_STATUSES), sort: true },
      dueAt: { filter: date, sort: true, write: true },
      implementedAt: { filter: date, sort: true },
      verificationWindowDays: { write: true },
      verificationEndsAt: { filter: date, sort: true },
      effectivenessResult: { filter: en(EFFECTIVENESS_RESULTS), sort: true },
      effectivenessEvaluatedAt: { filter: date, sort: true },
      effectivenessEvidence: {},
      effectivenessOverride: {},
      effectivenessCheck: { write: true },
      cancelReason: {},
      ...timestamps,
    },
    relations: {
      ownerId: user('owner'),
      rootCauseId: rel('rootCause', 'root-cause'),
      cftReviewId: rel('cftReview', 'cft-review'),
      complaintId: rel('complaint', 'complaint'),
      categoryId: rel('category', 'category'),
      followUpOfId: rel('followUpOf', 'corrective-action', { write: false }),
      // The complaints whose proposal names this action (propose with internal.correctiveActionId).
      complaintIds: { attr: 'complaints', target: uid('complaint'), many: true, write: false, filter: true },
    },
    roles: RESOURCE_ROLES['corrective-actions'],
    defaultSort: { field: 'dueAt', order: 'ASC' },
  },
  approvals: {
    name: 'approvals',
    uid: uid('approval'),
    fields: {
      subject: { filter: en(APPROVAL_SUBJECTS) },
      requiredRole: { filter: en(APPROVER_ROLES), sort: true },
      step: { filter: num, sort: true },
      decision: { filter: en(APPROVAL_DECISIONS), sort: true },
      comment: {},
      amount: { filter: num, sort: true },
      currency: {},
      round: { filter: num },
      decidedAt: { filter: date, sort: true },
      ...timestamps,
    },
    relations: { complaintId: rel('complaint', 'complaint', { write: false }), decidedById: user('decidedBy', false) },
    roles: RESOURCE_ROLES.approvals,
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
      status: { filter: en(MASS_INCIDENT_STATUSES), sort: true, write: true },
      area: { filter: en(AREAS), write: true },
      region: { filter: str, write: true },
      startedAt: { filter: date, sort: true, write: true, required: true },
      endedAt: { filter: date, sort: true, write: true },
      ...timestamps,
    },
    relations: { categoryId: rel('category', 'category', { localizedTarget: true }) },
    roles: RESOURCE_ROLES['mass-incidents'],
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
    roles: RESOURCE_ROLES['complaint-events'],
    defaultSort: { field: 'createdAt', order: 'ASC' },
    readOnlyReason: 'The audit trail is append-only.',
  },
  notifications: {
    name: 'notifications',
    uid: uid('notification'),
    fields: {
      channel: { filter: en(MESSAGE_CHANNELS) },
      recipient: { pii: true },
      template: { filter: str },
      locale: { filter: en(LANGUAGES) },
      payload: { pii: true, secrets: true },
      status: { filter: en(NOTIFICATION_STATUSES), sort: true },
      attempts: { filter: num },
      lastError: {},
      nextAttemptAt: { filter: date, sort: true },
      sentAt: { filter: date, sort: true },
      leaseUntil: {},
      idempotencyKey: {},
      providerId: {},
      ...timestamps,
    },
    relations: { complaintId: rel('complaint', 'complaint', { write: false }) },
    roles: RESOURCE_ROLES.notifications,
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
    roles: RESOURCE_ROLES.surveys,
    defaultSort: { field: 'createdAt', order: 'DESC' },
    readOnlyReason: 'Surveys are recorded by the record-survey action or the portal.',
  },
  'audit-entries': {
    name: 'audit-entries',
    uid: uid('audit-entry'),
    fields: {
      entityType: { filter: str, sort: true },
      entityId: { filter: str },
      action: { filter: str, sort: true },
      actorRole: { filter: str },
      changes: { secrets: true },
      createdAt: { filter: date, sort: true },
    },
    relations: { actorId: user('actor', false) },
    roles: RESOURCE_ROLES['audit-entries'],
    defaultSort: { field: 'createdAt', order: 'DESC' },
    readOnlyReason: 'The audit trail is append-only.',
  },
} satisfies Record<ResourceName, ResourceDef>;

/** Keyed by resource name; indexed with the name of a request's route. */
export const RESOURCES: Record<string, ResourceDef> = DEFS;

export const resourceNames = Object.keys(RESOURCES);

export function rolesFor(def: ResourceDef, op: Operation): readonly StaffRole[] {
  return def.roles[op] ?? [];
}

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
