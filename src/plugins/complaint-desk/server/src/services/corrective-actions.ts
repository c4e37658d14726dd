/**
 * Corrective and preventive actions (CAPA): the lifecycle actions, plain edits that cannot touch
 * what the actions write, the computed effectiveness and its evidence, the follow-up an ineffective
 * action opens, and the periodic evaluation of actions whose window has ended. Every change writes
 * an audit entry. The rules are domain/capa.ts; the SQL database/capa.ts.
 *
 * Effectiveness is evaluated (a) by the `evaluate` action, (b) whenever root causes are set on
 * complaints (`onRootCausesSet`: a resolve with root causes, an approved review conclusion), and
 * (c) by `sweepDue`, which every server process runs on a timer and which claims due actions with
 * row locks, so each is decided once.
 *
 * The category subtree of an action is its `category`; when it has none, `start-verification`
 * takes the category of the complaint the action came from and stores it. An action with neither
 * is measured across every category.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { capaSql, isoOf } from '../database/capa';
import { lockDocument } from '../database/locks';
import {
  categorySubtree,
  capaWriteIssues,
  decideCapa,
  evaluateEffectiveness,
  followUpTitle,
  resultPatch,
  verificationWindow,
  type CapaActor,
  type CapaState,
} from '../domain/capa';
import { fieldChanges, type FieldChanges } from '../domain/changes';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { uid } from '../pluginId';
import { RESOURCES } from '../resources';
import { getService } from '../utils';
import type { Caller } from './resources';

const def = RESOURCES['corrective-actions'];
const CA = uid('corrective-action');
/** Recurrences kept as evidence: the first ones prove it; the count of a flood adds nothing. */
const EVIDENCE_LIMIT = 50;

type Row = Record<string, any>;

/** Keys a client sends back that are not its edit (react-admin sends the whole record). */
const UNAUDITED = new Set(['id', 'createdAt', 'updatedAt']);

const docId = (r: Row | null | undefined): string | null => r?.documentId ?? null;

