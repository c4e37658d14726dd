/**
 * SMS through a gateway adapter. The one implementation is a generic HTTP JSON gateway:
 * `POST SMS_GATEWAY_URL` with `Authorization: Bearer SMS_GATEWAY_TOKEN` and
 * `{ "to", "text", "reference" }`, where `reference` is the client reference a gateway deduplicates
 * on; a 2xx answer's `id` (or `messageId`) is the provider's id. Another vendor is another
 * `Transport`. Without a gateway, development writes each SMS as JSON into the drop.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { dropFileName } from './email';
import type { OutboundMessage, Transport } from './transport';

export class GatewayError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export function httpJsonGateway(url: string, token: string | null, opts: { timeoutMs?: number } = {}): Transport {
  return {
    name: `sms-gateway:${new URL(url).origin}`,
    drop: false,
    async send(m: OutboundMessage) {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ to: m.to, text: m.text, reference: m.idempotencyKey }),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
        });
      } catch (err) {
        throw new GatewayError(`SMS gateway unreachable: ${(err as Error).message}`, null);
      }
      const body = await res.text();
      if (!res.ok) throw new GatewayError(`SMS gateway answered ${res.status}: ${body.slice(0, 200)}`, res.status);
      let id: unknown = null;
      try {
        const json = JSON.parse(body) as { id?: unknown; messageId?: unknown };
        id = json.id ?? json.messageId ?? null;
      } catch {
        /* a gateway that answers no JSON gives no id */
      }
      return { providerId: id === null || id === undefined ? null : String(id) };
    },
    async close() {},
  };
}

export function smsDrop(dir: string): Transport {
  return {
    name: `drop:${dir}`,
    drop: true,
    async send(m) {
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, dropFileName(m.idempotencyKey, 'json'));
      await fs.writeFile(file, JSON.stringify({ to: m.to, text: m.text, reference: m.idempotencyKey, locale: m.locale }, null, 2));
      return { providerId: `drop:${path.basename(file)}` };
    },
    async close() {},
  };
}
