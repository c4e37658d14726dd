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
  /** PostgreSQL: how many transactions a sweep runs at once, each on its own share of the rows (1–8). */
  slaSweepLanes: number;
  /** PostgreSQL: run the complaint list's page statement as a prepared statement (on by default; see docs/ARCHITECTURE.md). */
  listPreparedStatements: boolean;
  /** How long a console request's verified token and user (with role) stay cached, in ms; 0 turns it off. */
  authCacheTtlMs: number;
  /** Login limits (domain/login-limits.ts): failures per account before a lock, the first lock's seconds, failures per client IP in 10 minutes. */
  login: { maxFailures: number; lockSec: number; ipMaxFailures: number };
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
    listPreparedStatements: true,
    authCacheTtlMs: 5000,
    login: { maxFailures: 5, lockSec: 30, ipMaxFailures: 30 },
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
    const lanes = Number(config.slaSweepLanes);
    if (!(Number.isInteger(lanes) && lanes >= 1 && lanes <= 8)) throw new Error('complaint-desk: slaSweepLanes must be an integer between 1 and 8');
    for (const [name, value] of Object.entries(config.login ?? {})) {
      if (!(Number.isInteger(Number(value)) && Number(value) >= 1)) throw new Error(`complaint-desk: login.${name} must be an integer ≥ 1`);
    }
    if (!(s >= 1 && s <= 5)) throw new Error('complaint-desk: satisfactionThreshold must be between 1 and 5');
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
