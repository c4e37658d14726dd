/**
 * The outbox's delivery worker (SPEC §7): every server process polls for due notifications, claims
 * a batch (database/outbox.ts `deliverySql`: `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several
 * instances share the work without sending a row twice), renders each from its response template
 * in the customer's language (domain/message-render.ts) with its sealed secrets opened at send
 * time, hands it to the channel's transport (delivery/), and marks it sent — setting the
 * complaint's `acknowledgedAt` when it is the acknowledgment — or failed with a backoff, or dead
 * (domain/delivery-retry.ts).
 *
 * At-least-once window: a row is marked `sending` with a lease before the send. A process killed
 * after the relay accepted the message and before the mark leaves the row `sending`; when the
 * lease ends another worker sends it again with the same idempotency key (email Message-ID, SMS
 * client reference), on which the receiving side deduplicates (docs/ARCHITECTURE.md "Delivery").
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_DELIVERY, type DeliveryConfig } from '../config';
import { createTransports, listDrop, readDrop, type DropItem, type Transports } from '../delivery';
import { deliverySql, type ClaimedNotification } from '../database/outbox';
import { afterFailure, isPermanentFailure } from '../domain/delivery-retry';
import { messageIdFor } from '../domain/message-id';
import { localeChain, maskDigitRuns, renderMessage, senderDomain, templateKey, type TemplateText } from '../domain/message-render';
import { maskSecretsInText } from '../domain/privacy';
import { TtlCache } from '../domain/ttl-cache';
import { conflict, notFound } from '../errors';
import { uid } from '../pluginId';
import { getService } from '../utils';
import type { Caller } from './resources';

const TEMPLATE_TTL_MS = 10_000;

export const createDeliveryService = ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = (): DeliveryConfig => ({ ...DEFAULT_DELIVERY, ...(strapi.config.get('plugin::complaint-desk.delivery', {}) as Partial<DeliveryConfig>) });
  let transports: Transports | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  /** Set while `stop` waits: the run in progress ends after its current batch. */
  let stopping = false;
  const templates = new TtlCache<string, TemplateText | null>(TEMPLATE_TTL_MS, 500);

  const transportsOf = (): Transports => (transports ??= createTransports(settings(), strapi.dirs.app.root));

  async function templateFor(name: string, locale: string): Promise<TemplateText | null> {
    const cacheKey = `${name}|${locale}`;
    const now = Date.now();
    const cached = templates.get(cacheKey, now);
    if (cached !== undefined) return cached;
    const gen = templates.generation;
    const { purpose, channel } = templateKey(name);
    let found: TemplateText | null = null;
    for (const l of localeChain(locale)) {
      const row = await strapi.db.query(uid('response-template') as never).findOne({ where: { purpose, channel, locale: l }, select: ['subject', 'body'], orderBy: { id: 'asc' } });
      if (row) {
        found = { subject: (row as TemplateText).subject ?? null, body: (row as TemplateText).body };
        break;
      }
    }
    templates.set(cacheKey, found, now + TEMPLATE_TTL_MS, gen);
    return found;
  }

  /** The idempotency key of a row: the email's Message-ID, the SMS client reference. */
  const keyOf = (row: ClaimedNotification, s: DeliveryConfig) =>
    row.channel === 'email'
      ? row.trackingCode
        ? messageIdFor(row.trackingCode, row.documentId, senderDomain(s.mailFrom))
        : `<cd.${row.documentId}@${senderDomain(s.mailFrom)}>`
      : row.documentId;

  type SentMark = Parameters<ReturnType<typeof deliverySql>['markSentMany']>[0][number];

  async function deliverOne(row: ClaimedNotification, s: DeliveryConfig, sentMarks: SentMark[] | null): Promise<void> {
    const key = keyOf(row, s);
    let secrets: Record<string, string> = {};
    const scrub = (text: string) => {
      let out = maskSecretsInText(text);
      for (const v of Object.values(secrets)) if (v) out = out.split(v).join('******');
      return out.slice(0, 2000);
    };
    try {
      let sealedOpen = true;
      try {
        secrets = getService(strapi, 'outbox').openSecrets(row);
      } catch {
        sealedOpen = false;
      }
      if (!sealedOpen) throw Object.assign(new Error('The sealed secrets of this notification cannot be opened (ENCRYPTION_KEY changed?)'), { permanent: true });
      const vars: Record<string, unknown> = { portalUrl: s.portalUrl, dueDate: row.dueAt ? formatDate(row.dueAt, row.locale) : '', ...row.payload, ...secrets, trackingCode: row.trackingCode ?? row.payload.trackingCode };
      if (row.template.startsWith('acknowledgment.') && !('pin' in secrets)) vars.pin = '—';
      const message = renderMessage(await templateFor(row.template, row.locale), { templateName: row.template, channel: row.channel, locale: row.locale, vars });
      const t = transportsOf();
      const { providerId } = await (row.channel === 'email' ? t.email : t.sms).send({ ...message, to: row.recipient, locale: row.locale, idempotencyKey: key });
      const mark = { row, at: new Date(), providerId, idempotencyKey: key, acknowledges: row.template.startsWith('acknowledgment.') };
      // An acknowledgment is marked at once (it sets the complaint's clock); others with their batch.
      if (mark.acknowledges || !sentMarks) await deliverySql(strapi).markSent(row, mark);
      else sentMarks.push(mark);
    } catch (err) {
      const e = err as Error & { permanent?: boolean; responseCode?: number; status?: number };
      const decision = afterFailure(row.attempts, { maxAttempts: s.maxAttempts, baseMs: s.backoffBaseMs, maxMs: s.backoffMaxMs }, { permanent: e.permanent || isPermanentFailure(e) });
      const now = new Date();
      const error = scrub(`${e.message ?? String(err)}`);
      await deliverySql(strapi).markFailed(row, { at: now, error, dead: decision.dead, nextAttemptAt: decision.dead ? null : new Date(now.getTime() + decision.delayMs), idempotencyKey: key });
      strapi.log.warn(`complaint-desk: notification ${row.documentId} (${row.template}) ${decision.dead ? 'is dead' : 'failed'} after attempt ${row.attempts}: ${error}`);
    }
  }

  const formatDate = (isoDate: string, locale: string) => {
    try {
      return new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR' : locale, { dateStyle: 'long' }).format(new Date(isoDate));
    } catch {
      return isoDate.slice(0, 10);
    }
  };

  /** Claims and sends batches until none is due. */
  async function drain(): Promise<void> {
    const s = settings();
    const sql = deliverySql(strapi);
    for (;;) {
      if (stopping) return;
      const rows = await sql.claim(new Date(), s.leaseMs, s.batchSize);
      if (!rows.length) return;
      let next = 0;
      // Sent rows are marked in one statement per batch: the at-least-once window of a crash is
      // the batch's sending time (docs/ARCHITECTURE.md "Delivery").
      const marks: SentMark[] = [];
      const lane = async () => {
        while (next < rows.length) {
          const row = rows[next++];
          await deliverOne(row, s, marks);
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(s.concurrency, rows.length) }, lane));
      } finally {
        await sql.markSentMany(marks);
      }
      if (rows.length < s.batchSize) return;
    }
  }

  const service = {
    /** Runs the worker once now (or once more after the run in progress), polling or not; resolves when it is done. */
    tick(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await drain();
          } while (again && !stopping);
        } catch (err) {
          strapi.log.error(`complaint-desk: delivery failed: ${maskSecretsInText((err as Error).message)}`);
        } finally {
          running = null;
        }
      })();
      return running;
    },

    /** Asks for a run soon (after a commit that queued a message: the acknowledgment goes out at once). */
    kick(): void {
      if (timer) setImmediate(() => void service.tick());
    },

    /** Starts polling every `pollMs` unless delivery is off. */
    start(): void {
      const s = settings();
      if (s.mode === 'off' || timer) return;
      const t = transportsOf();
      if (t.email.drop || t.sms.drop) strapi.log.info(`complaint-desk: no relay for ${[t.email.drop ? 'email' : '', t.sms.drop ? 'SMS' : ''].filter(Boolean).join(' and ')}: messages go to the drop ${t.dropDir}`);
      timer = setInterval(() => void service.tick(), s.pollMs);
      timer.unref();
      setImmediate(() => void service.tick());
    },

    /** Stops polling, waits for the run in progress, closes the transports. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      stopping = true;
      try {
        await running;
      } finally {
        stopping = false;
      }
      await transports?.email.close();
      await transports?.sms.close();
      transports = null;
    },

    /** Staff retry of a dead or failed notification (POST /notifications/:id/retry), audited as an event on its complaint. */
    async retry(documentId: string, caller: Caller): Promise<{ id: string; status: string }> {
      const result = await strapi.db.transaction(async ({ trx }) => {
        const row = (await strapi.db.query(uid('notification') as never).findOne({
          where: { documentId },
          select: ['id', 'documentId', 'status', 'attempts', 'template', 'lastError'],
          populate: { complaint: { select: ['documentId', 'status'] } },
        })) as { id: number; documentId: string; status: string; attempts: number; template: string; lastError: string | null; complaint?: { documentId: string; status: string } | null } | null;
        if (!row) throw notFound(`No notification ${documentId}`);
        if (!(await deliverySql(strapi).requeue(trx, row.id, new Date()))) {
          throw conflict(`Only a dead or failed notification can be retried; this one is ${row.status}.`, { status: row.status, allowedActions: [] });
        }
        if (row.complaint) {
          await getService(strapi, 'outbox').record(row.complaint.documentId, {
            action: 'retry-notification',
            fromStatus: row.complaint.status,
            toStatus: row.complaint.status,
            actor: { id: caller.id, role: caller.role },
            payload: { notificationId: row.documentId, template: row.template, previousStatus: row.status, attempts: row.attempts, lastError: row.lastError },
          });
        }
        return { id: row.documentId, status: 'pending' };
      });
      service.kick();
      return result;
    },

    /** Development: the newest messages of the drop; null when this process sends through relays only. */
    async dropList(limit = 50): Promise<DropItem[] | null> {
      const t = transportsOf();
      if (!t.email.drop && !t.sms.drop) return null;
      return listDrop(t.dropDir, limit);
    },

    /** Development: one message of the drop, with digit runs that could be a PIN masked. */
    async dropItem(channel: 'email' | 'sms', file: string): Promise<string | null> {
      const t = transportsOf();
      if (!t.email.drop && !t.sms.drop) return null;
      const text = await readDrop(t.dropDir, channel, file);
      return text === null ? null : maskDigitRuns(text);
    },
  };
  return service;
};

export type DeliveryService = ReturnType<typeof createDeliveryService>;
export default createDeliveryService;
