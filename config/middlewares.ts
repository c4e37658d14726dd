import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** koa-body's parse errors (co-body): status 400, 413 or 415 and a `type` such as entity.parse.failed. */
function malformedBody(error: Error & { status?: number; type?: string }, ctx: { method: string; path: string }): never {
  const status = error.status === 413 ? 413 : 400;
  // The type only: a parser's message may quote the body, which can hold personal data.
  strapi.log.warn(`Malformed request body: ${ctx.method} ${ctx.path} → ${status} (${error.type ?? 'unparsable'})`);
  if (status === 413) throw new errors.PayloadTooLargeError('The request body is too large');
  throw new errors.ValidationError(`Malformed request body (${error.type ?? 'unparsable'})`);
}

/**
 * Origins allowed to call the API from another origin (CORS_ORIGINS, comma-separated). The console
 * is served by the same server, so by default no other origin is allowed; in development the
 * console's Vite dev server (`npm run console:dev`) is.
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o !== '' && o !== '*');
  const dev = (env.NODE_ENV ?? 'development') === 'development' ? ['http://127.0.0.1:5173', 'http://localhost:5173'] : [];
  return [...new Set([...listed, ...dev])];
}

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Nothing outside this origin is fetched: not the console, not the API. A string, not an
          // array: strapi::security merges arrays index by index with its defaults ('self' https:).
          'connect-src': "'self'",
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
    },
  },
  {
    // ra-data-simple-rest reads the total from Content-Range and sends Range (SPEC §6).
    name: 'strapi::cors',
    config: {
      origin: corsOrigins(),
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Range'],
      expose: ['Content-Range'],
    },
  },
  // No strapi::poweredBy: the server does not name its software. The complaint-desk plugin places its
  // own global middlewares in this list: its security headers after strapi::cors, its auth-guard
  // after strapi::body, and its console before strapi::public.
  'strapi::query',
  // A body that does not parse (invalid JSON, a bad charset, too large) is the client's fault: a 4xx
  // and one warning line, never an error with a stack trace.
  { name: 'strapi::body', config: { onError: malformedBody } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
