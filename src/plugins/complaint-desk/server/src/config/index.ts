/** Plugin configuration (config/plugins.ts → 'complaint-desk'.config). Thresholds live here, not in code. */
export interface ComplaintDeskConfig {
  /** Seed demo data on the first start of an empty, non-production database (off unless the app turns it on). */
  demoSeedOnStart: boolean;
  /** Where the console is served (an absolute path without a trailing slash); `/` leads there. */
  consolePath: string;
  /** Compensation and refunds above this amount need the director, then the quality manager. */
  approvalThreshold: number;
  /** A survey score (result or process) below this reopens the complaint. */
  satisfactionThreshold: number;
  /** External recourse text when the category has none (shown on open_external). */
  defaultRecourseText: string | null;
  /** How often the SLA sweeper runs in each server process; 0 turns it off. */
  slaSweepIntervalMs: number;
  /** How often each server process decides corrective actions whose verification window has ended; 0 turns it off. */
  capaSweepIntervalMs: number;
  /** PostgreSQL: how many transactions a sweep runs at once, each on its own share of the rows (1–8). */
  slaSweepLanes: number;
  /** PostgreSQL: run the complaint list's page statement as a prepared statement (on by default; see docs/ARCHITECTURE.md). */
  listPreparedStatements: boolean;
  /** How long a console request's verified token and user (with role) stay cached, in ms; 0 turns it off. */
  authCacheTtlMs: number;
  /** Login limits (domain/login-limits.ts): failures per account before a lock, the first lock's seconds, failures per client IP in 10 minutes. */
  login: { maxFailures: number; lockSec: number; ipMaxFailures: number };
  /** Outbound delivery of the outbox (docs/DEPLOYMENT.md "Delivery"). */
  delivery: DeliveryConfig;
  /**
   * Inbound email (services/inbound-email.ts): the SMTP listener's port (null: off; 0: any free
   * port) and host, the intake addresses (`INTAKE_ADDRESSES` syntax, domain/inbound-email.ts), the
   * language of a mail whose text does not tell, the largest message, and the attachments kept
   * (MIME types separated by commas, `image/*` for all images; bytes per file; files per mail).
   */
  inbound: {
    smtpPort: number | null;
    smtpHost: string;
    addresses: string;
    defaultLanguage: 'en' | 'fa' | 'ru' | 'zh';
    maxMessageBytes: number;
    attachmentTypes: string;
    attachmentMaxBytes: number;
    attachmentMaxCount: number;
  };
  /** The inbound SMS webhook: its HMAC secret (null: the webhook answers 503), requests per IP and minute, the default language. */
  sms: { secret: string | null; ratePerMinute: number; defaultLanguage: 'en' | 'fa' | 'ru' | 'zh' };
}

/** How notifications leave the outbox: relays, the development drop, the worker's pace and retries. */
export interface DeliveryConfig {
  /** `auto`: the relay where one is set, else (outside production) the local drop; `drop`: always the drop; `off`: nothing is sent. */
  mode: 'auto' | 'drop' | 'off';
  /** The SMTP relay; none without a host. */
  smtp: { host: string | null; port: number; secure: boolean; user: string | null; pass: string | null };
  /** Sender of every email; its domain names the Message-IDs. */
  mailFrom: string;
  /** The SMS gateway (generic HTTP JSON); none without a URL. */
  sms: { url: string | null; token: string | null };
  /** The customer portal's address, for messages' `{{portalUrl}}`. */
  portalUrl: string;
  /** Where development delivers without a relay (`.eml` and `.json` files), relative to the app. */
  dropDir: string;
  /** How often each server process looks for due notifications, in ms. */
  pollMs: number;
  /** How long a claimed notification belongs to its worker before another may take it, in ms. */
  leaseMs: number;
  /** Notifications claimed per statement, and sent at once per process. */
  batchSize: number;
  concurrency: number;
  /** Retry policy (domain/delivery-retry.ts). */
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Seals the PIN in outbox rows (domain/sealed-secret.ts); the app's ENCRYPTION_KEY. */
  encryptionKey: string | null;
}

export const DEFAULT_DELIVERY: DeliveryConfig = {
  mode: 'auto',
  smtp: { host: null, port: 587, secure: false, user: null, pass: null },
  mailFrom: 'Complaint Desk <complaints@localhost>',
  sms: { url: null, token: null },
  portalUrl: 'http://localhost:1337/portal',
  dropDir: '.tmp/outbox',
  pollMs: 1000,
  leaseMs: 60000,
  batchSize: 50,
  concurrency: 8,
  maxAttempts: 8,
  backoffBaseMs: 30000,
  backoffMaxMs: 3600000,
  encryptionKey: null,
};

/** Why a production start is refused for its delivery settings, or null. */
export function deliveryRefusal(d: Partial<DeliveryConfig> | undefined, production: boolean): string | null {
  if (!production) return null;
  const missing: string[] = [];
  if (!d?.encryptionKey && !process.env.ENCRYPTION_KEY) missing.push('ENCRYPTION_KEY');
  if ((d?.mode ?? 'auto') !== 'off') {
    if (d?.mode === 'drop') return 'complaint-desk: DELIVERY=drop is for development; production sends through a relay (or set DELIVERY=off).';
    if (!d?.smtp?.host) missing.push('SMTP_HOST');
    if (!d?.sms?.url) missing.push('SMS_GATEWAY_URL');
  }
  return missing.length
    ? `complaint-desk: production refuses to start without ${missing.join(', ')}: notifications need a mail relay and an SMS gateway, or set DELIVERY=off to run without delivery (docs/DEPLOYMENT.md).`
    : null;
}

