/**
 * Complaints: registration, the API record (masked customer, SLA clocks, available actions),
 * named queues and full-text search, and the lifecycle actions. An action is one transaction: lock
 * the complaint row, check its version, ask domain/decide.ts for the whole outcome, write it (the
 * complaint through the Document Service, the event and notifications through the outbox service).
 * Input schemas are domain/complaint-input.ts; the SQL is database/complaints.ts.
 */
import type { Core } from '@strapi/strapi';
import { lockComplaintRow, toOneRows } from '../database/complaints';
import { availableActions, snapshotNeeds, isActionName, type DecideContext, type TeamInfo } from '../domain/actions';
import { fieldChanges } from '../domain/changes';
import { registerSchema, updateSchema, WRITABLE_FIELDS, zodIssues } from '../domain/complaint-input';
import { normalizeEmail, normalizePhone } from '../domain/contact';
import { decideAction, snapshotOf, type ComplaintView } from '../domain/decide';
import { neutralizeText } from '../domain/display-text';
import { escalationArea, line2TeamFor } from '../domain/escalation';
import { backdateRecord } from '../domain/intake';
import { subjectStaffChangeRefusal } from '../domain/objectivity';
import { TERMINAL_STATUSES } from '../domain/lifecycle';
import { acknowledgmentChannel, customerNotices } from '../domain/notify-channel';
import { slaView as stagesView, type StageClock } from '../domain/sla-stages';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { uid } from '../pluginId';
import { RESOURCES, seesPersonalData } from '../resources';
import { getService } from '../utils';
import { QUEUE_NAMES as QUEUES } from './complaint-query';
import { RELATION_NAME_KEYS, type Caller } from './resources';
import { DEFAULT_TARGETS, type PolicyTargets } from './sla';

const def = RESOURCES.complaints;

const COMPLAINT_UID = uid('complaint');

/** The named queues (one list: domain/queues.ts, from the shared contract). */
export { QUEUES };

const iso = (d: Date) => d.toISOString();

/** The configured thresholds and default recourse text (read once per list page, not per row). */
export interface Settings {
  approvalThreshold: number;
  satisfactionThreshold: number;
  defaultRecourseText: string | null;
}

