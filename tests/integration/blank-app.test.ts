/**
 * The plugin installs into a blank Strapi 5 app as any user would install it: a hand-made JavaScript
 * app in a temporary folder (package.json, config/ and public/uploads; no src/, no admin panel build), the
 * plugin named by path in config/plugins, nothing else. It boots on SQLite with the plugin's own
 * build (tests/helpers/global-setup.js builds it), and the plugin brings its staff roles, its
 * console API, its global middlewares and the console's files.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';
import { ensureConsoleBuilt } from '../helpers/browser';
import { appDir as repoDir } from '../helpers/strapi';
import { STAFF_ROLES } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';

const pluginDir = path.join(repoDir, 'src', 'plugins', 'complaint-desk');
const secret = () => randomBytes(24).toString('base64');

/** The blank app's files: what `create-strapi-app` would write for a JavaScript app, cut to the minimum. */
function writeBlankApp(dir: string): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      {
        name: 'blank-strapi-app',
        version: '0.0.0',
        private: true,
        dependencies: { '@strapi/strapi': '5.54.0', '@strapi/plugin-users-permissions': '5.54.0', 'better-sqlite3': '12.9.0' },
        strapi: { uuid: 'blank-strapi-app' },
      },
      null,
      2,
    ),
    'config/server.js': `module.exports = { host: '127.0.0.1', port: 0, app: { keys: ${JSON.stringify([secret(), secret()])} } };\n`,
    'config/database.js': `const path = require('path');
module.exports = { connection: { client: 'sqlite', connection: { filename: path.join(__dirname, '..', 'data.db') }, useNullAsDefault: true } };\n`,
    'config/admin.js': `module.exports = {
  auth: { secret: ${JSON.stringify(secret())} },
  apiToken: { salt: ${JSON.stringify(secret())} },
  transfer: { token: { salt: ${JSON.stringify(secret())} } },
  secrets: { encryptionKey: ${JSON.stringify(secret())} },
};\n`,
    // The plugin by path, as its README tells a user to add it.
    'config/plugins.js': `module.exports = {
  'complaint-desk': { enabled: true, resolve: ${JSON.stringify(path.relative(dir, pluginDir))} },
  'users-permissions': { config: { jwtSecret: ${JSON.stringify(secret())} } },
};\n`,
    'config/logger.js': `const { winston } = require('@strapi/logger');
module.exports = { transports: [new winston.transports.Console({ level: 'error' })] };\n`,
    // Strapi's upload plugin wants its folder to exist (the app template ships it).
    'public/uploads/.gitkeep': '',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.symlinkSync(path.join(repoDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

let dir: string;
let app: Core.Strapi | undefined;
const http = () => request(app!.server.httpServer);

beforeAll(async () => {
  ensureConsoleBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-blank-app-'));
  writeBlankApp(dir);
  app = createStrapi({ appDir: dir, distDir: dir });
  try {
    await app.load();
    app.server.mount();
  } catch (err) {
    // A failed load() keeps the pool alive and jest would hang (RECIPE).
    await app.destroy().catch(() => undefined);
    app = undefined;
    throw err;
  }
});

afterAll(async () => {
  await app?.destroy();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a blank Strapi app with the plugin added by path', () => {
  it('loads the plugin from its own folder and build: the app has no code of it', () => {
    const enabled = app!.config.get('enabledPlugins') as Record<string, { pathToPlugin: string; packageInfo: { exports: Record<string, { require?: string }> } }>;
    expect(enabled['complaint-desk'].pathToPlugin).toBe(pluginDir);
    expect(enabled['complaint-desk'].packageInfo.exports['./strapi-server'].require).toBe('./dist/server/index.js');
    expect(app!.plugin('complaint-desk').service('complaints')).toBeDefined();
    expect(fs.existsSync(path.join(dir, 'src'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });

  it('has the six staff roles', async () => {
    const roles = await app!.db.query('plugin::users-permissions.role').findMany({ where: { type: { $in: [...STAFF_ROLES] } } });
    expect(roles.map((r: { type: string }) => r.type).sort()).toEqual([...STAFF_ROLES].sort());
  });

  it('lets an agent register a complaint through the console API, and lists it with Content-Range', async () => {
    const role = await app!.db.query('plugin::users-permissions.role').findOne({ where: { type: 'agent' } });
    await app!.plugin('users-permissions').service('user').add({
      username: 'agent',
      email: 'agent@example.test',
      password: 'Agent-Pass-123',
      provider: 'local',
      confirmed: true,
      role: role.id,
    });
    const login = await http().post('/api/auth/local').send({ identifier: 'agent@example.test', password: 'Agent-Pass-123' }).expect(200);
    const auth = `Bearer ${login.body.jwt}`;

    const created = await http()
      .post('/api/complaint-desk/complaints')
      .set('Authorization', auth)
      .send({ channel: 'phone', subject: 'Router keeps rebooting', description: 'Since the update', customer: { name: 'Ana Silva', phone: '+351 912 345 678' }, language: 'en' })
      .expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), status: expect.any(String), trackingCode: expect.any(String) });

    const list = await http().get('/api/complaint-desk/complaints').set('Authorization', auth).expect(200);
    expect(list.headers['content-range']).toMatch(/^complaints 0-0\/1$/);
    expect(list.body.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
  });

  it('places its global middlewares without the app listing them: sign-up stays closed', async () => {
    await http().post('/api/auth/local/register').send({ username: 'x', email: 'x@example.test', password: 'X-Pass-12345' }).expect(403);
    const res = await http().get('/_health');
    expect(res.headers['permissions-policy']).toContain('camera=()');
  });

  it('serves the console at /console, and leads there from the site root', async () => {
    await http().get('/').expect(302).expect('Location', '/console/');
    const shell = await http().get('/console/').expect(200).expect('Content-Type', /text\/html/);
    expect(shell.text).toContain('<base href="/console/">');
    const script = /<script[^>]+src="\.\/(assets\/[^"]+\.js)"/.exec(shell.text)?.[1];
    expect(script).toBeDefined();
    await http().get(`/console/${script}`).expect(200).expect('Content-Type', /javascript/);
  });
});
