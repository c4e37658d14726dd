/**
 * Policy of the public SMS webhook: the gateway's HMAC signature stands in for a login
 * (services/inbound-sms.ts `admit`: rate per IP, then the signature and replay window).
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default async (ctx: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'inbound-sms').admit(ctx.request.ip, ctx.request.header, ctx.state.rawBody);
  return true;
};
