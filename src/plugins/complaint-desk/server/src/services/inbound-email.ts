/**
 * Inbound email (SPEC §6, §8 "Inbound"): an SMTP listener (`smtp-server`) on `SMTP_INTAKE_PORT`
 * for the addresses in `INTAKE_ADDRESSES`, off unless the port is set. A mail (parsed with
 * `mailparser`) is dropped when it is an auto-reply or a bounce, becomes a `message-in` event when
 * it answers a complaint of its sender, and a new complaint with channel `email` otherwise; the
 * rules are domain/inbound-email.ts. Attachments of the allowed types and size are stored through
 * Strapi's upload plugin and linked to the complaint's `attachments`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import {
  attachmentRefusal,
  complaintFields,
  DESCRIPTION_MAX,
  intakeAddressFor,
  loopReason,
  messageKey,
  parseIntakeAddresses,
  senderName,
  threadCandidates,
  threadDecision,
  withoutQuote,
  type AttachmentRules,
  type IntakeAddress,
  type ThreadTarget,
} from '../domain/inbound-email';
import type { ComplaintDeskConfig } from '../config';
import { isApiError } from '../errors';
import { uid } from '../pluginId';
import { getService } from '../utils';
import type { InboundResult } from './inbound-intake';

/** The plugin's `inbound` settings (config/index.ts). */
export type InboundSettings = ComplaintDeskConfig['inbound'];

export type EmailResult = InboundResult | { outcome: 'ignored'; reason: string };

/** What the SMTP envelope says of a mail. */
export interface Envelope {
  /** MAIL FROM; '' for the null sender `<>`. */
  from: string | null;
  to: string[];
}

/** An SMTP reply with its code (smtp-server answers `responseCode` and the message). */
const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

const headerText = (mail: ParsedMail, name: string): string | null => {
  const v = mail.headers.get(name);
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'value' in v) {
    const params = 'params' in v && v.params ? Object.entries(v.params as Record<string, string>).map(([k, p]) => `; ${k}=${p}`).join('') : '';
    return `${String(v.value)}${params}`;
  }
  return String(v);
};

/** A file name the upload plugin takes: no path, no control characters, not empty. */
const safeFileName = (name: string | undefined, index: number) =>
  (name ?? '')
    .replace(/[\\/]/g, '_')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 180) || `attachment-${index + 1}`;

