/**
 * The transports the delivery worker hands messages to: one per channel, chosen at start from the
 * settings (delivery/index.ts). A transport sends one rendered message with its idempotency key
 * and answers the provider's id for it; it throws when the message was not accepted (with
 * `responseCode` for SMTP or `status` for HTTP, so domain/delivery-retry.ts can tell a permanent
 * refusal from a passing one).
 */
export interface OutboundMessage {
  /** Email address or phone number. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  locale: string;
  /** Email: the Message-ID (domain/message-id.ts); SMS: the client reference. */
  idempotencyKey: string;
}

export interface Transport {
  /** What the transport is, for logs and the console (`smtp://relay:587`, `drop:.tmp/outbox/mail`). */
  readonly name: string;
  /** True for the development drop (the console shows what it holds). */
  readonly drop: boolean;
  send(message: OutboundMessage): Promise<{ providerId: string | null }>;
  close(): Promise<void>;
}