export const createCorrectiveActionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (name: string) => strapi.documents(uid(name) as never) as any;
  const resources = () => getService(strapi, 'resources');
  const audit = () => getService(strapi, 'audit');
  const sql = () => capaSql(strapi);
  let running = false;

  /** The current transaction (or a new one): raw SQL must run on it, or SQLite's one connection waits on itself. */
  const inTrx = <T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> => strapi.db.transaction(({ trx }) => fn(trx)) as Promise<T>;

  const actorOf = (caller: Caller | null) => (caller ? { id: caller.id, role: caller.role } : null);

  async function load(documentId: string): Promise<Row> {
    const row = await strapi.db.query(CA as never).findOne({
      where: { documentId },
      populate: { owner: true, rootCause: true, category: true, complaint: { populate: { category: true } }, cftReview: true, followUpOf: true },
    });
    if (!row) throw notFound(`No corrective-actions with id ${documentId}`);
    return row as Row;
  }

  const stateOf = (row: Row): CapaState => ({
    status: row.status,
    ownerId: docId(row.owner),
    rootCauseId: docId(row.rootCause),
    implementedAt: row.implementedAt ? isoOf(row.implementedAt) : null,
    verificationWindowDays: row.verificationWindowDays ?? null,
    effectivenessResult: row.effectivenessResult ?? null,
  });

  /** The attributes as the audit trail names them (API names, relations by documentId). */
  const auditView = (row: Row): Record<string, unknown> => ({
    status: row.status,
    implementedAt: row.implementedAt ? isoOf(row.implementedAt) : null,
    verificationWindowDays: row.verificationWindowDays ?? null,
    verificationEndsAt: row.verificationEndsAt ? isoOf(row.verificationEndsAt) : null,
    effectivenessResult: row.effectivenessResult ?? null,
    effectivenessEvaluatedAt: row.effectivenessEvaluatedAt ? isoOf(row.effectivenessEvaluatedAt) : null,
    effectivenessEvidence: row.effectivenessEvidence ?? null,
    effectivenessOverride: row.effectivenessOverride ?? null,
    cancelReason: row.cancelReason ?? null,
    categoryId: docId(row.category),
  });

  /** Writes attribute changes (API-level: `categoryId` as a row id relation) and returns them as audited. */
  async function write(row: Row, patch: Record<string, unknown>, categoryRowId?: number): Promise<FieldChanges> {
    const { categoryId, ...attrs } = patch;
    const data: Record<string, unknown> = { ...attrs };
    if (categoryRowId !== undefined) data.category = { set: [{ id: categoryRowId }] };
    await docs('corrective-action').update({ documentId: row.documentId, data });
    return fieldChanges(auditView(row), { ...attrs, ...(categoryId !== undefined ? { categoryId } : {}) });
  }

  /** The follow-up of an ineffective action (once): same root cause, scope, owner and origin. */
  async function openFollowUp(row: Row, actor: { id: number; role: string } | null): Promise<string> {
    const existing = await strapi.db.query(CA as never).findOne({ where: { followUpOf: { id: row.id } }, select: ['documentId'] });
    if (existing) return (existing as Row).documentId;
    const rel = (r: Row | null | undefined) => (r?.id ? { set: [{ id: r.id }] } : undefined);
    const created = await docs('corrective-action').create({
      data: {
        title: followUpTitle(row.title),
        description: row.description ?? null,
        kind: row.kind,
        status: 'planned',
        verificationWindowDays: row.verificationWindowDays ?? undefined,
        owner: rel(row.owner),
        rootCause: rel(row.rootCause),
        category: rel(row.category),
        complaint: rel(row.complaint),
        cftReview: rel(row.cftReview),
        followUpOf: { set: [{ id: row.id }] },
      },
    });
    await audit().record({
      entityType: 'corrective-action',
      entityId: created.documentId,
      action: 'create',
      actor,
      changes: { status: { from: null, to: 'planned' }, followUpOfId: { from: null, to: row.documentId } },
    });
    await audit().record({ entityType: 'corrective-action', entityId: row.documentId, action: 'open-follow-up', actor, changes: { followUpId: { from: null, to: created.documentId } } });
    return created.documentId;
  }

  /**
   * Evaluates one action in verification (its row locked by the caller's transaction) and writes a
   * decided result with its evidence; a pending one writes nothing. Returns the result.
   */
  async function evaluateRow(row: Row, now: Date, actor: { id: number; role: string } | null): Promise<'effective' | 'ineffective' | 'pending' | null> {
    if (row.status !== 'verification' || !row.rootCause || !row.implementedAt) return null;
    return inTrx(async (trx) => {
    const categoryIds = row.category ? categorySubtree(Number(row.category.id), await sql().categoryParents(trx)) : null;
    const windowDays = row.verificationWindowDays ?? null;
    const window = verificationWindow(isoOf(row.implementedAt), windowDays);
    const candidates = await sql().recurrenceCandidates(trx, { rootCauseId: Number(row.rootCause.id), categoryIds, from: window.start, to: window.end, limit: EVIDENCE_LIMIT });
    const evaluation = evaluateEffectiveness(window.start, windowDays, now, candidates);
    const patch = resultPatch(evaluation, { rootCauseId: row.rootCause.documentId, categoryId: docId(row.category) }, now);
    if (!patch) return 'pending';
    const changes = await write(row, patch);
    await audit().record({ entityType: 'corrective-action', entityId: row.documentId, action: 'evaluate', actor, changes });
    if (evaluation.result === 'ineffective') await openFollowUp(row, actor);
    return evaluation.result;
    });
  }

  const service = {
    /** POST /corrective-actions: only the fields a plan has (the lifecycle writes the rest), audited. */
    async create(body: Record<string, unknown>, caller: Caller) {
      const issues = capaWriteIssues(null, body);
      if (issues.length) throw badRequest('Invalid corrective-actions', issues);
      return strapi.db.transaction(async () => {
        const record = await resources().create(def, body, caller);
        const written = Object.fromEntries(Object.keys(body).filter((k) => k in record && !UNAUDITED.has(k)).map((k) => [k, record[k]]));
        await audit().record({ entityType: 'corrective-action', entityId: String(record.id), action: 'create', actor: actorOf(caller), changes: fieldChanges({}, written) });
        return record;
      });
    },

    /** PUT /corrective-actions/{id}: a 400 names any field only the lifecycle actions change; the changes are audited. */
    async update(id: string, body: Record<string, unknown>, caller: Caller) {
      return strapi.db.transaction(async ({ trx }) => {
        await lockDocument(strapi, trx, 'corrective-action', id);
        const current = await resources().read(def, id, caller);
        const issues = capaWriteIssues(current, body);
        if (issues.length) throw badRequest('Invalid corrective-actions', issues);
        const updated = await resources().update(def, id, body, caller);
        const keys = Object.keys(body).filter((k) => k in updated && !UNAUDITED.has(k));
        const changes = fieldChanges(
          Object.fromEntries(keys.map((k) => [k, current[k]])),
          Object.fromEntries(keys.map((k) => [k, updated[k]])),
        );
        if (Object.keys(changes).length) await audit().record({ entityType: 'corrective-action', entityId: id, action: 'update', actor: actorOf(caller), changes });
        return updated;
      });
    },

    /** DELETE /corrective-actions/{id}, audited. */
    async remove(id: string, caller: Caller) {
      return strapi.db.transaction(async () => {
        const record = await resources().remove(def, id, caller);
        await audit().record({ entityType: 'corrective-action', entityId: id, action: 'delete', actor: actorOf(caller), changes: { status: { from: record.status, to: null } } });
        return record;
      });
    },

    /** POST /corrective-actions/{id}/actions/{action}: one transaction with the row locked. */
    async perform(id: string, action: string, body: Record<string, unknown>, caller: Caller, now = new Date()) {
      return strapi.db.transaction(async ({ trx }) => {
        await lockDocument(strapi, trx, 'corrective-action', id);
        const row = await load(id);
        const actor: CapaActor = { id: caller.documentId, role: caller.role };
        const d = decideCapa(stateOf(row), action, body, actor, now);
        if (!d.ok) {
          if (d.kind === 'unknown_action') throw notFound(d.message);
          if (d.kind === 'forbidden') throw forbidden(d.message, { action });
          if (d.kind === 'conflict') throw conflict(d.message, { status: row.status, allowedActions: d.allowedActions, ...(d.field ? { field: d.field } : {}) });
          throw badRequest('Invalid action input', d.issues);
        }
        if (d.action === 'evaluate') {
          await evaluateRow(row, now, actorOf(caller));
          return resources().read(def, id, caller);
        }
        let categoryRowId: number | undefined;
        const patch = { ...d.patch };
        // The subtree is fixed when verification starts: the action's category, else its complaint's.
        if (d.action === 'start-verification' && !row.category && row.complaint?.category) {
          categoryRowId = Number(row.complaint.category.id);
          patch.categoryId = row.complaint.category.documentId;
        }
        const changes = await write(row, patch, categoryRowId);
        for (const key of ['note', 'justification'] as const) if (typeof d.input[key] === 'string') changes[key] = { from: null, to: d.input[key] };
        await audit().record({ entityType: 'corrective-action', entityId: id, action: d.action, actor: actorOf(caller), changes });
        if (d.followUp) await openFollowUp(row, actorOf(caller));
        // Complaints with the root cause may already have arrived since the implementation.
        if (d.action === 'start-verification') await evaluateRow(await load(id), now, actorOf(caller));
        return resources().read(def, id, caller);
      });
    },

    /**
     * Root causes were just set on complaints (in the caller's transaction): every action in
     * verification against one of them is evaluated now, so a recurrence is seen at once.
     */
    async onRootCausesSet(rootCauseRowIds: number[], caller: Caller | null, now = new Date()): Promise<void> {
      await inTrx(async (trx) => {
        for (const id of await sql().inVerificationFor(trx, rootCauseRowIds)) {
          await lockDocument(strapi, trx, 'corrective-action', id);
          await evaluateRow(await load(id), now, actorOf(caller));
        }
      });
    },

    /**
     * Decides the actions whose verification window has ended, a batch per transaction: the claim
     * locks the rows (SKIP LOCKED on PostgreSQL), so concurrent sweeps never decide one twice.
     * Returns the documentIds this call decided.
     */
    async sweepDue(now = new Date(), batchSize = 100): Promise<string[]> {
      const decided: string[] = [];
      for (let more = true; more; ) {
        const claimed = await strapi.db.transaction(async ({ trx }) => {
          const ids = await sql().claimDue(trx, now, batchSize);
          for (const id of ids) {
            const result = await evaluateRow(await load(id), now, null);
            if (result === 'effective' || result === 'ineffective') decided.push(id);
          }
          return ids.length;
        });
        more = claimed === batchSize;
      }
      return decided;
    },

    /** Runs `sweepDue` every `intervalMs`, never two at once in this process. */
    start(intervalMs: number): () => void {
      const timer = setInterval(async () => {
        if (running) return;
        running = true;
        try {
          await service.sweepDue();
        } catch (err) {
          strapi.log.error(`CAPA effectiveness sweep failed: ${(err as Error).message}`);
        } finally {
          running = false;
        }
      }, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },

    /**
     * What a complaint action means for CAPA, in the action's transaction (a throw rolls it back):
     * `propose` naming an action checks it exists and links the complaint to it; `resolve` with
     * root causes sets them on the complaint (only without a CFT review, whose approved conclusion
     * sets them) and evaluates the actions against them; `open-review` keeps the complaint's
     * subject off the review (objectivity).
     */
    async afterComplaintAction(complaintId: string, action: string, input: Record<string, unknown>, caller: Caller): Promise<void> {
      if (action === 'propose') {
        const internal = input.internal as { correctiveActionId?: unknown } | undefined;
        const caId = internal && typeof internal.correctiveActionId === 'string' ? internal.correctiveActionId : null;
        if (!caId) return;
        const ca = (await strapi.db.query(CA as never).findOne({ where: { documentId: caId }, populate: { complaints: { select: ['documentId'] } } })) as Row | null;
        if (!ca) throw badRequest('Invalid action input', [{ path: 'internal.correctiveActionId', message: `no corrective action with id ${caId}` }]);
        if (ca.status === 'cancelled') throw badRequest('Invalid action input', [{ path: 'internal.correctiveActionId', message: `corrective action ${caId} is cancelled` }]);
        const before: string[] = (ca.complaints ?? []).map((c: Row) => c.documentId);
        if (before.includes(complaintId)) return;
        const complaint = (await strapi.db.query(uid('complaint') as never).findOne({ where: { documentId: complaintId }, select: ['id'] })) as Row;
        await docs('corrective-action').update({ documentId: caId, data: { complaints: { connect: [{ id: complaint.id }] } } });
        await audit().record({ entityType: 'corrective-action', entityId: caId, action: 'answer-complaint', actor: actorOf(caller), changes: { complaintIds: { from: before, to: [...before, complaintId] } } });
      }
      if (action === 'resolve' && Array.isArray(input.rootCauseIds) && input.rootCauseIds.length > 0) {
        const complaint = (await strapi.db.query(uid('complaint') as never).findOne({ where: { documentId: complaintId }, populate: { cftReview: { select: ['documentId'] } } })) as Row;
        if (complaint.cftReview) {
          throw conflict('This complaint has a CFT review: its root causes are set when the review’s conclusion is approved.', {
            field: 'rootCauseIds',
            cftReviewId: complaint.cftReview.documentId,
          });
        }
        const rows = await service.rootCauseRows(input.rootCauseIds as string[], 'rootCauseIds');
        await service.setComplaintRootCauses([complaintId], rows, caller, { via: 'resolve' });
      }
      if (action === 'open-review' && typeof input.cftReviewId === 'string') {
        await getService(strapi, 'cft-reviews').checkObjectivity(input.cftReviewId, complaintId);
      }
    },

    /** Root causes by documentId (row ids in the order given); a 400 names each unknown one under `path`. */
    async rootCauseRows(ids: string[], path: string): Promise<Array<{ id: number; documentId: string }>> {
      const unique = [...new Set(ids)];
      const found = (await strapi.db.query(uid('root-cause') as never).findMany({ where: { documentId: { $in: unique } }, select: ['id', 'documentId'] })) as Array<{ id: number; documentId: string }>;
      const issues = ids.map((v, i) => ({ v, i })).filter(({ v }) => !found.some((f) => f.documentId === v)).map(({ v, i }) => ({ path: `${path}.${i}`, message: `no root cause with id ${v}` }));
      if (issues.length) throw badRequest('Invalid root causes', issues);
      return unique.map((v) => found.find((f) => f.documentId === v)!);
    },

    /**
     * Sets the root causes of complaints (replacing theirs), records a `set-root-causes` event on
     * each, and evaluates the actions in verification against them.
     */
    async setComplaintRootCauses(complaintIds: string[], rootCauses: Array<{ id: number; documentId: string }>, caller: Caller | null, payload: Record<string, unknown>): Promise<void> {
      const outbox = getService(strapi, 'outbox');
      for (const complaintId of complaintIds) {
        const before = (await strapi.db.query(uid('complaint') as never).findOne({ where: { documentId: complaintId }, select: ['status'], populate: { rootCauses: { select: ['documentId'] } } })) as Row;
        await docs('complaint').update({ documentId: complaintId, data: { rootCauses: { set: rootCauses.map((r) => ({ id: r.id })) } } });
        await outbox.record(complaintId, {
          action: 'set-root-causes',
          fromStatus: before.status,
          toStatus: before.status,
          actor: actorOf(caller),
          payload: { ...payload, changes: { rootCauseIds: { from: (before.rootCauses ?? []).map((r: Row) => r.documentId), to: rootCauses.map((r) => r.documentId) } } },
        });
      }
      if (complaintIds.length) await service.onRootCausesSet(rootCauses.map((r) => r.id), caller);
    },
  };
  return service;
};

export type CorrectiveActionsService = ReturnType<typeof createCorrectiveActionsService>;
export default createCorrectiveActionsService;
