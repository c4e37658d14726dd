/**
 * Complaints: registration, the API record (masked customer, SLA clocks, available actions),
 * named queues and full-text search, and the lifecycle actions — each action one transaction
 * that locks the complaint row, checks its version, appends an immutable complaint-event, updates
 * the SLA stage fields and writes the notifications it causes into the outbox (issue #3).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  availableActions,
  decide,
  snapshotNeeds,
  isActionName,
  type ComplaintSnapshot,
  type DecideContext,
  type Outcome,
  type Proposal,
  type SlaChange,
  type TeamInfo,
} from '../domain/actions';
import { fieldChanges } from '../domain/changes';
import { normalizeEmail, normalizePhone, validatePhone } from '../domain/contact';
import { neutralizeText } from '../domain/display-text';
import { backdateRecord, receivedAtIssue } from '../domain/intake';
import { subjectStaffChangeRefusal } from '../domain/objectivity';
import { CHANNELS, LANGUAGES, TERMINAL_STATUSES, type Status } from '../domain/lifecycle';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { uid } from '../pluginId';
import { RESOURCES, seesPersonalData } from '../resources';
import { getService } from '../utils';
import { QUEUE_NAMES as QUEUES } from './complaint-query';
import { RELATION_NAME_KEYS, type Caller } from './resources';
import { DEFAULT_TARGETS, type PolicyTargets, type Stage } from './sla';

const def = RESOURCES.complaints;

const COMPLAINT_UID = uid('complaint');

/** The named queues (one list, in complaint-query.ts). */
export { QUEUES };

const registerSchema = z
  .object({
    channel: z.enum(CHANNELS),
    subject: z.string().trim().min(1, 'is required').max(200),
    description: z.string().trim().min(1, 'is required').max(20000),
    language: z.enum(LANGUAGES).default('en'),
    categoryId: z.string().min(1).max(64).optional().nullable(),
    customerId: z.string().min(1).max(64).optional(),
    customer: z
      .object({
        name: z.string().trim().min(1, 'is required').max(200),
        phone: z
          .string()
          .max(100)
          .transform((v, ctx) => {
            if (v.trim() === '') return null;
            const checked = validatePhone(v);
            if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
            return checked.ok ? checked.phone : v;
          })
          .optional()
          .nullable(),
        email: z.string().trim().email().max(254).optional().nullable(),
        address: z.string().trim().max(2000).optional().nullable(),
      })
      .strict()
      .optional(),
    valueTier: z.number().int().min(1).max(4).optional(),
    requestedRemedy: z.string().trim().max(5000).optional().nullable(),
    contactPreference: z.enum(['phone', 'sms', 'email', 'letter']).optional(),
    receivedAt: z.string().datetime({ offset: true }).optional(),
    subjectStaffId: z.string().min(1).max(64).optional().nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.customerId && !v.customer) ctx.addIssue({ code: 'custom', path: ['customer'], message: 'give customerId or the customer’s details' });
    if (v.customer && !v.customer.phone && !v.customer.email) ctx.addIssue({ code: 'custom', path: ['customer', 'phone'], message: 'a phone number or an email is required' });
    const receivedAtProblem = v.receivedAt ? receivedAtIssue(new Date(v.receivedAt), new Date()) : null;
    if (receivedAtProblem) ctx.addIssue({ code: 'custom', path: ['receivedAt'], message: receivedAtProblem });
  });

const updateSchema = z
  .object({
    subject: z.string().trim().min(1).max(200).optional(),
    description: z.string().trim().min(1).max(20000).optional(),
    language: z.enum(LANGUAGES).optional(),
    categoryId: z.string().min(1).max(64).nullable().optional(),
    valueTier: z.number().int().min(1).max(4).optional(),
    requestedRemedy: z.string().max(5000).nullable().optional(),
    contactPreference: z.enum(['phone', 'sms', 'email', 'letter']).nullable().optional(),
    subjectStaffId: z.string().min(1).max(64).nullable().optional(),
    version: z.number().int().positive().optional(),
  })
  .passthrough();

