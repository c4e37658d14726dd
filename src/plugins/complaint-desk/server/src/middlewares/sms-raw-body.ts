/**
 * Keeps the exact bytes of the SMS webhook's body (its signature is an HMAC over them) and lets
 * Strapi's body parser parse them as for any route. Global, placed right before `strapi::body`
 * (register.ts), and active only for `POST /api/complaint-desk/channels/sms/inbound`: it reads the
 * request (at most RAW_BODY_LIMIT bytes, else 413), keeps the bytes in `ctx.state.rawBody`, and
 * hands `strapi::body` a stream of the same bytes with the request's headers. Every other request
 * passes untouched.
 */
import { Readable } from 'node:stream';
import { errors } from '@strapi/utils';
import { pluginId } from '../pluginId';

export const SMS_INBOUND_PATH = `/api/${pluginId}/channels/sms/inbound`;
export const RAW_BODY_LIMIT = 16 * 1024;

const readAll = (req: NodeJS.ReadableStream, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new errors.PayloadTooLargeError(`The body must be at most ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export default () => async (ctx: any, next: () => Promise<void>) => {
  if (ctx.method !== 'POST' || ctx.path !== SMS_INBOUND_PATH) return next();
  const encoding = String(ctx.get('content-encoding') || 'identity').toLowerCase();
  // The signature covers the bytes as sent; a compressed body would be signed compressed.
  if (encoding !== 'identity') throw new errors.ValidationError('Content-Encoding is not supported on this route', { errors: [{ path: ['content-encoding'], message: 'must be identity', name: 'ValidationError' }] });
  const original = ctx.req;
  const raw = await readAll(original, RAW_BODY_LIMIT);
  ctx.state.rawBody = raw;
  // co-body (under strapi::body) reads `ctx.req` and its content headers; the rest of Koa reads `ctx.request.req`.
  ctx.req = Object.assign(Readable.from([raw]), { headers: original.headers, method: original.method, url: original.url, socket: original.socket });
  try {
    await next();
  } finally {
    ctx.req = original;
  }
};
