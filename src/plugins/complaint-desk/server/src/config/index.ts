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
  },
};
