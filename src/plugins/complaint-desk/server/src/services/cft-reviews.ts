/**
 * CFT reviews: plain edits checked against the analysis shapes, the editors' rights and objectivity;
 * the conclusion's steps (the leader submits it with root causes, the quality manager approves or
 * returns it); approval sets the root causes on every complaint the review covers and concludes it.
 * Every change writes an audit entry. The rules are domain/cft-review.ts.
 */
import type { Core } from '@strapi/strapi';
import { lockDocument } from '../database/locks';
import { fieldChanges } from '../domain/changes';
import { decideReview, editRefusal, objectivityIssues, reviewWriteIssues, type ReviewState } from '../domain/cft-review';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { uid } from '../pluginId';
import { RESOURCES } from '../resources';
import { getService } from '../utils';
import type { Caller } from './resources';

const def = RESOURCES['cft-reviews'];
const REVIEW = uid('cft-review');

type Row = Record<string, any>;

/** Keys a client sends back that are not its edit (react-admin sends the whole record). */
const UNAUDITED = new Set(['id', 'createdAt', 'updatedAt']);

export const createCftReviewsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (name: string) => strapi.documents(uid(name) as never) as any;
  const resources = () => getService(strapi, 'resources');
  const audit = () => getService(strapi, 'audit');
  const actorOf = (caller: Caller | null) => (caller ? { id: caller.id, role: caller.role } : null);

  async function load(documentId: string): Promise<Row> {
    const row = await strapi.db.query(REVIEW as never).findOne({
      where: { documentId },
      populate: { leader: { select: ['documentId'] }, members: { select: ['documentId'] }, complaints: { select: ['documentId', 'trackingCode'], populate: { subjectStaff: { select: ['documentId'] } } } },
    });
    if (!row) throw notFound(`No cft-reviews with id ${documentId}`);
    return row as Row;
  }

  const stateOf = (row: Row): ReviewState => ({
    status: row.status,
    conclusionState: row.conclusionState ?? 'draft',
    leaderId: row.leader?.documentId ?? null,
    memberIds: (row.members ?? []).map((m: Row) => m.documentId),
  });

  const subjectsOf = (row: Row) =>
    (row.complaints ?? []).map((c: Row) => ({ complaintId: c.documentId, trackingCode: c.trackingCode, subjectStaffId: c.subjectStaff?.documentId ?? null }));

  /** 409 naming each member (or the leader) a covered complaint is about. */
  function refuseSubjects(people: { leaderId: string | null; memberIds: readonly string[] }, row: Row) {
    const found = objectivityIssues(people, subjectsOf(row));
    if (found.length) {
      throw conflict(`${found[0].path} ${found[0].message}`, { field: found[0].path, staffIds: found.map((f) => f.staffId), errors: found.map((f) => ({ path: f.path.split('.'), message: f.message })) });
    }
  }

  const service = {
    /** POST /cft-reviews: shapes checked, the conclusion left to its steps; audited. */
    async create(body: Record<string, unknown>, caller: Caller) {
      const issues = reviewWriteIssues(null, body);
      if (issues.length) throw badRequest('Invalid cft-reviews', issues);
      return strapi.db.transaction(async () => {
        const record = await resources().create(def, body, caller);
        const written = Object.fromEntries(Object.keys(body).filter((k) => k in record && !UNAUDITED.has(k)).map((k) => [k, record[k]]));
        await audit().record({ entityType: 'cft-review', entityId: String(record.id), action: 'create', actor: actorOf(caller), changes: fieldChanges({}, written) });
        return record;
      });
    },

    /** PUT /cft-reviews/{id}: editors only (403 with the reason), shapes (400 with paths), objectivity (409); audited. */
    async update(id: string, body: Record<string, unknown>, caller: Caller) {
      return strapi.db.transaction(async ({ trx }) => {
        await lockDocument(strapi, trx, 'cft-review', id);
        const row = await load(id);
        const refusal = editRefusal(stateOf(row), { id: caller.documentId, role: caller.role });
        if (refusal) throw forbidden(refusal, { reason: 'not-a-member' });
        const current = await resources().read(def, id, caller);
        const issues = reviewWriteIssues(current, body);
        if (issues.length) throw badRequest('Invalid cft-reviews', issues);
        if (row.status === 'concluded' || row.status === 'cancelled') {
          const keys = Object.keys(body).filter((k) => k in current && k !== 'id' && JSON.stringify(current[k] ?? null) !== JSON.stringify(body[k] ?? null));
          if (keys.length) throw conflict(`The review is ${row.status}: it is kept as it was.`, { status: row.status, fields: keys });
        }
        if ('leaderId' in body || 'memberIds' in body) {
          const people = {
            leaderId: 'leaderId' in body ? ((body.leaderId as string | null) ?? null) : stateOf(row).leaderId,
            memberIds: 'memberIds' in body && Array.isArray(body.memberIds) ? (body.memberIds as string[]) : stateOf(row).memberIds,
          };
          refuseSubjects(people, row);
        }
        const updated = await resources().update(def, id, body, caller);
        const keys = Object.keys(body).filter((k) => k in updated && !UNAUDITED.has(k));
        const changes = fieldChanges(Object.fromEntries(keys.map((k) => [k, current[k]])), Object.fromEntries(keys.map((k) => [k, updated[k]])));
        if (Object.keys(changes).length) await audit().record({ entityType: 'cft-review', entityId: id, action: 'update', actor: actorOf(caller), changes });
        return updated;
      });
    },

    /** DELETE /cft-reviews/{id}, audited. */
    async remove(id: string, caller: Caller) {
      return strapi.db.transaction(async () => {
        const record = await resources().remove(def, id, caller);
        await audit().record({ entityType: 'cft-review', entityId: id, action: 'delete', actor: actorOf(caller), changes: { status: { from: record.status, to: null } } });
        return record;
      });
    },

    /** A complaint about a member (or the leader) of the review cannot join it (open-review): 409 naming them. */
    async checkObjectivity(reviewId: string, complaintId: string) {
      const row = await load(reviewId);
      const complaint = (await strapi.db.query(uid('complaint') as never).findOne({ where: { documentId: complaintId }, select: ['documentId', 'trackingCode'], populate: { subjectStaff: { select: ['documentId'] } } })) as Row;
      refuseSubjects(stateOf(row), { complaints: [complaint] });
    },

    /** POST /cft-reviews/{id}/actions/{action}: the conclusion's steps, one transaction. */
    async perform(id: string, action: string, body: Record<string, unknown>, caller: Caller, now = new Date()) {
      return strapi.db.transaction(async ({ trx }) => {
        await lockDocument(strapi, trx, 'cft-review', id);
        const row = await load(id);
        const d = decideReview(stateOf(row), action, body, { id: caller.documentId, role: caller.role }, now);
        if (!d.ok) {
          if (d.kind === 'unknown_action') throw notFound(d.message);
          if (d.kind === 'forbidden') throw forbidden(d.message, { action });
          if (d.kind === 'conflict') throw conflict(d.message, { status: row.status, conclusionState: row.conclusionState ?? 'draft', allowedActions: d.allowedActions });
          throw badRequest('Invalid action input', d.issues);
        }
        const capa = getService(strapi, 'corrective-actions');
        const before = await resources().read(def, id, caller);
        const data: Record<string, unknown> = { ...d.patch };
        if (d.rootCauseIds) {
          const rows = await capa.rootCauseRows(d.rootCauseIds, 'rootCauseIds');
          data.rootCauses = { set: rows.map((r) => ({ id: r.id })) };
        }
        await docs('cft-review').update({ documentId: id, data });
        const after = await resources().read(def, id, caller);
        const keys = [...Object.keys(d.patch), ...(d.rootCauseIds ? ['rootCauseIds'] : [])];
        const changes = fieldChanges(Object.fromEntries(keys.map((k) => [k, before[k]])), Object.fromEntries(keys.map((k) => [k, after[k]])));
        await audit().record({ entityType: 'cft-review', entityId: id, action: d.action, actor: actorOf(caller), changes });
        if (d.action === 'approve-conclusion') {
          // The approved root causes become every covered complaint's root causes.
          const rootCauseIds = after.rootCauseIds as string[];
          if (rootCauseIds.length === 0) throw conflict('The conclusion names no root cause: return it to the leader.', { field: 'rootCauseIds', allowedActions: ['return-conclusion'] });
          const rows = await capa.rootCauseRows(rootCauseIds, 'rootCauseIds');
          await capa.setComplaintRootCauses(subjectsOf(row).map((c: { complaintId: string }) => c.complaintId), rows, caller, { via: 'cft-review', cftReviewId: id });
        }
        return after;
      });
    },
  };
  return service;
};

export type CftReviewsService = ReturnType<typeof createCftReviewsService>;
export default createCftReviewsService;