export const createComplaintsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (name: string) => strapi.documents(uid(name) as any) as any;
  const sla = () => getService(strapi, 'sla');
  const resources = () => getService(strapi, 'resources');
  const outbox = () => getService(strapi, 'outbox');
  const config = <T>(key: string, fallback: T): T => strapi.config.get(`plugin::complaint-desk.${key}`, fallback) as T;

  const targetsOf = (entity: any): PolicyTargets => sla().targetsOf(entity.slaPolicy);

  const snapshot = (entity: any) => snapshotOf(entity as ComplaintView);

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

  /** Per-stage SLA clocks (SPEC §8 `sla.stages`), on the complaint's calendar. */
  function slaView(entity: any, now = new Date()) {
    const service = sla();
    return stagesView(entity, now, {
      terminal: TERMINAL_STATUSES.includes(entity.status),
      atRiskShare: () => atRiskShareOf(entity),
      elapsedShare: (start, at, due) => service.elapsedShare(start, at, due, entity.calendar ?? null),
    });
  }

  function toRecord(entity: any, caller: Caller, now = new Date(), s: Settings = settings()) {
    const record = resources().toRecord(def, entity, caller);
    const masked = !seesPersonalData(caller.role);
    record.customer = entity.customer
      ? masked
        ? { name: null, phone: null, email: null }
        : { name: entity.customer.name ?? null, phone: entity.customer.phone ?? null, email: entity.customer.email ?? null }
      : null;
    // Names of the to-one relations the list shows: staff and taxonomy, not customer data.
    // The category's is its `en` name (relations point at the `en` row; docs/API.md).
    record.categoryName = entity.category?.name ?? null;
    record.teamName = entity.team?.name ?? null;
    record.assigneeName = entity.assignee?.fullName || entity.assignee?.username || null;
    // The linked incident's handling algorithm is mandatory until the incident is withdrawn: every linked complaint shows it.
    const incident = entity.massIncident;
    record.massIncident = incident ? { id: incident.documentId, title: incident.title ?? null, status: incident.status ?? null, handlingAlgorithm: incident.handlingAlgorithm ?? null } : null;
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

  /**
   * Adds what a complaint read needs to rows of complaint columns: the to-one relations
   * (database/complaint-list.ts's TO_ONE, one SQL join for all rows), then `complete`.
   */
  async function hydrate(rows: any[]): Promise<any[]> {
    if (rows.length === 0) return rows;
    const query = getService(strapi, 'complaint-query');
    const relations = await toOneRows(
      strapi,
      rows.map((r) => r.id),
      (q) => query.joinToOne(q),
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
    const [approvals, surveys, calendars, rootCauses] = await Promise.all([
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
      getService(strapi, 'reports').complaintRootCauses(entities.map((e) => Number(e.id))),
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
      // The record's rootCauseIds (one statement for the page).
      entity.rootCauses = rootCauses.get(Number(entity.id)) ?? [];
    }
    return entities;
  }

  async function loadEntity(id: string) {
    const row = await strapi.db.query(COMPLAINT_UID as any).findOne({ where: { documentId: id } });
    if (!row) throw notFound(`No complaint with id ${id}`);
    return (await hydrate([row]))[0];
  }

  /** The deadlines of the complaint's policy on its calendar (domain/sla-stages.ts `slaPatch`). */
  function stageClock(entity: any): StageClock {
    const targets = targetsOf(entity);
    const calendar = entity.calendar ?? null;
    return {
      dueAt: (stage, start) => sla().dueAt(targets, stage, start, calendar),
      atRiskAt: (start, due) => sla().atRiskAt(targets, start, due, calendar),
    };
  }

  /**
   * Relation-aware complaint patch: `<name>Id` → relation set. `queueTeam` (domain/decide.ts) is
   * the team documentId the queue-team mirror follows, when the team changes: a team's queue is
   * then one index range (database/complaint-list.ts).
   */
  async function applyPatch(patch: Record<string, unknown>, queueTeam?: string | null): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {};
    const rowIds = new Map<string, number>();
    for (const [key, value] of Object.entries(patch)) {
      const relation = def.relations[key];
      if (!relation) {
        data[key] = value;
        continue;
      }
      if (value === null) {
        data[relation.attr] = { set: [] };
        continue;
      }
      const target = await strapi.db.query(relation.target as any).findOne({ where: { documentId: value, ...(relation.localizedTarget ? { locale: 'en' } : {}) }, select: ['id'] });
      if (!target) throw badRequest('Unknown id', [{ path: key, message: `unknown id ${String(value)}` }]);
      data[relation.attr] = { set: [{ id: target.id }] };
      rowIds.set(`${key}:${String(value)}`, target.id);
    }
    if (queueTeam !== undefined) data.queueTeamId = queueTeam === null ? null : (rowIds.get(`teamId:${queueTeam}`) ?? null);
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
      // The one escalation rule (domain/escalation.ts), as the SLA sweeper applies it on a breach.
      const area = escalationArea(entity.team?.area, entity.category?.area);
      if (area) {
        const teams = await strapi.db.query(uid('team') as any).findMany({ where: { area, line: 'line2' }, select: ['id', 'documentId', 'line', 'area'] });
        ctx.line2TeamId = line2TeamFor(area, teams as Array<{ id: number; documentId: string; line: string; area: string }>)?.documentId ?? null;
      }
    }
    return ctx;
  }

  /** The event of a staff action (or the system's, without a caller) and its customer notices. */
  const record = (complaintId: string, caller: Caller | null, event: { action: string; fromStatus: any; toStatus: any; payload: Record<string, unknown> }, notices: Parameters<ReturnType<typeof outbox>['record']>[2] = []) =>
    outbox().record(complaintId, { ...event, actor: caller ? { id: caller.id, role: caller.role } : null }, notices);

  const service = {
    QUEUES,
    toRecord,
    /** Complaints by row id, hydrated as a read would (for the SLA sweeper). */
    async loadByIds(ids: number[]) {
      if (ids.length === 0) return [];
      return hydrate(await strapi.db.query(COMPLAINT_UID as any).findMany({ where: { id: { $in: ids } } }));
    },

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
          const ackChannel = acknowledgmentChannel(input.channel, customer);
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
              // acknowledgedAt is set by the delivery worker when the acknowledgment is handed over;
              // without an address to send it to, the stage says so.
              acknowledgmentNoContact: !ackChannel,
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
          const entity = await loadEntity(created.documentId);
          // Acknowledgment immediately after receipt, with the tracking code and PIN (SPEC §2), on the
          // channel the complaint came by (domain/notify-channel.ts); the PIN is sealed by the outbox.
          await record(
            created.documentId,
            caller,
            { action: 'register', fromStatus: null, toStatus: 'received', payload: { channel: input.channel, actorRole: opts.actorRole, ...(backdate ? { backdate } : {}) } },
            ackChannel ? customerNotices(entity, [{ purpose: 'acknowledgment', data: { pin } }], ackChannel) : [],
          );
          return created.documentId as string;
        }),
      );
      return { documentId, pin };
    },

    async update(id: string, body: Record<string, unknown>, caller: Caller) {
      const parsed = updateSchema.safeParse(body ?? {});
      if (!parsed.success) throw badRequest('Invalid complaint', zodIssues(parsed.error));
      const writable = WRITABLE_FIELDS;
      const known = new Set([...Object.keys(def.fields), ...Object.keys(def.relations), 'id', 'customer', 'sla', 'availableActions', 'pin', 'massIncident', ...RELATION_NAME_KEYS]);
      const unknown = Object.keys(body).filter((k) => !known.has(k));
      if (unknown.length) throw badRequest('Invalid complaint', unknown.map((k) => ({ path: k, message: 'unknown field' })));
      return strapi.db.transaction(async ({ trx }) => {
        await lockComplaintRow(strapi, trx, id);
        const entity = await loadEntity(id);
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
        await record(id, caller, { action: 'update', fromStatus: entity.status, toStatus: entity.status, payload: { changes } });
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
      // The new PIN is hashed before the row lock (scrypt takes tens of milliseconds); an action that
      // does not reissue it never uses it.
      const fresh = action === 'reissue-pin' ? await getService(strapi, 'tracking-code').issue() : null;
      return strapi.db.transaction(async ({ trx }) => {
        await lockComplaintRow(strapi, trx, id);
        const entity = await loadEntity(id);
        const actor = { id: caller.documentId, role: caller.role };
        if (version !== undefined && version !== entity.version) {
          const allowedActions = availableActions(snapshot(entity), actor, baseContext(entity));
          throw conflict('The complaint was changed by someone else: reload it.', { status: entity.status, version: entity.version, allowedActions });
        }
        const ctx = await actionContext(action, input, entity);
        const d = decideAction(action, entity, input, actor, ctx, stageClock(entity));
        if (!d.ok) {
          if (d.kind === 'unknown_action') throw notFound(`Unknown action "${action}"`);
          if (d.kind === 'forbidden') throw forbidden(d.message, { action });
          if (d.kind === 'conflict') throw conflict(d.message, { status: entity.status, version: entity.version, allowedActions: d.allowedActions });
          throw badRequest('Invalid action input', d.issues);
        }
        const outcome = d.outcome;
        let patch = { ...outcome.patch };
        if (outcome.reissuePin) {
          if (!fresh) throw new Error('reissue-pin without a drawn PIN');
          patch = { ...patch, pinHash: fresh.pinHash };
        }
        if (outcome.createReview) {
          const review = await docs('cft-review').create({
            data: { title: `Review of ${entity.trackingCode}: ${entity.subject}`.slice(0, 200), status: 'planned', problemStatement: entity.description, leader: { set: [{ id: caller.id }] } },
          });
          patch = { ...patch, cftReviewId: review.documentId };
        }
        const data = { ...(await applyPatch(patch, outcome.queueTeam)), ...outcome.slaPatch, status: outcome.toStatus, version: entity.version + 1 };
        await docs('complaint').update({ documentId: id, data });
        // A proposal's corrective action, root causes set on resolve, a review's objectivity.
        await getService(strapi, 'corrective-actions').afterComplaintAction(id, action, input, caller);
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
        await record(id, caller, outcome.event, outcome.notices);
        const updated = toRecord(await loadEntity(id), caller);
        // The one answer that holds the reissued PIN in clear, as registration's does (docs/API.md).
        return outcome.reissuePin && fresh ? { ...updated, pin: fresh.pin } : updated;
      });
    },
  };

  return service;
};

export type ComplaintsService = ReturnType<typeof createComplaintsService>;
export default createComplaintsService;
