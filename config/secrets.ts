/**
 * Secrets come from the environment only (README "Configuration").
 * Production refuses to start without them and names the missing variable; development and test
 * generate random ones once and keep them in `.tmp/dev-secrets.json` (git-ignored) so that
 * JWTs and sessions survive a restart.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

const isProduction = (): boolean => process.env.NODE_ENV === 'production';

/** Names of required secrets missing from the environment. */
export function missingSecrets(env: NodeJS.ProcessEnv = process.env): SecretName[] {
  return SECRET_NAMES.filter((name) => !env[name] || String(env[name]).trim() === '');
}

let devSecrets: Record<string, string> | undefined;

function loadDevSecrets(): Record<string, string> {
  if (devSecrets) return devSecrets;
  // config/ is compiled to dist/config, so walk up to the folder holding package.json.
  let root = __dirname;
  while (!fs.existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  const file = path.join(root, '.tmp', 'dev-secrets.json');
  let stored: Record<string, string> = {};
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    /* first start */
  }
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (!stored[name]) {
      stored[name] =
        name === 'APP_KEYS'
          ? Array.from({ length: 4 }, () => randomBytes(16).toString('base64')).join(',')
          : randomBytes(32).toString('base64');
      changed = true;
    }
  }
  if (changed) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    } catch {
      /* read-only checkout: secrets then live for this process only */
    }
  }
  devSecrets = stored;
  return stored;
}

/** The value of a required secret; in production a missing one stops the start. */
export function secret(name: SecretName): string {
  const value = process.env[name];
  if (value && value.trim() !== '') return value;
  if (isProduction()) {
    const missing = missingSecrets();
    throw new Error(
      `Missing required environment variable${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. ` +
        'Production refuses to start without its secrets (see README, Configuration).',
    );
  }
  return loadDevSecrets()[name];
}
