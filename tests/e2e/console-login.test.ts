/**
 * The console's login page logs in against the API: a real Strapi listening on
 * loopback serves the built console at /console; Debian's chromium logs in as a staff user.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startStrapi, appDir, type TestApp } from '../helpers/strapi';
import { ensureConsoleBuilt, launchBrowser } from '../helpers/browser';

let t: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  ensureConsoleBuilt();
  t = await startStrapi();
  await new Promise<void>((resolve) => t.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(t.strapi.server.httpServer.address() as AddressInfo).port}`;
  const role = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'quality-manager' } });
  await t.strapi.plugin('users-permissions').service('user').add({ username: 'quality', email: 'qm@example.test', password: 'Qm-Pass-1234', provider: 'local', confirmed: true, role: role.id });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

it('shows the login page, refuses a wrong password, and logs a staff user in', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/console/`);
  await page.waitForURL(/#\/login/);

  await page.fill('input[name="username"]', 'qm@example.test');
  await page.fill('input[name="password"]', 'wrong-password');
  await page.click('button[type="submit"]');
  await page.getByText('Invalid identifier or password').waitFor();

  await page.fill('input[name="password"]', 'Qm-Pass-1234');
  await page.click('button[type="submit"]');
  await page.getByText('Signed in as: Quality manager').waitFor();
  await page.getByText('Hello, quality').waitFor();
  expect(await page.evaluate(() => localStorage.getItem('role'))).toBe('quality-manager');
  await page.screenshot({ path: path.join(appDir, 'docs', 'screenshots', 'console-dashboard.png') });
  expect(errors).toEqual([]);
  await page.close();
});
