/**
 * Customers' personal data on request (SPEC §9 confidentiality):
 * - erasure (DELETE /customers/{id}): the customer's name, phone, email, address and external
 *   reference go, and so does every copy of them — the outbox rows' recipients and payloads, the
 *   events' payloads, and the free text of their complaints and of what hangs off those
 *   (approvals, surveys, CFT reviews, corrective actions). The records stay, so complaints and
 *   report figures stay whole; personal data cannot be written back (409);
 * - export (GET /customers/{id}/export): everything held about the customer as one JSON document.
 * Both are recorded in the audit trail, with who and when, without the personal data.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ERASED_NAME, ERASED_TEXT, personalDataRedactor, personalDataWrites, redactDeep } from '../domain/privacy';
import { lockDocument } from '../database/locks';
import { withEventRedaction } from '../database/schema/audit-guards';
import { conflict } from '../errors';
import { uid } from '../pluginId';
import { RESOURCES, personalFields } from '../resources';
import { getService } from '../utils';
import type { Caller } from './resources';

const CUSTOMER = uid('customer');
const COMPLAINT = uid('complaint');
const EVENT = uid('complaint-event');
const NOTIFICATION = uid('notification');

/** Attribute types that hold free text (JSON holds strings too). */
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'json', 'blocks']);
/** Text attributes that never hold what a person wrote: codes, hashes, keys. */
const NOT_FREE_TEXT = new Set(['trackingCode', 'pinHash', 'dedupeKey', 'locale', 'currency', 'template', 'action', 'actorRole']);

/** What is erased on the customer row itself. */
const ERASED_CUSTOMER = { name: ERASED_NAME, phone: null, email: null, address: null, externalRef: null, phoneNormalized: null, emailNormalized: null };

/** Outbox rows that are not sent yet: after erasure they have nobody to go to. */
const UNSENT = ['pending', 'sending', 'failed'];