/** The four SLA stages with the attributes of their deadline, start and met moments (SPEC §8 `sla.stages`). */
const SLA_STAGES: ReadonlyArray<{ stage: Stage; dueKey: string; startKey: string; metKey: string }> = [
  { stage: 'acknowledgment', dueKey: 'acknowledgmentDueAt', startKey: 'receivedAt', metKey: 'acknowledgedAt' },
  { stage: 'assessment', dueKey: 'assessmentDueAt', startKey: 'receivedAt', metKey: 'assessmentMetAt' },
  { stage: 'evaluation', dueKey: 'evaluationDueAt', startKey: 'evaluationStartedAt', metKey: 'evaluationMetAt' },
  { stage: 'resolution', dueKey: 'resolutionDueAt', startKey: 'resolutionStartedAt', metKey: 'resolutionMetAt' },
];

const zodIssues = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.') || ((i as { keys?: string[] }).keys ?? []).join(','), message: i.message }));
const iso = (d: Date) => d.toISOString();

export const createComplaintsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (name: string) => strapi.documents(uid(name) as any) as any;
  const sla = () => getService(strapi, 'sla');
  const resources = () => getService(strapi, 'resources');
  const config = <T>(key: string, fallback: T): T => strapi.config.get(`plugin::complaint-desk.${key}`, fallback) as T;

  const targetsOf = (entity: any): PolicyTargets => sla().targetsOf(entity.slaPolicy);

  function snapshot(entity: any): ComplaintSnapshot {
    const pending = (entity.approvals ?? [])
      .filter((a: any) => a.decision === 'pending' && a.round === entity.responseRound)
      .sort((a: any, b: any) => a.step - b.step)
      .map((a: any) => ({ id: a.documentId, requiredRole: a.requiredRole, step: a.step }));
    const resolvedAt = entity.resolvedAt ? new Date(entity.resolvedAt).getTime() : null;
    return {
      id: entity.documentId,
      status: entity.status,
      escalationLevel: entity.escalationLevel,
      responseRound: entity.responseRound,
      valueTier: entity.valueTier,
      assigneeId: entity.assignee?.documentId ?? null,
      teamId: entity.team?.documentId ?? null,
      massIncidentId: entity.massIncident?.documentId ?? null,
      cftReviewId: entity.cftReview?.documentId ?? null,
      subjectStaffId: entity.subjectStaff?.documentId ?? null,
      proposal: (entity.proposal as Proposal) ?? null,
      implementedAt: entity.implementedAt ?? null,
      pendingApprovals: pending,
      surveyRecorded: resolvedAt !== null && (entity.surveys ?? []).some((s: any) => new Date(s.createdAt).getTime() >= resolvedAt),
    };
  }

  /** The configured thresholds and default recourse text (read once per list page, not per row). */
  interface Settings {
    approvalThreshold: number;
    satisfactionThreshold: number;
    defaultRecourseText: string | null;
  }
  const settings = (): Settings => ({
    approvalThreshold: config('approvalThreshold', 100),
    satisfactionThreshold: config('satisfactionThreshold', 3),
    defaultRecourseText: config<string | null>('defaultRecourseText', null),
  });

  function baseContext(entity: any, now = new Date(), s: Settings = settings()): DecideContext {
    return {
      now,
      approvalThreshold: s.approvalThreshold,
      satisfactionThreshold: s.satisfactionThreshold,
      claimMinValueTier: entity.category?.claimMinValueTier ?? null,
      recourseText: entity.category?.recourseText ?? s.defaultRecourseText,
      teams: {},
      line2TeamId: null,
    };
  }

  /** The policy's at-risk share as `targetsOf(entity).atRiskShare` gives it, without copying the policy. */
  const atRiskShareOf = (entity: any): number => {
    const policy = entity.slaPolicy;
    return Number(policy != null && Object.prototype.hasOwnProperty.call(policy, 'atRiskShare') ? policy.atRiskShare : DEFAULT_TARGETS.atRiskShare);
  };

  /** Per-stage SLA clocks (SPEC §8 `sla.stages`). */
  function slaView(entity: any, now = new Date()) {
    const stages: Array<{ stage: Stage; dueAt: string | null; elapsedShare: number | null; state: string }> = [];
    const service = sla();
    const terminal = TERMINAL_STATUSES.includes(entity.status);
    let share: number | undefined;
    for (const { stage, dueKey, startKey, metKey } of SLA_STAGES) {
      const due = entity[dueKey] as string | null;
      if (!due) continue;
      share ??= atRiskShareOf(entity);
      const start = entity[startKey] as string | null;
      const metAt = entity[metKey] as string | null;
      const pausedHere = entity.slaPausedAt && entity.slaStage === stage;
      const end = metAt ? new Date(metAt) : pausedHere ? new Date(entity.slaPausedAt) : now;
      const dueDate = new Date(due);
      const elapsedShare = service.elapsedShare(new Date(start ?? due), end, dueDate, entity.calendar ?? null);
      const state = metAt ? 'met' : terminal ? 'met' : pausedHere ? 'paused' : end.getTime() > dueDate.getTime() ? 'breached' : elapsedShare >= share ? 'at_risk' : 'ok';
      stages.push({ stage, dueAt: due, elapsedShare: Math.round(elapsedShare * 1000) / 1000, state });
    }
    return { stages };
  }

  function toRecord(entity: any, caller: Caller, now = new Date(), s: Settings = settings()) {
    const record = resources().toRecord(def, entity, caller);
    const masked = !seesPersonalData(caller.role);
    record.customer = entity.customer
      ? masked
        ? { name: null, phone: null, email: null }
        : { name: entity.customer.name ?? null, phone: entity.customer.phone ?? null, email: entity.customer.email ?? null }
      : null;
    // Names of the to-one relations the list shows (issue #5): staff and taxonomy, not customer data.
    // The category's is its `en` name (relations point at the `en` row; docs/API.md).
    record.categoryName = entity.category?.name ?? null;
    record.teamName = entity.team?.name ?? null;
    record.assigneeName = entity.assignee?.fullName || entity.assignee?.username || null;
    record.sla = slaView(entity, now);
    record.availableActions = availableActions(snapshot(entity), { id: caller.documentId, role: caller.role }, baseContext(entity, now, s));
    return record;
  }

  /**
   * A record as a list shows it: names and the subject with hidden bidi and zero-width characters
   * shown as markers (domain/display-text.ts). One record read answers them as stored.
   */
  function listRecord(record: Record<string, any>) {
    for (const key of ['subject', ...RELATION_NAME_KEYS]) record[key] = neutralizeText(record[key]);
    if (record.customer?.name) record.customer.name = neutralizeText(record.customer.name);
    return record;
  }

  /** The knex handle of the current transaction, if any (so reads inside an action see its writes). */
  async function withKnex<T>(fn: (knex: any) => Promise<T>): Promise<T> {
    if (strapi.db.inTransaction()) return strapi.db.transaction(({ trx }) => fn(trx));
    return fn(strapi.db.connection);
  }

  const tableName = (name: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? `${schema}.${name}` : name;
  };

  /**
   * Adds what a complaint read needs to rows of complaint columns: the to-one relations
   * (complaint-query's TO_ONE, one SQL join for all rows), then `complete`.
   */
  async function hydrate(rows: any[]): Promise<any[]> {
    if (rows.length === 0) return rows;
    const query = getService(strapi, 'complaint-query');
    const meta = strapi.db.metadata.get(COMPLAINT_UID as any);
    const relations = await withKnex(async (knex) =>
      query.joinToOne(
        knex
          .from(`${tableName(meta.tableName)} as c`)
          .select('c.id as id')
          .whereIn(
            'c.id',
            rows.map((r) => r.id),
          ),
      ),
    );
    const byId = new Map<number, any>(relations.map((r: any) => [Number(r.id), r]));
    return complete(rows.map((row) => ({ ...row, ...query.relationsOf(byId.get(Number(row.id)) ?? {}) })));
  }

  /**
   * Adds the pending approvals, the surveys and the SLA calendar to complaints that have their
   * relations. With `asNeeded` (list pages), approvals and surveys are read only for the rows
   * whose status can use them (domain/actions.ts `snapshotNeeds`), and not at all when none can.
   */
  async function complete(entities: any[], { asNeeded = false } = {}): Promise<any[]> {
    if (entities.length === 0) return entities;
    const needs = entities.map((e) => (asNeeded ? snapshotNeeds(e.status) : { approvals: true, surveys: true }));
    const approvalIds = entities.filter((_e, i) => needs[i].approvals).map((e) => e.id);
    const surveyIds = entities.filter((_e, i) => needs[i].surveys).map((e) => e.id);
    const [approvals, surveys, calendars] = await Promise.all([
      approvalIds.length
        ? strapi.db.query(uid('approval') as any).findMany({
            where: { complaint: { id: { $in: approvalIds } }, decision: 'pending' },
            select: ['documentId', 'requiredRole', 'step', 'decision', 'round'],
            populate: { complaint: { select: ['id'] } },
          })
        : [],
      surveyIds.length
        ? strapi.db.query(uid('survey') as any).findMany({ where: { complaint: { id: { $in: surveyIds } } }, select: ['documentId', 'createdAt'], populate: { complaint: { select: ['id'] } } })
        : [],
      sla().calendarsByPolicy([...new Set(entities.map((e) => e.slaPolicy?.documentId).filter(Boolean))] as string[]),
    ]);
    const group = (list: any[]) => {
      const by = new Map<number, any[]>();
      for (const x of list) {
        const id = x.complaint?.id;
        if (id === undefined) continue;
        const l = by.get(id);
        if (l) l.push(x);
        else by.set(id, [x]);
      }
      return by;
    };
    const approvalsBy = group(approvals);
    const surveysBy = group(surveys);
    for (const entity of entities) {
      entity.approvals = approvalsBy.get(entity.id) ?? [];
      entity.surveys = surveysBy.get(entity.id) ?? [];
      entity.calendar = entity.slaPolicy ? (calendars.get(entity.slaPolicy.documentId) ?? null) : null;
    }
    return entities;
  }

  async function loadEntity(id: string) {
    const row = await strapi.db.query(COMPLAINT_UID as any).findOne({ where: { documentId: id } });
    if (!row) throw notFound(`No complaint with id ${id}`);
    return (await hydrate([row]))[0];
  }

  /** SLA column changes for a stage change (see services/sla.ts for the arithmetic). */
  function slaPatch(entity: any, change: SlaChange | undefined): Record<string, unknown> {
    if (!change) return {};
    const targets = targetsOf(entity);
    const at = new Date(change.at);
    const patch: Record<string, unknown> = {};
    if ('met' in change && change.met && !entity[`${change.met}MetAt`]) patch[`${change.met}MetAt`] = change.at;
    const start = (stage: 'evaluation' | 'resolution', from: Date) => {
      const due = sla().dueAt(targets, stage, from, entity.calendar ?? null);
      Object.assign(patch, {
        [`${stage}StartedAt`]: iso(from),
        [`${stage}DueAt`]: iso(due),
        slaStage: stage,
        slaDueAt: iso(due),
        slaAtRiskAt: iso(sla().atRiskAt(targets, from, due, entity.calendar ?? null)),
        slaPausedAt: null,
        // A new stage can go at risk and breach again (issue #4: once per stage and threshold).
        slaAtRiskFiredAt: null,
        slaBreachedAt: null,
      });
    };
    switch (change.kind) {
      case 'start':
        start(change.stage, at);
        break;
      case 'pause':
        patch.slaPausedAt = change.at;
        break;
      case 'resume': {
        const paused = entity.slaPausedAt ? at.getTime() - new Date(entity.slaPausedAt).getTime() : 0;
        patch.slaPausedMs = String(Number(entity.slaPausedMs ?? 0) + Math.max(0, paused));
        patch.slaPausedAt = null;
        if (change.stage && change.stage !== entity.slaStage) start(change.stage, at);
        else if (entity.slaDueAt) {
          // The clock stood still while the customer decided: the stage's deadline moves by as much.
          const stage = entity.slaStage as Stage;
          const due = new Date(new Date(entity.slaDueAt).getTime() + paused);
          const startedAt = new Date(entity[`${stage}StartedAt`] ?? entity.receivedAt);
          Object.assign(patch, { [`${stage}DueAt`]: iso(due), slaDueAt: iso(due), slaAtRiskAt: iso(sla().atRiskAt(targets, startedAt, due, entity.calendar ?? null)) });
        }
        break;
      }
      case 'done':
        Object.assign(patch, { slaStage: 'done', slaDueAt: null, slaAtRiskAt: null, slaPausedAt: null });
        break;
    }
    return patch;
  }

  /** Relation-aware complaint patch: `<name>Id` → relation set. */
  async function applyPatch(patch: Record<string, unknown>): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) {
      const relation = def.relations[key];
      if (!relation) {
        data[key] = value;
        continue;
      }
      if (value === null) {
        data[relation.attr] = { set: [] };
        if (key === 'teamId') data.queueTeamId = null;
        continue;
      }
      const target = await strapi.db.query(relation.target as any).findOne({ where: { documentId: value, ...(relation.localizedTarget ? { locale: 'en' } : {}) }, select: ['id'] });
      if (!target) throw badRequest('Unknown id', [{ path: key, message: `unknown id ${String(value)}` }]);
      data[relation.attr] = { set: [{ id: target.id }] };
      // The queue's team, mirrored on the row so a team's queue is one index range (services/complaint-query.ts).
      if (key === 'teamId') data.queueTeamId = target.id;
    }
    return data;
  }

  /** The external recourse text: the category's, else its nearest ancestor's, else the configured default. */
  async function recourseFor(entity: any): Promise<string | null> {
    let id = entity.category?.documentId;
    for (let depth = 0; id && depth < 10; depth++) {
      const c = await strapi.db.query(uid('category') as any).findOne({ where: { documentId: id, locale: entity.language ?? 'en' }, select: ['recourseText'], populate: { parent: { select: ['documentId'] } } });
      const fallback = c ? null : await strapi.db.query(uid('category') as any).findOne({ where: { documentId: id, locale: 'en' }, select: ['recourseText'], populate: { parent: { select: ['documentId'] } } });
      const row = c ?? fallback;
      if (row?.recourseText) return row.recourseText;
      id = row?.parent?.documentId;
    }
    return config<string | null>('defaultRecourseText', null);
  }

  /** Teams the decision needs: the assignee's teams and the target team; the line-2 team of the area. */
  async function actionContext(action: string, body: Record<string, unknown>, entity: any): Promise<DecideContext> {
    const ctx = baseContext(entity);
    if (action === 'record-customer-decision') ctx.recourseText = await recourseFor(entity);
    if (action === 'assign') {
      const ids = [body.teamId, entity.team?.documentId].filter((v): v is string => typeof v === 'string');
      // Without a team, the assignee's own teams: the domain takes the one of the right line.
      const assignee = typeof body.assigneeId === 'string' && !ids.length ? body.assigneeId : null;
      if (ids.length || assignee) {
        const filters = assignee ? { members: { documentId: assignee } } : { documentId: { $in: ids } };
        const teams = await docs('team').findMany({ filters, populate: { members: { fields: ['documentId'] } } });
        for (const t of teams) ctx.teams[t.documentId] = { id: t.documentId, line: t.line, area: t.area, memberIds: t.members.map((m: any) => m.documentId) } satisfies TeamInfo;
      }
    }
    if (action === 'escalate') {
      const area = entity.team?.area ?? entity.category?.area;
      if (area) {
        const team = await docs('team').findFirst({ filters: { area, line: 'line2' }, fields: ['documentId'] });
        ctx.line2TeamId = team?.documentId ?? null;
      }
    }
    return ctx;
  }

  /** Outbox rows for the customer notifications an action causes (sent by the outbox worker). */
  async function enqueueNotifications(entity: any, outcome: Pick<Outcome, 'notifications'>, eventId: string) {
    const customer = entity.customer;
    if (!customer) return;
    const prefers = entity.contactPreference ?? customer.contactPreference ?? 'phone';
    const byEmail = (prefers === 'email' || prefers === 'letter' || !customer.phone) && customer.email;
    const channel = byEmail ? 'email' : customer.phone ? 'sms' : null;
    if (!channel) return;
    for (const n of outcome.notifications) {
      await docs('notification').create({
        data: {
          channel,
          recipient: channel === 'email' ? customer.email : customer.phone,
          template: `${n.purpose}.${channel}`,
          locale: entity.language ?? 'en',
          payload: { trackingCode: entity.trackingCode, customerName: customer.name, ...(n.data ?? {}) },
          status: 'pending',
          attempts: 0,
          nextAttemptAt: iso(new Date()),
          dedupeKey: `${eventId}:${n.purpose}`,
          complaint: entity.documentId,
        },
      });
    }
  }

  async function appendEvent(complaintId: string, caller: Caller | null, action: string, fromStatus: Status | null, toStatus: Status, payload: Record<string, unknown>) {
    return docs('complaint-event').create({
      data: {
        action,
        fromStatus,
        toStatus,
        actorRole: caller?.role ?? 'system',
        actor: caller ? { set: [{ id: caller.id }] } : undefined,
        payload,
        complaint: complaintId,
      },
    });
  }

  const service = {
    QUEUES,
    toRecord,
    /** Complaints by row id, hydrated as a read would (for the SLA sweeper). */
    async loadByIds(ids: number[]) {
      if (ids.length === 0) return [];
      return hydrate(await strapi.db.query(COMPLAINT_UID as any).findMany({ where: { id: { $in: ids } } }));
    },
    appendEvent,
    applyPatch,
    snapshot,

    async read(id: string, caller: Caller) {
      return toRecord(await loadEntity(id), caller);
    },

    async list(raw: { sort?: unknown; range?: unknown; filter?: unknown }, caller: Caller) {
      const query = resources().parse(def, raw, caller, { fullText: true, named: { queue: QUEUES } });
      // One statement for the page, its relations and the total; approvals and surveys only for
      // rows that can use them; the SLA calendars come from the SLA service's cache.
      const { rows, total } = await getService(strapi, 'complaint-query').page(query, caller);
      const now = new Date();
      const s = settings();
      return { query, total, rows: (await complete(rows, { asNeeded: true })).map((r: any) => listRecord(toRecord(r, caller, now, s))) };
    },

    /** Registration (SPEC §8: POST /complaints): customer, tracking code, PIN, event, acknowledgment. */
    async register(body: unknown, caller: Caller | null, opts: { actorRole?: string } = {}) {
      const parsed = registerSchema.safeParse(body ?? {});
      if (!parsed.success) throw badRequest('Invalid complaint', zodIssues(parsed.error));
      const input = parsed.data;
      const tracking = getService(strapi, 'tracking-code');
      const { pin, pinHash } = await tracking.issue();
      const documentId = await tracking.withUniqueCode((trackingCode) =>
        strapi.db.transaction(async () => {
          const category = input.categoryId
            ? await strapi.db.query(uid('category') as any).findOne({ where: { documentId: input.categoryId, locale: 'en' }, populate: { team: { select: ['id', 'documentId'] } } })
            : null;
          if (input.categoryId && !category) throw badRequest('Invalid complaint', [{ path: 'categoryId', message: `unknown id ${input.categoryId}` }]);
          let customer: any;
          if (input.customerId) {
            customer = await docs('customer').findOne({ documentId: input.customerId });
            if (!customer) throw badRequest('Invalid complaint', [{ path: 'customerId', message: `unknown id ${input.customerId}` }]);
            // An erased customer gets no new complaint (and no new personal data): register a new customer.
            if (customer.erasedAt) throw conflict('The customer’s personal data was erased: register the complaint with the customer’s details instead.', { customerId: input.customerId, erasedAt: customer.erasedAt });
          } else {
            const c = input.customer!;
            customer = await docs('customer').create({
              data: {
                name: c.name,
                phone: c.phone ?? null,
                email: c.email ?? null,
                address: c.address ?? null,
                phoneNormalized: normalizePhone(c.phone),
                emailNormalized: normalizeEmail(c.email),
                preferredLanguage: input.language,
                contactPreference: input.contactPreference ?? (c.email && !c.phone ? 'email' : 'phone'),
                valueTier: input.valueTier ?? 1,
                consentAt: iso(new Date()),
              },
            });
          }
          let subjectStaff: any = null;
          if (input.subjectStaffId) {
            subjectStaff = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { documentId: input.subjectStaffId }, select: ['id'] });
            if (!subjectStaff) throw badRequest('Invalid complaint', [{ path: 'subjectStaffId', message: `unknown id ${input.subjectStaffId}` }]);
          }
          // The policy by category (or an ancestor) and value tier; its calendar gives working time.
          const categoryIds: number[] = [];
          for (let c = category, depth = 0; c && depth < 10; depth++) {
            categoryIds.push(c.id);
            c = (await strapi.db.query(uid('category') as any).findOne({ where: { id: c.id }, select: ['id'], populate: { parent: { select: ['id'] } } }))?.parent ?? null;
          }
          const policy = sla().choosePolicy(await sla().policies(), categoryIds, input.valueTier ?? customer.valueTier ?? 1);
          const calendar = sla().calendarOf(policy?.calendar ?? null);
          const targets: PolicyTargets = sla().targetsOf(policy);
          const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date();
          const now = new Date();
          const assessmentDue = sla().dueAt(targets, 'assessment', receivedAt, calendar);
          const created = await docs('complaint').create({
            data: {
              trackingCode,
              pinHash,
              status: 'received',
              channel: input.channel,
              subject: input.subject,
              description: input.description,
              language: input.language,
              requestedRemedy: input.requestedRemedy ?? null,
              contactPreference: input.contactPreference ?? customer.contactPreference ?? null,
              valueTier: input.valueTier ?? customer.valueTier ?? 1,
              escalationLevel: 'line1',
              responseRound: 1,
              version: 1,
              receivedAt: iso(receivedAt),
              acknowledgedAt: iso(now),
              acknowledgmentDueAt: iso(sla().dueAt(targets, 'acknowledgment', receivedAt, calendar)),
              assessmentDueAt: iso(assessmentDue),
              slaStage: 'assessment',
              slaDueAt: iso(assessmentDue),
              slaAtRiskAt: iso(sla().atRiskAt(targets, receivedAt, assessmentDue, calendar)),
              category: category ? { set: [{ id: category.id }] } : undefined,
              team: category?.team ? { set: [{ id: category.team.id }] } : undefined,
              queueTeamId: category?.team?.id ?? null,
              customer: { set: [{ id: customer.id }] },
              subjectStaff: subjectStaff ? { set: [{ id: subjectStaff.id }] } : undefined,
              registeredBy: caller ? { set: [{ id: caller.id }] } : undefined,
              slaPolicy: policy ? { set: [{ id: policy.id }] } : undefined,
            },
          });
          // A receipt before now is recorded as such: the given time beside the server's.
          const backdate = backdateRecord(receivedAt, now);
          const event = await appendEvent(created.documentId, caller, 'register', null, 'received', { channel: input.channel, actorRole: opts.actorRole, ...(backdate ? { backdate } : {}) });
          const entity = await loadEntity(created.documentId);
          // Acknowledgment immediately after receipt, with the tracking code and PIN (SPEC §2).
          await enqueueNotifications(entity, { notifications: [{ purpose: 'acknowledgment', data: { pin } }] }, event.documentId);
          return created.documentId as string;
        }),
      );
      return { documentId, pin };
    },

    async update(id: string, body: Record<string, unknown>, caller: Caller) {
      const parsed = updateSchema.safeParse(body ?? {});
      if (!parsed.success) throw badRequest('Invalid complaint', zodIssues(parsed.error));
      const writable = ['subject', 'description', 'language', 'categoryId', 'valueTier', 'requestedRemedy', 'contactPreference', 'subjectStaffId'] as const;
      const known = new Set([...Object.keys(def.fields), ...Object.keys(def.relations), 'id', 'customer', 'sla', 'availableActions', 'pin', ...RELATION_NAME_KEYS]);
      const unknown = Object.keys(body).filter((k) => !known.has(k));
      if (unknown.length) throw badRequest('Invalid complaint', unknown.map((k) => ({ path: k, message: 'unknown field' })));
      return strapi.db.transaction(async ({ trx }) => {
        const entity = await lockAndLoad(id, trx);
        if (parsed.data.version !== undefined && parsed.data.version !== entity.version) {
          throw conflict('The complaint was changed by someone else: reload it.', { status: entity.status, version: entity.version });
        }
        const sent: Record<string, unknown> = {};
        for (const k of writable) if (k in parsed.data) sent[k] = (parsed.data as any)[k];
        const before = Object.fromEntries(writable.map((k) => [k, def.relations[k] ? (entity[def.relations[k].attr]?.documentId ?? null) : (entity[k] ?? null)]));
        // Only what changes is written and recorded: react-admin sends the whole record back.
        const changes = fieldChanges(before, sent);
        if (Object.keys(changes).length === 0) return toRecord(entity, caller);
        if ('subjectStaffId' in changes) {
          const refusal = subjectStaffChangeRefusal(snapshot(entity), caller.documentId, changes.subjectStaffId.to as string | null);
          if (refusal?.kind === 'forbidden') throw forbidden(refusal.message, { field: 'subjectStaffId' });
          if (refusal) throw conflict(refusal.message, { field: 'subjectStaffId', status: entity.status, version: entity.version });
        }
        const patch = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.to]));
        const data = await applyPatch(patch);
        await docs('complaint').update({ documentId: id, data: { ...data, version: entity.version + 1 } });
        // Complaint fields only (never the customer's personal data): every role reads the events.
        await appendEvent(id, caller, 'update', entity.status, entity.status, { changes });
        return toRecord(await loadEntity(id), caller);
      });
    },

    /** POST /complaints/{id}/actions/{action}: one transaction, or nothing at all. */
    async perform(id: string, action: string, body: Record<string, unknown> | undefined, caller: Caller) {
      if (!isActionName(action)) throw notFound(`Unknown action "${action}"`);
      const { version, ...input } = body ?? {};
      if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version))) {
        throw badRequest('Invalid action input', [{ path: 'version', message: 'must be an integer' }]);
      }
      return strapi.db.transaction(async ({ trx }) => {
        const entity = await lockAndLoad(id, trx);
        const actor = { id: caller.documentId, role: caller.role };
        if (version !== undefined && version !== entity.version) {
          const allowedActions = availableActions(snapshot(entity), actor, baseContext(entity));
          throw conflict('The complaint was changed by someone else: reload it.', { status: entity.status, version: entity.version, allowedActions });
        }
        const ctx = await actionContext(action, input, entity);
        const d = decide(action, snapshot(entity), input, actor, ctx);
        if (!d.ok) {
          if (d.kind === 'unknown_action') throw notFound(`Unknown action "${action}"`);
          if (d.kind === 'forbidden') throw forbidden(d.message, { action });
          if (d.kind === 'conflict') throw conflict(d.message, { status: entity.status, version: entity.version, allowedActions: d.allowedActions });
          throw badRequest('Invalid action input', d.issues);
        }
        const outcome = d.outcome;
        let patch = { ...outcome.patch };
        if (outcome.createReview) {
          const review = await docs('cft-review').create({
            data: { title: `Review of ${entity.trackingCode}: ${entity.subject}`.slice(0, 200), status: 'planned', problemStatement: entity.description, leader: { set: [{ id: caller.id }] } },
          });
          patch = { ...patch, cftReviewId: review.documentId };
        }
        const data = { ...(await applyPatch(patch)), ...slaPatch(entity, outcome.sla), status: outcome.toStatus, version: entity.version + 1 };
        await docs('complaint').update({ documentId: id, data });
        if (outcome.approvals?.create) {
          for (const a of outcome.approvals.create) {
            await docs('approval').create({ data: { ...a, subject: 'proposal', decision: 'pending', complaint: id } });
          }
        }
        if (outcome.approvals?.decide) {
          const { id: approvalId, decision, comment } = outcome.approvals.decide;
          await docs('approval').update({ documentId: approvalId, data: { decision, comment, decidedAt: iso(ctx.now), decidedBy: { set: [{ id: caller.id }] } } });
          if (outcome.approvals.cancelPending) {
            for (const p of snapshot(entity).pendingApprovals.filter((p) => p.id !== approvalId)) {
              await docs('approval').update({ documentId: p.id, data: { decision: 'declined', comment: 'Cancelled: an earlier step declined.', decidedAt: iso(ctx.now) } });
            }
          }
        }
        if (outcome.survey) {
          await docs('survey').create({ data: { ...outcome.survey, round: entity.responseRound, complaint: id, recordedBy: { set: [{ id: caller.id }] } } });
        }
        const event = await appendEvent(id, caller, action, outcome.fromStatus, outcome.toStatus, outcome.eventPayload);
        await enqueueNotifications(entity, outcome, event.documentId);
        return toRecord(await loadEntity(id), caller);
      });
    },
  };

  /** Inside a transaction: lock the complaint row (PostgreSQL; SQLite serialises writers) and read it. */
  async function lockAndLoad(id: string, trx: any) {
    if (strapi.db.dialect.client === 'postgres') {
      await trx.raw('select id from ?? where document_id = ? for update', [tableName('cd_complaints'), id]);
    }
    return loadEntity(id);
  }

  return service;
};

export type ComplaintsService = ReturnType<typeof createComplaintsService>;
export default createComplaintsService;
