/**
 * The one writer of complaint events and outbox notifications (SPEC §7): lifecycle actions, mass
 * incidents and the SLA sweeper all write them here, in the caller's transaction, so a row is
 * written with the rest of its change or not at all. A delivery worker sends the `pending`
 * notifications later; nothing here waits on a channel.
 *
 * Two paths: `record` writes one event and the customer notifications it causes through the
 * Document Service; `bulkRows`/`writeBulk` shape thousands of rows for database/outbox.ts, which
 * inserts them with a few statements and documentIds made as Strapi makes them.
 *
 * A notice's PIN is never stored in clear: `record` seals it (domain/sealed-secret.ts, the app's
 * ENCRYPTION_KEY) into the row's private `secret`, which the delivery worker opens at send time
 * (`openSecrets`) and erases once the message is handed over. Once the caller's transaction
 * commits, the worker is asked to run, so an acknowledgment goes out at once.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { insertBulk, newDocumentIds, prepareDocumentIds, type BulkModel } from '../database/outbox';
import type { EventDraft, NotificationDraft } from '../domain/escalation';
import type { CustomerNotice } from '../domain/notify-channel';
import { open, seal, sealKey, splitSecrets } from '../domain/sealed-secret';
import { uid } from '../pluginId';
import { getService } from '../utils';

export interface EventInput {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  /** The staff user acting (row id and role); null for the system. */
  actor: { id: number; role: string } | null;
  /** Recorded role when it differs from the actor's (e.g. the portal's customer). */
  actorRole?: string;
  payload: Record<string, unknown>;
}

/** What a bulk writer hands over: events and staff notifications, each naming its complaint's row id. */
export interface Drafts {
  events: readonly EventDraft[];
  notifications: readonly NotificationDraft[];
}

export const createOutboxService = ({ strapi }: { strapi: Core.Strapi }) => {
  let key: Buffer | null = null;
  /**
   * The sealing key: from the app's ENCRYPTION_KEY (config delivery.encryptionKey, else the
   * environment). An app that sets neither gets a random key for this process, outside production
   * only (config/index.ts refuses production without one): seals then open in this process alone.
   */
  const keyOf = (): Buffer => {
    if (key) return key;
    const configured = (strapi.config.get('plugin::complaint-desk.delivery.encryptionKey', null) as string | null) ?? process.env.ENCRYPTION_KEY ?? null;
    if (!configured) strapi.log.warn('complaint-desk: no ENCRYPTION_KEY: outbox secrets are sealed with a key of this process only');
    key = sealKey(configured ?? randomBytes(32).toString('base64'));
    return key;
  };

  /** Asks the delivery worker to run once the current transaction (if any) has committed. */
  const kickAfterCommit = () => {
    const kick = () => getService(strapi, 'delivery').kick();
    if (strapi.db.inTransaction()) void strapi.db.transaction(async ({ onCommit }) => onCommit(kick));
    else kick();
  };
  const docs = (name: string) => strapi.documents(uid(name) as never) as unknown as { create(args: { data: Record<string, unknown> }): Promise<{ documentId: string }> };

  /** Events and staff notifications as rows for database/outbox.ts, events first (each with a new documentId). */
  const bulkRows = (drafts: Drafts, now: Date): BulkModel[] => {
    const stamps = { createdAt: now, updatedAt: now, publishedAt: now };
    const ids = newDocumentIds(drafts.events.length + drafts.notifications.length);
    let next = 0;
    return [
      {
        model: 'complaint-event',
        items: drafts.events.map(({ complaintId, ...e }) => ({ complaintId, values: { documentId: ids[next++], ...e, ...stamps } })),
      },
      {
        model: 'notification',
        items: drafts.notifications.map(({ complaintId, ...n }) => ({
          complaintId,
          values: { documentId: ids[next++], ...n, status: 'pending', attempts: 0, nextAttemptAt: now, ...stamps },
        })),
      },
    ];
  };

  return {
    /**
     * One complaint event and the customer notifications it causes (dedupe key
     * `<event documentId>:<notice dedupe>`). Returns the event's documentId.
     */
    async record(complaintId: string, event: EventInput, notices: readonly CustomerNotice[] = []): Promise<string> {
      const created = await docs('complaint-event').create({
        data: {
          action: event.action,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          actorRole: event.actorRole ?? event.actor?.role ?? 'system',
          actor: event.actor ? { set: [{ id: event.actor.id }] } : undefined,
          payload: event.payload,
          complaint: complaintId,
        },
      });
      for (const n of notices) {
        const dedupeKey = `${created.documentId}:${n.dedupe}`;
        const { stored, secrets } = splitSecrets(n.payload);
        await docs('notification').create({
          data: {
            channel: n.channel,
            recipient: n.recipient,
            template: n.template,
            locale: n.locale,
            payload: stored,
            // Sealed for this row only (the dedupe key is the additional data).
            secret: secrets ? seal(secrets, keyOf(), dedupeKey) : null,
            status: 'pending',
            attempts: 0,
            nextAttemptAt: new Date().toISOString(),
            dedupeKey,
            complaint: complaintId,
          },
        });
      }
      if (notices.length) kickAfterCommit();
      return created.documentId;
    },

    bulkRows,

    /** Keeps `count` documentIds ready for `bulkRows`, made in idle time (database/outbox.ts). */
    prepareBulk(count: number): void {
      prepareDocumentIds(count);
    },

    /** Writes drafts in bulk inside the caller's transaction `trx`. */
    async writeBulk(trx: Knex.Transaction, drafts: Drafts, now: Date): Promise<void> {
      await insertBulk(strapi, trx, bulkRows(drafts, now));
      if (drafts.notifications.length) kickAfterCommit();
    },

    /** The sealed secrets of a claimed row, opened for rendering its message (throws when the seal does not open). */
    openSecrets(row: { secret: string | null; dedupeKey: string | null; documentId: string }): Record<string, string> {
      return row.secret ? open(row.secret, keyOf(), row.dedupeKey ?? row.documentId) : {};
    },
  };
};

export type OutboxService = ReturnType<typeof createOutboxService>;
export default createOutboxService;
