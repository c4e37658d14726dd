/**
 * Accessibility of the console's main screens, by axe-core (@axe-core/playwright) in Debian's
 * chromium against a real Strapi with the demo seed: no serious or critical violation on the
 * dashboard, the complaint list, a workspace, the register form, the approvals inbox and a content
 * form, in English and in Persian (right to left). Also: the translation overview and the menu
 * shaped by role.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { ensureConsoleBuilt, launchBrowser } from '../helpers/browser';
import { DEMO_PASSWORD, call, listen, login } from '../helpers/api';

let t: TestApp;
let browser: Browser;
let base: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ensureConsoleBuilt();
  browser = await launchBrowser();
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
  const jwt = await login(base, 'director@demo.local');
  const complaints = await call(base, jwt, 'GET', `/api/complaint-desk/complaints?range=${encodeURIComponent('[0,0]')}`);
  ids.complaint = complaints.body[0].id;
  const categories = await call(base, jwt, 'GET', `/api/complaint-desk/categories?range=${encodeURIComponent('[0,0]')}`);
  ids.category = categories.body[0].id;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

type Role = 'agent' | 'director' | 'content-editor';

async function as(role: Role, locale: 'en' | 'fa'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  await context.addInitScript((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
  const page = await context.newPage();
  await page.goto(`${base}/console/#/login`);
  await page.fill('input[name="username"]', `${role}@demo.local`);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-testid^="dashboard-"]');
  return page;
}

/** Serious and critical violations, each as "rule: target (summary)" so a failure says where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page } as never).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} [${v.impact}]: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

const SCREENS: Array<[string, Role, string, string]> = [
  ['the dashboard', 'agent', '/', '[data-testid^="dashboard-"]'],
  ['the complaint list', 'agent', '/complaints', '[data-testid="complaint-row"]'],
  ['a complaint workspace', 'agent', '/complaints/:complaint/show', '[data-testid="timeline-event"]'],
  ['the register form', 'agent', '/complaints/create', 'input[name="callerLookup"]'],
  ['the approvals inbox', 'director', '/approvals', 'tbody tr'],
  ['a content form', 'content-editor', '/categories/:category', 'input[name="name"]'],
  ['the translation overview', 'content-editor', '/translation-status', '[data-testid="translation-status-categories"] tbody tr'],
];

describe.each(['en', 'fa'] as const)('axe in %s', (locale) => {
  const pages = new Map<Role, Page>();
  const session = async (role: Role) => pages.get(role) ?? (pages.set(role, await as(role, locale)), pages.get(role)!);
  afterAll(async () => {
    for (const page of pages.values()) await page.context().close();
  });

  it.each(SCREENS)('%s has no serious or critical violation', async (_name, role, route, ready) => {
    const page = await session(role);
    await page.goto(`${base}/console/#${route.replace(':complaint', ids.complaint).replace(':category', ids.category)}`);
    await page.waitForSelector(ready);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });
});

describe('the menu and the translation overview', () => {
  it('an agent finds no setup or content pages in the menu; a content editor finds the translation status', async () => {
    const agent = await as('agent', 'en');
    const menu = async (page: Page) => (await page.locator('.RaMenu-open, .RaMenu-closed').first().innerText()).split('\n').map((s) => s.trim()).filter(Boolean);
    const agentMenu = await menu(agent);
    expect(agentMenu).toEqual(expect.arrayContaining(['Complaints', 'Customers']));
    for (const hidden of ['Teams', 'SLA policies', 'Categories', 'Response templates', 'Translation status', 'Approvals']) expect(agentMenu).not.toContain(hidden);
    const editor = await as('content-editor', 'en');
    const editorMenu = await menu(editor);
    expect(editorMenu).toEqual(expect.arrayContaining(['Categories', 'Channels', 'Response templates', 'Translation status']));
    expect(editorMenu).not.toContain('Complaints');
    await agent.context().close();
    await editor.context().close();
  });

  it('shows a missing language version, which opens for editing', async () => {
    // A category written in English only: the overview marks the three other languages missing.
    const jwt = await login(base, 'content-editor@demo.local');
    const created = await call(base, jwt, 'POST', '/api/complaint-desk/categories', { code: 'general.a11y-only-en', scheme: 'general', name: 'Only in English', locale: 'en', active: true });
    expect(created.status).toBe(201);
    const page = await as('content-editor', 'en');
    await page.goto(`${base}/console/#/translation-status`);
    const row = page.locator(`[data-testid="translation-status-categories"] tr[data-record="${created.body.id}"]`);
    await row.waitFor();
    expect(await row.locator('td[data-state="missing"]').count()).toBe(3);
    expect(await row.locator('td[data-locale="en"]').getAttribute('data-state')).toBe('ok');
    await row.locator('td[data-locale="fa"] a').click();
    await page.waitForURL(new RegExp(`#/categories/${created.body.id}\\?locale=fa$`));
    await page.waitForSelector('[data-testid="content-locale-missing"]');
    await page.context().close();
  });
});
