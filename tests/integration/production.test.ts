/**
 * Production refuses to start without its secrets and says which are missing.
 * Runs the real `strapi start` on the compiled app in a child process (ENV_PATH points away from
 * any local .env, so only the variables given here count).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { SECRET_NAMES } from '../../config/secrets';

const appDir = path.resolve(__dirname, '..', '..');
const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

function start(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !(SECRET_NAMES as readonly string[]).includes(k)) base[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [strapiBin, 'start'], {
      cwd: appDir,
      env: { ...base, NODE_ENV: 'production', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(appDir, '.tmp', `prod-${process.pid}.db`), PORT: '0', ENV_PATH: path.join(appDir, '.tmp', 'no-such.env'), ...env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

it('refuses to start without any secret and names them all', async () => {
  const { code, output } = await start({});
  expect(code).not.toBe(0);
  expect(output).toMatch(/Missing required environment variables: /);
  for (const name of SECRET_NAMES) expect(output).toContain(name);
});

it('names the one secret that is missing', async () => {
  const env = Object.fromEntries(SECRET_NAMES.map((n) => [n, n === 'APP_KEYS' ? 'k1,k2' : `test-${n}`]));
  delete env.JWT_SECRET;
  const { code, output } = await start(env);
  expect(code).not.toBe(0);
  expect(output).toMatch(/Missing required environment variable: JWT_SECRET\b/);
});

it('refuses to start without a mail relay and an SMS gateway unless delivery is off, and names them', async () => {
  const secrets = Object.fromEntries(SECRET_NAMES.map((n) => [n, n === 'APP_KEYS' ? 'k1,k2' : `test-${n}`]));
  const { code, output } = await start({ ...secrets, SMTP_HOST: '', SMS_GATEWAY_URL: '', DELIVERY: '' });
  expect(code).not.toBe(0);
  expect(output).toMatch(/production refuses to start without SMTP_HOST, SMS_GATEWAY_URL/);
  expect(output).toContain('DELIVERY=off');
});
