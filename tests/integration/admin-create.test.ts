/**
 * `npm run admin:create` makes the first administrator from the shell, so
 * that nobody has to be the first visitor of /admin. Runs the real script in a child process on a
 * fresh database (SQLite file, or a PostgreSQL schema with `npm run test:pg`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { appDir, isPostgres, withPg } from '../helpers/strapi';

const script = path.join(appDir, 'scripts', 'admin-create.js');
const tag = `${process.pid}_${Date.now()}`;
const sqliteFile = path.join(appDir, '.tmp', `admin-create-${tag}.db`);
const schema = `t_admin_${tag}`;

function run(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const db = isPostgres() ? { DATABASE_SCHEMA: schema } : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: sqliteFile };
    const child = spawn(process.execPath, [script, ...args], {
      cwd: appDir,
      env: { ...process.env, ...db, ADMIN_PASSWORD: '', ...env } as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.stdin.end(stdin ?? '');
  });
}

beforeAll(async () => {
  if (isPostgres()) await withPg((c) => c.query(`CREATE SCHEMA "${schema}"`));
  else fs.mkdirSync(path.dirname(sqliteFile), { recursive: true });
});

afterAll(async () => {
  if (isPostgres()) await withPg((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
  else for (const f of [sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`, `${sqliteFile}-journal`]) fs.rmSync(f, { force: true });
});

it('refuses a password on the command line, a weak password and a missing email, before touching the database', async () => {
  for (const [args, env, pattern] of [
    [['--email', 'root@example.test', '--firstname', 'Root', '--password', 'Strong-Pass-2026'], {}, /Refusing --password/],
    [['--email', 'root@example.test', '--firstname', 'Root'], { ADMIN_PASSWORD: 'weak' }, /at least 8 characters/],
    [['--firstname', 'Root'], { ADMIN_PASSWORD: 'Strong-Pass-2026' }, /email and a first name are required/],
  ] as const) {
    const { code, output } = await run([...args], { ...env });
    expect([code, output]).toEqual([1, expect.stringMatching(pattern)]);
  }
  expect(fs.existsSync(sqliteFile)).toBe(false);
});

it('creates a Super Admin from the password on standard input', async () => {
  const { code, output } = await run(['--email', 'Root@Example.test', '--firstname', 'Root', '--lastname', 'Admin'], {}, 'Strong-Pass-2026\n');
  expect([code, output]).toEqual([0, expect.stringContaining('Created the administrator root@example.test')]);
  const sql = `select u.email, u.is_active, u.password, r.code from admin_users u
    join admin_users_roles_lnk l on l.user_id = u.id join admin_roles r on r.id = l.role_id`;
  const rows: any[] = isPostgres()
    ? await withPg(async (c) => (await c.query(sql.replace(/(admin_\w+)/g, `"${schema}".$1`))).rows)
    : // eslint-disable-next-line @typescript-eslint/no-require-imports
      new (require('better-sqlite3'))(sqliteFile, { readonly: true }).prepare(sql).all();
  expect(rows).toEqual([expect.objectContaining({ email: 'root@example.test', code: 'strapi-super-admin' })]);
  expect(Boolean(rows[0].is_active)).toBe(true);
  expect(rows[0].password).toMatch(/^\$2[aby]\$/);
});
