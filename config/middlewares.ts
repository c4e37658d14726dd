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

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
    },
  },
  {
    // ra-data-simple-rest reads the total from Content-Range and sends Range (SPEC §6).
    name: 'strapi::cors',
    config: {
      origin: ['*'],
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Range'],
      expose: ['Content-Range'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // A body that does not parse (invalid JSON, a bad charset, too large) is the client's fault: a 4xx
  // and one warning line, never an error with a stack trace.
  { name: 'strapi::body', config: { onError: malformedBody } },
  'strapi::session',
  'strapi::favicon',
  'global::console',
  'strapi::public',
];

export default config;