/** An absolute URL path of plain segments, not the root, and clear of Strapi's own /api and /admin. */
export function isConsolePath(value: unknown): value is string {
  if (typeof value !== 'string' || !/^(\/[A-Za-z0-9._~-]+)+$/.test(value)) return false;
  if (value.split('/').some((segment) => segment === '.' || segment === '..')) return false;
  const first = value.split('/')[1].toLowerCase();
  return first !== 'api' && first !== 'admin';
}

export default {
  default: {
    demoSeedOnStart: false,
    consolePath: '/console',
    approvalThreshold: 100,
    satisfactionThreshold: 3,
    defaultRecourseText: null,
    slaSweepIntervalMs: 60000,
    slaSweepLanes: 2,
    capaSweepIntervalMs: 600000,
    listPreparedStatements: true,
    authCacheTtlMs: 5000,
    login: { maxFailures: 5, lockSec: 30, ipMaxFailures: 30 },
    delivery: DEFAULT_DELIVERY,
    inbound: {
      smtpPort: null,
      smtpHost: '0.0.0.0',
      addresses: '',
      defaultLanguage: 'en',
      maxMessageBytes: 25 * 1024 * 1024,
      attachmentTypes: 'image/*,application/pdf,text/plain',
      attachmentMaxBytes: 10 * 1024 * 1024,
      attachmentMaxCount: 10,
    },
    sms: { secret: null, ratePerMinute: 120, defaultLanguage: 'en' },
  } satisfies ComplaintDeskConfig,
  validator(config: ComplaintDeskConfig) {
    if (typeof config.demoSeedOnStart !== 'boolean') throw new Error('complaint-desk: demoSeedOnStart must be a boolean');
    if (!isConsolePath(config.consolePath)) {
      throw new Error('complaint-desk: consolePath must be an absolute path such as /console, without a trailing slash, outside /api and /admin');
    }
    if (!(Number(config.approvalThreshold) >= 0)) throw new Error('complaint-desk: approvalThreshold must be a number ≥ 0');
    const s = Number(config.satisfactionThreshold);
    const ttl = Number(config.authCacheTtlMs);
    if (!(ttl >= 0 && ttl <= 60000)) throw new Error('complaint-desk: authCacheTtlMs must be between 0 and 60000');
    if (typeof config.listPreparedStatements !== 'boolean') throw new Error('complaint-desk: listPreparedStatements must be a boolean');
    if (!(Number(config.capaSweepIntervalMs) >= 0)) throw new Error('complaint-desk: capaSweepIntervalMs must be a number ≥ 0');
    const lanes = Number(config.slaSweepLanes);
    if (!(Number.isInteger(lanes) && lanes >= 1 && lanes <= 8)) throw new Error('complaint-desk: slaSweepLanes must be an integer between 1 and 8');
    for (const [name, value] of Object.entries(config.login ?? {})) {
      if (!(Number.isInteger(Number(value)) && Number(value) >= 1)) throw new Error(`complaint-desk: login.${name} must be an integer ≥ 1`);
    }
    if (!(s >= 1 && s <= 5)) throw new Error('complaint-desk: satisfactionThreshold must be between 1 and 5');
    const d = { ...DEFAULT_DELIVERY, ...(config.delivery ?? {}) };
    if (!['auto', 'drop', 'off'].includes(d.mode)) throw new Error('complaint-desk: delivery.mode (DELIVERY) must be auto, drop or off');
    for (const key of ['pollMs', 'leaseMs', 'batchSize', 'concurrency', 'maxAttempts', 'backoffBaseMs', 'backoffMaxMs'] as const) {
      if (!(Number.isInteger(Number(d[key])) && Number(d[key]) >= 1)) throw new Error(`complaint-desk: delivery.${key} must be an integer ≥ 1`);
    }
    const refusal = deliveryRefusal(d, process.env.NODE_ENV === 'production');
    if (refusal) throw new Error(refusal);
    const inbound = config.inbound;
    if (inbound) {
      const port = inbound.smtpPort;
      if (port !== null && port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new Error('complaint-desk: inbound.smtpPort (SMTP_INTAKE_PORT) must be a port number');
      for (const key of ['maxMessageBytes', 'attachmentMaxBytes', 'attachmentMaxCount'] as const) {
        if (!(Number.isInteger(inbound[key]) && inbound[key] >= 1)) throw new Error(`complaint-desk: inbound.${key} must be an integer ≥ 1`);
      }
      if (!['en', 'fa', 'ru', 'zh'].includes(inbound.defaultLanguage)) throw new Error('complaint-desk: inbound.defaultLanguage must be en, fa, ru or zh');
    }
    if (config.sms && !(Number.isInteger(config.sms.ratePerMinute) && config.sms.ratePerMinute >= 1)) throw new Error('complaint-desk: sms.ratePerMinute must be an integer ≥ 1');
  },
};