export const createCustomersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const resources = () => getService(strapi, 'resources');
  const def = RESOURCES.customers;
  const query = (name: string) => strapi.db.query(name as any) as any;

  /** Inside a transaction: locks the customer row (PostgreSQL; SQLite serialises writers). */
  const lock = (trx: Knex.Transaction, id: string) => lockDocument(strapi, trx, CUSTOMER, id);

  /** The free-text attributes of a content type, from Strapi's metadata. */
  function textAttributes(name: string): string[] {
    const attributes = strapi.db.metadata.get(name as any).attributes as Record<string, any>;
    return Object.entries(attributes)
      .filter(([attr, a]) => TEXT_TYPES.has(a.type) && !NOT_FREE_TEXT.has(attr))
      .map(([attr]) => attr);
  }

  /** Applies `redact` to the free text of the rows `where` selects; writes the rows it changed (plus `extra`). */
  async function redactRows(name: string, where: Record<string, unknown>, redact: (text: string) => string, extra: (row: any) => Record<string, unknown> = () => ({})): Promise<number> {
    const attrs = textAttributes(name);
    const rows = await query(name).findMany({ where, select: ['id', ...attrs, ...(name === COMPLAINT ? ['version'] : [])] });
    let changed = 0;
    for (const row of rows) {
      const data: Record<string, unknown> = {};
      for (const attr of attrs) {
        const r = redactDeep(row[attr], redact);
        if (r.changed) data[attr] = r.value;
      }
      if (Object.keys(data).length === 0) continue;
      await query(name).update({ where: { id: row.id }, data: { ...data, ...extra(row) } });
      changed += 1;
    }
    return changed;
  }

  /**
   * The one place that rewrites complaint events: the payloads of these complaints' events with
   * the customer's personal data redacted. The audit trail is otherwise append-only; erasure is
   * the single exception, and it goes through here.
   */
  async function redactEventPayloads(complaintIds: number[], redact: (text: string) => string): Promise<number> {
    const rows = await query(EVENT).findMany({ where: { complaint: { id: { $in: complaintIds } } }, select: ['id', 'payload'] });
    let changed = 0;
    for (const row of rows) {
      const r = redactDeep(row.payload, redact);
      if (!r.changed) continue;
      await query(EVENT).update({ where: { id: row.id }, data: { payload: r.value } });
      changed += 1;
    }
    return changed;
  }

  /**
   * The outbox rows of these complaints: no recipient, no name, no PIN; the texts redacted; the
   * rows not sent yet are given up (`dead`), since there is nobody to send them to.
   */
  async function eraseNotifications(complaintIds: number[], redact: ((text: string) => string) | null): Promise<void> {
    const rows = await query(NOTIFICATION).findMany({ where: { complaint: { id: { $in: complaintIds } } }, select: ['id', 'payload', 'lastError', 'status'] });
    for (const row of rows) {
      let payload = row.payload;
      if (payload && typeof payload === 'object' && !Array.isArray(payload)) {
        const { pin: _pin, customerName, ...rest } = payload as Record<string, unknown>;
        payload = { ...rest, ...(customerName === undefined ? {} : { customerName: ERASED_TEXT }) };
      }
      const unsent = UNSENT.includes(row.status);
      await query(NOTIFICATION).update({
        where: { id: row.id },
        data: {
          recipient: ERASED_NAME,
          payload: redact ? redactDeep(payload, redact).value : payload,
          lastError: unsent ? 'Not sent: the customer’s personal data was erased.' : redact && row.lastError ? redact(row.lastError) : row.lastError,
          // The sealed PIN goes with the rest: nothing is left to send it with.
          secret: null,
          ...(unsent ? { status: 'dead', leaseUntil: null } : {}),
        },
      });
    }
  }

  /**
   * An audit event per complaint of the customer (its timeline shows it), or one without a
   * complaint when there is none: who and when, the customer by id only.
   */
  async function recordEvent(action: 'erase-customer' | 'export-customer', customerId: string, complaints: Array<{ documentId: string; status: string }>, caller: Caller) {
    const base = { action, actorRole: caller.role, actor: { set: [{ id: caller.id }] }, payload: { customerId } };
    const events = (strapi.documents(EVENT as any) as any).create;
    if (complaints.length === 0) await events({ data: base });
    for (const c of complaints) await events({ data: { ...base, fromStatus: c.status, toStatus: c.status, complaint: c.documentId } });
  }

  return {
    /** DELETE /customers/{id}: erases every copy of the customer's personal data (see above). Erasing again changes nothing. */
    async erase(id: string, caller: Caller) {
      await resources().findEntity(def, id);
      return strapi.db.transaction(async ({ trx }) => {
        await lock(trx, id);
        const customer = await query(CUSTOMER).findOne({
          where: { documentId: id },
          select: ['id', 'name', 'phone', 'email', 'erasedAt'],
          populate: { complaints: { select: ['id', 'documentId', 'status'] } },
        });
        if (!customer.erasedAt) {
          const complaints: Array<{ id: number; documentId: string; status: string }> = customer.complaints ?? [];
          const ids = complaints.map((c) => c.id);
          const redact = personalDataRedactor(customer);
          if (ids.length) {
            if (redact) {
              // A console open on a complaint sees its version move and reloads before it writes.
              await redactRows(COMPLAINT, { id: { $in: ids } }, redact, (row) => ({ version: Number(row.version ?? 0) + 1 }));
              await redactRows(uid('approval'), { complaint: { id: { $in: ids } } }, redact);
              await redactRows(uid('survey'), { complaint: { id: { $in: ids } } }, redact);
              await redactRows(uid('corrective-action'), { complaint: { id: { $in: ids } } }, redact);
              await redactRows(uid('cft-review'), { complaints: { id: { $in: ids } } }, redact);
              // The database refuses event updates outside this narrow path (database/schema/audit-guards.ts).
              await withEventRedaction(trx, () => redactEventPayloads(ids, redact));
            }
            await eraseNotifications(ids, redact);
          }
          await query(CUSTOMER).update({ where: { id: customer.id }, data: { ...ERASED_CUSTOMER, erasedAt: new Date() } });
          await recordEvent('erase-customer', id, complaints, caller);
        }
        return resources().toRecord(def, await resources().findEntity(def, id), caller);
      });
    },

    /**
     * PUT /customers/{id} on an erased customer: 409 when the body would put personal data back.
     * Called inside the update's transaction, so that an erasure and a write never interleave.
     */
    async refuseErasedWrites(id: string, data: Record<string, unknown>) {
      await strapi.db.transaction(async ({ trx }) => {
        await lock(trx, id);
        const current = await query(CUSTOMER).findOne({ where: { documentId: id }, select: ['erasedAt', ...personalFields(def)] });
        if (!current?.erasedAt) return;
        const fields = personalDataWrites(current, data, personalFields(def));
        if (fields.length) throw conflict('The customer’s personal data was erased: it cannot be written again.', { erasedAt: current.erasedAt, fields });
      });
    },

    /**
     * GET /customers/{id}/export: the customer, and each of their complaints with its events,
     * notifications, approvals, surveys and corrective actions, as the API shows them to the caller
     * (the PIN masked). Recorded in the audit trail.
     */
    async export(id: string, caller: Caller) {
      const rs = resources();
      const entity = await rs.findEntity(def, id);
      const own = await query(CUSTOMER).findOne({ where: { documentId: id }, select: ['id'], populate: { complaints: { select: ['documentId', 'status', 'receivedAt'], orderBy: { receivedAt: 'asc' } } } });
      const complaints: Array<{ documentId: string; status: string }> = own?.complaints ?? [];
      const related = async (resource: string, complaintId: string) => {
        const d = RESOURCES[resource];
        const rows = await (strapi.documents(d.uid as any) as any).findMany({
          filters: { complaint: { documentId: complaintId } },
          sort: [{ createdAt: 'asc' }, { id: 'asc' }],
          populate: rs.populateFor(d),
        });
        return rows.map((r: any) => rs.toRecord(d, r, caller));
      };
      const out = [];
      for (const c of complaints) {
        out.push({
          ...(await getService(strapi, 'complaints').read(c.documentId, caller)),
          events: await related('complaint-events', c.documentId),
          notifications: await related('notifications', c.documentId),
          approvals: await related('approvals', c.documentId),
          surveys: await related('surveys', c.documentId),
          correctiveActions: await related('corrective-actions', c.documentId),
        });
      }
      const document = { exportedAt: new Date().toISOString(), customer: rs.toRecord(def, entity, caller), complaints: out };
      await strapi.db.transaction(() => recordEvent('export-customer', id, complaints, caller));
      return document;
    },
  };
};

export type CustomersService = ReturnType<typeof createCustomersService>;
export default createCustomersService;
