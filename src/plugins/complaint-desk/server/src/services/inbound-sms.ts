/**
 * Inbound SMS (SPEC §8 "Inbound"): the signed webhook's checks and what a text becomes. The rules
 * are domain/inbound-sms.ts; the complaint or the `message-in` event is written through
 * services/inbound-intake.ts, once per signed request (a replay within the window is a duplicate).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { ComplaintDeskConfig } from '../config';
import { zodIssues } from '../domain/complaint-input';
import { guessLanguage, messageKey, trackingCodesInText } from '../domain/inbound-email';
import { checkSignature, routeSms, smsInboundSchema, smsSender, smsSubject } from '../domain/inbound-sms';
import { badRequest } from '../errors';
import { uid } from '../pluginId';
import { getService } from '../utils';
import type { InboundResult } from './inbound-intake';

export type SmsSettings = ComplaintDeskConfig['sms'];

export const createInboundSmsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = (): SmsSettings => strapi.config.get('plugin::complaint-desk.sms') as SmsSettings;
  const intake = () => getService(strapi, 'inbound-intake');
  let limiter: RateLimiterMemory | null = null;

  return {
    /**
     * The webhook's gate (policies/sms-signature.ts): 429 past the rate, 503 without a secret,
     * 401 for a missing, old or wrong signature. Nothing is read or written before it passes.
     */
    async admit(ip: string, headers: Record<string, string | undefined>, rawBody: Buffer | undefined): Promise<void> {
      const s = settings();
      limiter ??= new RateLimiterMemory({ points: s.ratePerMinute, duration: 60, keyPrefix: 'cd-sms-inbound' });
      try {
        await limiter.consume(ip || 'unknown');
      } catch {
        throw new errors.RateLimitError('Too many requests');
      }
      if (!s.secret) throw createHttpError(503, 'The SMS webhook is not configured');
      const check = checkSignature({ secret: s.secret, timestamp: headers['x-timestamp'], signature: headers['x-signature'], rawBody: rawBody ?? Buffer.alloc(0), now: new Date() });
      if (!check.ok) throw new errors.UnauthorizedError(check.reason);
    },

    /** A signed text: a message on the sender's complaint its code names, else a new complaint with channel `sms`. */
    async receive(body: unknown, signature: string): Promise<InboundResult> {
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Invalid SMS', [{ path: '', message: 'must be a JSON object' }]);
      const parsed = smsInboundSchema.safeParse(body);
      if (!parsed.success) throw badRequest('Invalid SMS', zodIssues(parsed.error));
      const { from, text } = parsed.data;
      const phone = smsSender(from);
      const codes = trackingCodesInText(text);
      const ofPhone = codes.length
        ? ((await strapi.db.query(uid('complaint') as never).findMany({
            where: { trackingCode: { $in: codes }, customer: { phoneNormalized: phone, erasedAt: { $null: true } } },
            select: ['documentId', 'trackingCode'],
          })) as Array<{ documentId: string; trackingCode: string }>)
        : [];
      const route = routeSms(text, ofPhone);
      // The signature is unique per timestamp and body: a replayed request is the same message.
      return intake().once(messageKey('sms', signature.trim().toLowerCase()), 'sms', () =>
        route.kind === 'message'
          ? intake().messageIn(route.documentId, { channel: 'sms', text })
          : intake().register({
              channel: 'sms',
              sender: { name: from, phone: from },
              subject: smsSubject(text),
              description: text,
              language: guessLanguage(text) ?? settings().defaultLanguage,
            }),
      );
    },
  };
};

export type InboundSmsService = ReturnType<typeof createInboundSmsService>;
export default createInboundSmsService;
