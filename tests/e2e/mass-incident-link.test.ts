/**
 * The mass-incident page's "Link complaints" in a real browser against a real Strapi: the director
 * picks complaints and links them in one request to the bulk route, sees what was skipped and why,
 * and an agent's complaint workspace then shows the incident's handling algorithm (in English and
 * in Persian, right to left).
 */
import type { Browser, Page } from 'playwright-core';
import { call, listen, login } from '../helpers/api';
import { ensureConsoleBuilt, launchBrowser } from '../helpers/browser';
import { startStrapi, type TestApp } from '../helpers/strapi';

let t: TestApp;
let browser: Browser;
let base: string;
const jwt: Record<string, string> = {};
const ids: Record<string, string> = {};
let incidentId = '';
const pageErrors: string[] = [];
const PASSWORD = 'Mi-Link-2026';
const ALGORITHM = '1. Apologise.\n2. Promise restoration by 18:00.';
const API = '/api/complaint-desk';

beforeAll(async () => {
  ensureConsoleBuilt();
  browser = await launchBrowser();
  t = await startStrapi({ DEMO_SEED_ON_START: 'false' });
  base = await listen(t);
  const role = async (type: string) => (await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;
  for (const type of ['agent', 'director']) {
    await t.strapi.plugin('users-permissions').service('user').add({ username: `ml-${type}`, email: `${type}@ml.test`, password: PASSWORD, provider: 'local', confirmed: true, role: await role(type) });
    jwt[type] = await login(base, `${type}@ml.test`, PASSWORD);
  }
  const incident = await call(base, jwt.director, 'POST', `${API}/mass-incidents`, { title: 'Fibre cut north', status: 'open', startedAt: new Date().toISOString(), handlingAlgorithm: ALGORITHM });
  incidentId = incident.body.id;
  for (const [key, name] of [['one', 'Olga'], ['two', 'Tomas'], ['three', 'Tara']]) {
    const res = await call(base, jwt.agent, 'POST', `${API}/complaints`, { channel: 'phone', language: 'en', subject: `Fibre down ${key}`, description: 'No internet', customer: { name, phone: `+98 912 700 00${key.length}${name.length}` } });
    ids[key] = res.body.id;
  }
  // Linked already, through the single action: the bulk request skips it with a reason.
  await call(base, jwt.director, 'POST', `${API}/complaints/${ids.three}/actions/link-incident`, { massIncidentId: incidentId });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function session(email: string, locale?: 'fa'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  if (locale) await context.addInitScript((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${base}/console/#/login`);
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-testid^="dashboard-"]');
  return page;
}

it('the director links the chosen complaints in one request and sees the result', async () => {
  const page = await session('director@ml.test');
  const bulk: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes(`/mass-incidents/${incidentId}/link`)) bulk.push(r.postData() ?? '');
  });
  await page.goto(`${base}/console/#/mass-incidents/${incidentId}/show`);
  await page.click('[data-testid="mi-link-complaints"]');
  // The picker lists open complaints not linked yet: one and two, not three.
  await page.fill('[data-testid="mi-link-search"]', 'Fibre down');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="mi-link-option"]').length === 2);
  await page.getByRole('button', { name: /Fibre down one/ }).click();
  await page.getByRole('button', { name: /Fibre down two/ }).click();
  await page.click('[data-testid="mi-link-confirm"]');
  await page.waitForSelector('[role="dialog"]', { state: 'detached' });
  expect(bulk).toHaveLength(1);
  expect(JSON.parse(bulk[0]).ids.sort()).toEqual([ids.one, ids.two].sort());
  const linked = await t.strapi.db.query('plugin::complaint-desk.complaint').count({ where: { massIncident: { documentId: incidentId } } });
  expect(linked).toBe(3);
});

it('a complaint linked meanwhile is reported as skipped, with the reason, and the dialog stays open', async () => {
  await call(base, jwt.director, 'POST', `${API}/complaints/${ids.two}/actions/unlink-incident`, {});
  const page = await session('director@ml.test');
  await page.goto(`${base}/console/#/mass-incidents/${incidentId}/show`);
  await page.click('[data-testid="mi-link-complaints"]');
  await page.fill('[data-testid="mi-link-search"]', 'Fibre down two');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="mi-link-option"]').length === 1);
  await page.getByRole('button', { name: /Fibre down two/ }).click();
  // Someone else links it before the director confirms.
  await call(base, jwt.director, 'POST', `${API}/complaints/${ids.two}/actions/link-incident`, { massIncidentId: incidentId });
  await page.click('[data-testid="mi-link-confirm"]');
  const failures = page.locator('[data-testid="mi-link-failures"]');
  await failures.waitFor();
  expect(await failures.innerText()).toContain('Linked: 0, skipped: 1');
  expect(await failures.innerText()).toContain('already linked to this incident');
  expect(await page.locator('[role="dialog"]').count()).toBe(1);
});

it('a linked complaint’s workspace shows the handling algorithm, in English and in Persian', async () => {
  const page = await session('agent@ml.test');
  await page.goto(`${base}/console/#/complaints/${ids.one}/show`);
  const panel = page.locator('[data-testid="handling-algorithm"]');
  await panel.waitFor();
  expect(await panel.innerText()).toContain('Fibre cut north');
  expect(await panel.innerText()).toContain('2. Promise restoration by 18:00.');
  const fa = await session('agent@ml.test', 'fa');
  await fa.goto(`${base}/console/#/complaints/${ids.one}/show`);
  const faPanel = fa.locator('[data-testid="handling-algorithm"]');
  await faPanel.waitFor();
  expect(await faPanel.innerText()).toContain('روش رسیدگی الزامی');
  expect(await fa.getAttribute('html', 'dir')).toBe('rtl');
  // A complaint not linked shows no such panel.
  await call(base, jwt.director, 'POST', `${API}/complaints/${ids.two}/actions/unlink-incident`, {});
  await page.goto(`${base}/console/#/complaints/${ids.two}/show`);
  await page.waitForSelector('[data-testid="complaint-status"]');
  expect(await page.locator('[data-testid="handling-algorithm"]').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});
