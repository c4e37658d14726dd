/**
 * Real delivery peers on loopback for the outbox tests: an SMTP sink (`smtp-server`, each message
 * parsed by `mailparser`) that can refuse, hold or be down, and an HTTP JSON SMS gateway
 * (`node:http`). Both keep every delivery, so a test can count duplicates by idempotency key.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SinkMessage {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
  receivedAt: number;
  parsed: ParsedMail;
}

export type SinkAnswer = 'accept' | 'temporary' | 'permanent';

/** Waits until `check` returns a truthy value (polled every 25 ms) or throws after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 15000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface SmtpSink {
  port: number;
  /** Every message accepted, in order (a resend appears twice). */
  messages: SinkMessage[];
  /** Accepted messages per Message-ID. */
  byMessageId(): Map<string, SinkMessage[]>;
  /** How each recipient is answered (default: accept). */
  answer: (to: string) => SinkAnswer;
  /** Called with each message before it is accepted; the answer waits for it. */
  beforeAccept: ((m: SinkMessage) => Promise<void> | void) | null;
  /** Closes the listener (connections refused) until `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function smtpSink(): Promise<SmtpSink> {
  let server: SMTPServer | null = null;
  let port = 0;
  let queued = 0;
  const sink: SmtpSink = {
    port: 0,
    messages: [],
    answer: () => 'accept',
    beforeAccept: null,
    byMessageId() {
      const map = new Map<string, SinkMessage[]>();
      for (const m of sink.messages) map.set(m.messageId, [...(map.get(m.messageId) ?? []), m]);
      return map;
    },
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onRcptTo(address, _session, cb) {
          const a = sink.answer(address.address);
          if (a === 'accept') return cb();
          cb(Object.assign(new Error(a === 'temporary' ? 'Mailbox busy, try again later' : 'No such mailbox here'), { responseCode: a === 'temporary' ? 451 : 550 }));
        },
        onData(stream, session, cb) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', async () => {
            try {
              const parsed = await simpleParser(Buffer.concat(chunks));
              const m: SinkMessage = {
                messageId: parsed.messageId ?? '',
                to: session.envelope.rcptTo.map((r) => r.address),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                language: parsed.headers.get('content-language') as string | undefined,
                receivedAt: Date.now(),
                parsed,
              };
              if (sink.beforeAccept) await sink.beforeAccept(m);
              sink.messages.push(m);
              cb(null, `Ok: queued as Q${++queued}`);
            } catch (err) {
              cb(err as Error);
            }
          });
        },
      });
      server.on('error', () => undefined);
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
      port = (server.server.address() as AddressInfo).port;
      sink.port = port;
    },
    async stop() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    close: () => sink.stop(),
  };
  await sink.start();
  return sink;
}

export interface SmsRequest {
  authorization: string | undefined;
  body: { to: string; text: string; reference: string };
  receivedAt: number;
}

export interface SmsGateway {
  url: string;
  requests: SmsRequest[];
  /** The HTTP status to answer (default 200 with an id). */
  status: (body: SmsRequest['body']) => number;
  close(): Promise<void>;
}

export async function smsGateway(): Promise<SmsGateway> {
  let n = 0;
  const gw: SmsGateway = {
    url: '',
    requests: [],
    status: () => 200,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SmsRequest['body'];
      const status = gw.status(body);
      if (status >= 200 && status < 300) gw.requests.push({ authorization: req.headers.authorization, body, receivedAt: Date.now() });
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(status < 300 ? { id: `gw-${++n}` } : { error: 'refused' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gw.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
  return gw;
}
