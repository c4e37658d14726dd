/**
 * In front of users-permissions' own routes (global middleware, after strapi::body; config/middlewares.ts):
 * - `POST /api/auth/local`, `/reset-password`, `/change-password`: login limits per client IP and
 *   per account (services/login-guard.ts), answered with 429 and `Retry-After`; an unknown account
 *   costs a password hash like a wrong password;
 * - `POST /api/auth/local/register`: sign-up is closed (403): staff accounts are made by an administrator;
 * - `POST /api/auth/forgot-password` and `/send-email-confirmation`: the same 200 for every
 *   address, and nothing is sent, while no mail relay is configured (users-permissions' default
 *   sendmail provider failed with a 500).
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils';

const LIMITED = new Set(['/api/auth/local', '/api/auth/reset-password', '/api/auth/change-password']);

/** The route users-permissions' router would match (it ignores case and a trailing slash). */
export function authRoute(p: string): string {
  return path.posix.normalize(p).toLowerCase().replace(/\/+$/, '') || '/';
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || !ctx.path.toLowerCase().startsWith('/api/')) return next();
    const route = authRoute(ctx.path);
    if (route === '/api/auth/local/register') {
      throw new errors.ForbiddenError('Sign-up is closed: staff accounts are created by an administrator');
    }
    if (route === '/api/auth/forgot-password') {
      ctx.status = 200;
      ctx.body = { ok: true };
      return;
    }
    if (route === '/api/auth/send-email-confirmation') {
      ctx.status = 200;
      ctx.body = { email: typeof ctx.request.body?.email === 'string' ? ctx.request.body.email : null, sent: true };
      return;
    }
    if (!LIMITED.has(route)) return next();

    const guard = getService(strapi, 'login-guard');
    const ip: string = ctx.request.ip;
    const identifier = route === '/api/auth/local' ? ctx.request.body?.identifier : undefined;
    const wait = await guard.retryAfter(ip, identifier);
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      throw new errors.RateLimitError('Too many failed attempts: try again later', { retryAfter: wait });
    }
    if (route === '/api/auth/local') await guard.equalizeUnknown(identifier, ctx.request.body?.password);
    let ok = false;
    try {
      await next();
      ok = ctx.status < 400;
    } finally {
      if (ok) {
        if (identifier !== undefined) await guard.succeeded(identifier);
      } else {
        await guard.failed(ip, identifier);
      }
    }
  };
};