export const createInboundEmailService = ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = (): InboundSettings => strapi.config.get('plugin::complaint-desk.inbound') as InboundSettings;
  const intake = () => getService(strapi, 'inbound-intake');
  let server: SMTPServer | null = null;
  let addresses: IntakeAddress[] = [];

  const rules = (): AttachmentRules => {
    const s = settings();
    return { types: s.attachmentTypes.split(',').map((t) => t.trim()).filter(Boolean), maxBytes: s.attachmentMaxBytes, maxCount: s.attachmentMaxCount };
  };

  /** The complaints the mail's tracking codes name, with their customer's address. */
  async function targets(codes: string[]): Promise<ThreadTarget[]> {
    if (!codes.length) return [];
    const rows = (await strapi.db.query(uid('complaint') as never).findMany({
      where: { trackingCode: { $in: codes } },
      select: ['documentId', 'trackingCode'],
      populate: { customer: { select: ['emailNormalized', 'erasedAt'] } },
    })) as Array<{ documentId: string; trackingCode: string; customer?: { emailNormalized: string | null; erasedAt: string | null } | null }>;
    return rows.map((r) => ({ documentId: r.documentId, trackingCode: r.trackingCode, customerEmail: r.customer && !r.customer.erasedAt ? r.customer.emailNormalized : null }));
  }

  /** Stores the accepted attachments through the upload plugin, linked to the complaint's `attachments`. */
  async function store(complaintId: string, files: Array<{ a: Attachment; name: string }>): Promise<void> {
    if (!files.length) return;
    const row = (await strapi.db.query(uid('complaint') as never).findOne({ where: { documentId: complaintId }, select: ['id'] })) as { id: number };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cd-inbound-'));
    try {
      for (const [i, { a, name }] of files.entries()) {
        const filepath = path.join(dir, `${i}`);
        await writeFile(filepath, a.content);
        try {
          await strapi.plugin('upload').service('upload').upload({
            data: { ref: uid('complaint'), refId: row.id, field: 'attachments', fileInfo: { name } },
            files: { filepath, originalFilename: name, mimetype: a.contentType, size: a.size ?? a.content.length },
          });
        } catch (err) {
          // The mail is taken already (a retry would be a duplicate): the file is lost, and said so.
          strapi.log.warn(`complaint-desk inbound email: attachment ${i + 1} of complaint ${complaintId} not stored: ${(err as Error).message}`);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** One mail as the listener received it: dropped, a duplicate, a message on a complaint, or a new complaint. */
  async function receive(raw: Buffer, envelope: Envelope): Promise<EmailResult> {
    const mail = await simpleParser(raw);
    const from = mail.from?.value?.[0];
    const sender = from?.address?.trim().toLowerCase() || null;
    const loop = loopReason(
      {
        envelopeFrom: envelope.from,
        from: sender,
        autoSubmitted: headerText(mail, 'auto-submitted'),
        precedence: headerText(mail, 'precedence'),
        xAutoreply: headerText(mail, 'x-autoreply'),
        xAutorespond: headerText(mail, 'x-autorespond'),
        contentType: headerText(mail, 'content-type'),
      },
      addresses,
    );
    if (loop) return { outcome: 'ignored', reason: loop };
    if (!sender) return { outcome: 'ignored', reason: 'no sender address' };

    const key = messageKey('email', mail.messageId ?? createHash('sha256').update(raw).digest('hex'));
    const seen = await intake().seen(key);
    if (seen) return { outcome: 'duplicate', complaintId: seen.complaintId };

    const candidates = threadCandidates({ inReplyTo: mail.inReplyTo, references: mail.references, subject: mail.subject });
    const decision = threadDecision(candidates, await targets(candidates.map((c) => c.trackingCode)), sender);
    const accepted: Array<{ a: Attachment; name: string }> = [];
    const skipped: Array<{ name: string; reason: string }> = [];
    const r = rules();
    for (const [i, a] of mail.attachments.filter((x) => x.contentDisposition !== 'inline' || x.filename).entries()) {
      const name = safeFileName(a.filename, i);
      const refusal = attachmentRefusal({ contentType: a.contentType, size: a.size ?? a.content.length }, accepted.length + skipped.length, r);
      if (refusal) skipped.push({ name, reason: refusal });
      else accepted.push({ a, name });
    }
    const fields = complaintFields({ subject: mail.subject, text: mail.text, html: typeof mail.html === 'string' ? mail.html : null }, (envelope.to.map((t) => intakeAddressFor(addresses, t)).find(Boolean) ?? { language: settings().defaultLanguage }).language);

    const result = await intake().once(key, 'email', () =>
      decision.kind === 'reply'
        ? intake().messageIn(decision.documentId, {
            channel: 'email',
            via: decision.via,
            subject: fields.subject,
            text: withoutQuote(fields.description).slice(0, DESCRIPTION_MAX),
            attachments: accepted.map(({ a, name }) => ({ name, type: a.contentType, size: a.size })),
            ...(skipped.length ? { skippedAttachments: skipped } : {}),
          })
        : intake().register({ channel: 'email', sender: { name: senderName(from?.name, sender), email: sender }, ...fields }),
    );
    if (result.outcome !== 'duplicate') await store(result.complaintId, accepted);
    if (skipped.length) strapi.log.info(`complaint-desk inbound email: ${skipped.length} attachment(s) of complaint ${result.complaintId ?? '-'} not taken: ${skipped.map((s) => s.reason).join('; ')}`);
    return result;
  }

  return {
    receive,

    /** Starts the listener when `inbound.smtpPort` is set (0 takes any free port); returns its port. */
    async start(): Promise<number | null> {
      const s = settings();
      if (s.smtpPort === null || s.smtpPort === undefined || server) return null;
      addresses = parseIntakeAddresses(s.addresses, s.defaultLanguage);
      if (!addresses.length) throw new Error('complaint-desk: SMTP_INTAKE_PORT is set but INTAKE_ADDRESSES names no address');
      const maxBytes = s.maxMessageBytes;
      const smtp = new SMTPServer({
        banner: 'Complaint Desk intake',
        size: maxBytes,
        authOptional: true,
        disabledCommands: ['AUTH', 'STARTTLS'],
        disableReverseLookup: true,
        logger: false,
        onRcptTo(address, _session, callback) {
          if (intakeAddressFor(addresses, address.address)) return callback();
          callback(smtpError(550, `5.1.1 <${address.address}>: not an intake address of this desk`));
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => {
            // Past the limit the rest is only counted, not kept.
            if (!stream.sizeExceeded) chunks.push(c);
          });
          stream.on('error', (err) => callback(err));
          stream.on('end', () => {
            if (stream.sizeExceeded) return callback(smtpError(552, `5.3.4 Message too big: this desk takes at most ${maxBytes} bytes`));
            const mailFrom = session.envelope.mailFrom;
            receive(Buffer.concat(chunks), { from: mailFrom ? mailFrom.address : null, to: session.envelope.rcptTo.map((r) => r.address) }).then(
              () => callback(),
              (err: unknown) => {
                // The sender's own fault (a field the registration refuses) is final; anything else is retried by the relay.
                if (isApiError(err)) return callback(smtpError(550, `5.6.0 Message refused: ${(err as Error).message}`));
                strapi.log.error(`complaint-desk inbound email: ${(err as Error).message}`);
                callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
              },
            );
          });
        },
      });
      smtp.on('error', (err) => strapi.log.error(`complaint-desk SMTP intake: ${err.message}`));
      await new Promise<void>((resolve, reject) => {
        smtp.server.once('error', reject);
        smtp.listen(s.smtpPort as number, s.smtpHost, () => {
          smtp.server.off('error', reject);
          resolve();
        });
      });
      server = smtp;
      const port = (smtp.server.address() as AddressInfo).port;
      strapi.log.info(`complaint-desk: SMTP intake listening on ${s.smtpHost}:${port} for ${addresses.length} address(es)`);
      return port;
    },

    /** The listener's port, while it runs. */
    port(): number | null {
      return server ? (server.server.address() as AddressInfo).port : null;
    },

    async stop(): Promise<void> {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
};

export type InboundEmailService = ReturnType<typeof createInboundEmailService>;
export default createInboundEmailService;
