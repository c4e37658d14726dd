/**
 * The console's Reports section and role dashboards end to end: Debian's chromium drives the built
 * console served by a real Strapi with the demo seed (whose complaints link to root causes).
 *
 * - The quality manager opens the root-cause Pareto, clicks the top bar and lands on the complaint
 *   list filtered by that root cause and the period; the API confirms that every row shown carries
 *   the cause and that the list holds exactly the complaints the bar counted.
 * - The same bar opens from the keyboard (Tab into the chart, arrows, Enter).
 * - The CSV download carries the JWT and answers a UTF-8 file with a BOM.
 * - In Persian the charts read right to left, with Persian digits on the axes.
 * - An agent's reports are their teams' figures; a content editor has no Reports section.
 * - Screenshots of every report in English and Persian, and of the role dashboards, go to
 *   docs/screenshots/ (reports-<name>-<locale>.png, dashboard-<role>-<locale>.png).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPORT_NAMES } from '../../src/plugins/complaint-desk/shared';
import { startStrapi, appDir, type TestApp } from '../helpers/strapi';
import { ensureConsoleBuilt, launchBrowser } from '../helpers/browser';
import { DEMO_PASSWORD, call, dataProvider, listen, login } from '../helpers/api';
import { COMPLAINT_LIST_DEFAULTS } from '../../src/plugins/complaint-desk/console/src/complaints/listDefaults';

let t: TestApp;
let browser: Browser;
let base: string;
const pageErrors: string[] = [];
const shots = path.join(appDir, 'docs', 'screenshots');

beforeAll(async () => {
  ensureConsoleBuilt();
  browser = await launchBrowser();
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

type Role = 'agent' | 'director' | 'quality-manager' | 'content-editor';
const sessions = new Map<string, Page>();

/** A logged-in console for one staff member in one language (its own browser context). */
async function as(role: Role, locale: 'en' | 'fa' = 'en'): Promise<Page> {
  const key = `${role}:${locale}`;
  const open = sessions.get(key);
  if (open) return open;
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  if (locale !== 'en') await context.addInitScript((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${role}/${locale}: ${String(e)}`));
  await page.goto(`${base}/console/#/login`);
  await page.fill('input[name="username"]', `${role}@demo.local`);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-testid^="dashboard-"]');
  sessions.set(key, page);
  return page;
}

const go = async (page: Page, hash: string) => {
  const url = `${base}/console/#${hash}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
};

/** Waits until a report page has answered: its chart and table, or its empty state. */
const reportSettled = (page: Page, name: string) =>
  page.waitForSelector(`[data-testid="report-${name}"] :is([data-testid="report-ready"], [data-testid="report-empty"], [data-testid="report-error"])`);

/** The list's filter, read from the console's URL (react-admin keeps it in the hash's query). */
const listFilter = (page: Page): Record<string, any> => {
  const hash = new URL(page.url()).hash;
  const query = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  return JSON.parse(query.get('filter') ?? '{}');
};

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

/** The tracking codes of the complaint rows on screen. */
const shownCodes = (page: Page) =>
  page.$$eval('[data-testid="complaint-row"]', (rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));

/** Checks the list the console landed on: the top cause's complaints of the period, and only them. */
async function expectTopCauseList(page: Page) {
  await page.waitForSelector('[data-testid="complaint-row"]');
  const filter = listFilter(page);
  expect(filter).toEqual(expect.objectContaining({ rootCauseIds: expect.any(String), receivedAt_gte: expect.any(String), receivedAt_lt: expect.any(String) }));
  const jwt = await login(base, 'quality-manager@demo.local');
  // The bar clicked is the top cause of that period, as the server ranks them.
  const report = await call(base, jwt, 'GET', `/api/complaint-desk/reports/root-causes?${new URLSearchParams({ from: filter.receivedAt_gte, to: filter.receivedAt_lt })}`);
  expect(report.status).toBe(200);
  const top = report.body.rows[0];
  expect(filter.rootCauseIds).toBe(top.rootCauseId);
  // The list holds exactly the complaints the bar counted…
  const api = dataProvider(base, jwt);
  const listed = await api.getList('complaints', { filter, pagination: { page: 1, perPage: 100 }, sort: { field: 'receivedAt', order: 'DESC' } });
  expect(listed.total).toBe(top.count);
  // …and every row on screen carries that root cause, read back complaint by complaint.
  const codes = await shownCodes(page);
  expect(codes.length).toBe(Math.min(top.count, COMPLAINT_LIST_DEFAULTS.pagination.perPage));
  for (const code of codes) {
    const { data } = await api.getList('complaints', { filter: { trackingCode: code }, pagination: { page: 1, perPage: 1 }, sort: { field: 'receivedAt', order: 'DESC' } });
    expect(data).toHaveLength(1);
    expect(data[0].rootCauseIds).toContain(top.rootCauseId);
    expect(Date.parse(data[0].receivedAt)).toBeGreaterThanOrEqual(Date.parse(filter.receivedAt_gte));
    expect(Date.parse(data[0].receivedAt)).toBeLessThan(Date.parse(filter.receivedAt_lt));
  }
  return top;
}

describe('the root-cause Pareto', () => {
  it('the quality manager clicks the top bar and lands on the complaints of that root cause', async () => {
    const page = await as('quality-manager');
    await page.click('[data-testid="menu-reports"]');
    await page.waitForSelector('[data-testid="reports-index"]');
    await shot(page, 'reports-index-en');
    await page.click('[data-testid="reports-open-root-causes"]');
    await page.waitForSelector('[data-testid="report-root-causes"] [data-testid="report-ready"]');
    const chart = page.locator('[data-testid="pareto-chart"]');
    await chart.locator('.MuiBarChart-element').first().waitFor();
    // The table lists the causes most frequent first, by title; the chart draws one bar each.
    const counts = await page.$$eval('[data-testid="report-row"] td:nth-child(4)', (cells) => cells.map((c) => Number((c.textContent ?? '').replace(/\D/g, ''))));
    expect(counts.length).toBeGreaterThan(2);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(await chart.locator('.MuiBarChart-element').count()).toBe(Number(await chart.getAttribute('data-bars')));
    // The 80 % mark and the cumulative line's axis (0–100 %).
    expect(await chart.innerText()).toContain('80%');
    expect(await chart.innerText()).toContain('100%');
    await shot(page, 'reports-root-causes-en');

    await chart.locator('.MuiBarChart-element').first().click();
    const top = await expectTopCauseList(page);
    expect(top.count).toBeGreaterThan(0);
    await shot(page, 'reports-root-causes-drilldown-en');
  });

  it('a bar opens from the keyboard too', async () => {
    const page = await as('quality-manager');
    await go(page, '/reports/root-causes');
    await page.waitForSelector('[data-testid="report-root-causes"] [data-testid="report-ready"]');
    const surface = page.locator('[data-testid="pareto-chart"] [tabindex="0"]').first();
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expectTopCauseList(page);
  });

  it('downloads the CSV with the session, UTF-8 with a BOM', async () => {
    const page = await as('quality-manager');
    await go(page, '/reports/root-causes');
    await page.waitForSelector('[data-testid="report-root-causes"] [data-testid="report-ready"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="report-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/^complaint-desk-root-causes-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
    const tableRows = await page.locator('[data-testid="report-row"]').count();
    expect(lines.length).toBe(tableRows + 1);
  });

  it('reads right to left in Persian, with Persian digits on the axes', async () => {
    const page = await as('quality-manager', 'fa');
    await go(page, '/reports/root-causes');
    await page.waitForSelector('[data-testid="report-root-causes"] [data-testid="report-ready"]');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const chart = page.locator('[data-testid="pareto-chart"]');
    await chart.locator('.MuiBarChart-element').first().waitFor();
    const ticks = await chart.locator('.MuiChartsAxis-tickLabel').allTextContents();
    const numeric = ticks.filter((text) => /[۰-۹]/.test(text));
    expect(numeric.length).toBeGreaterThan(3);
    expect(ticks.join(' ')).not.toMatch(/[0-9]/);
    expect(await chart.innerText()).toContain('۸۰٪');
    // The largest cause is drawn on the right.
    const boxes = await chart.locator('.MuiBarChart-element').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().x));
    expect(boxes[0]).toBeGreaterThan(boxes[boxes.length - 1]);
    await shot(page, 'reports-root-causes-fa');
  });
});

describe('every report, in English and in Persian', () => {
  it.each(['en', 'fa'] as const)('%s', async (locale) => {
    const page = await as('quality-manager', locale);
    for (const name of REPORT_NAMES) {
      if (name === 'root-causes') continue; // taken above with its own checks
      await go(page, `/reports/${name}`);
      await reportSettled(page, name);
      expect(await page.locator('[data-testid="report-error"]').count()).toBe(0);
      if (await page.locator('[data-testid="report-ready"]').count()) {
        await page.locator(`[data-testid="report-${name}"] .MuiChartsSurface-root`).first().waitFor();
      }
      await shot(page, `reports-${name}-${locale}`);
    }
  });
});

describe('access', () => {
  it("an agent's reports are their teams' figures", async () => {
    const page = await as('agent');
    await go(page, '/reports/trends');
    await reportSettled(page, 'trends');
    await page.waitForSelector('[data-testid="report-team-scope"]');
  });

  it('a content editor has no Reports section', async () => {
    const page = await as('content-editor');
    expect(await page.locator('[data-testid="menu-reports"]').count()).toBe(0);
    await go(page, '/reports/root-causes');
    await page.waitForSelector('text=/not found|404/i');
    expect(await page.locator('[data-testid="report-root-causes"]').count()).toBe(0);
  });
});

describe('role dashboards', () => {
  // role, its panel, figures and lists that must show, how many small charts it draws
  const panels: Array<[Role, string, string[], number]> = [
    ['director', 'dashboard-director', ['dashboard-sla-compliance-value', 'dashboard-open-backlog-value', 'dashboard-oldest-list'], 2],
    ['quality-manager', 'dashboard-quality', ['dashboard-capa-overdue-value', 'dashboard-capa-due-soon-value', 'dashboard-capa-effective-value'], 1],
    ['agent', 'dashboard-front', ['dashboard-due-today-value', 'dashboard-my-queue-list'], 0],
  ];

  it.each(panels)('%s', async (role, panel, figures, charts) => {
    for (const locale of ['en', 'fa'] as const) {
      const page = await as(role, locale);
      await go(page, '/');
      await page.waitForSelector(`[data-testid="${panel}"]`);
      for (const figure of figures) await page.waitForSelector(`[data-testid="${figure}"]`);
      // The small charts have loaded (their own chunk) and drawn.
      if (charts) await page.waitForFunction(([p, n]) => document.querySelectorAll(`[data-testid="${p}"] .MuiChartsSurface-root`).length >= Number(n), [panel, charts] as const);
      const values = await page.locator(`[data-testid="${panel}"] [data-testid$="-value"]`).allInnerTexts();
      expect(values.length).toBeGreaterThan(0);
      if (locale === 'fa') for (const v of values) expect(v).toMatch(/^[۰-۹٬٫٪—]+$/);
      else for (const v of values) expect(v).toMatch(/^[0-9,.%—]+$/);
      await shot(page, `dashboard-${role}-${locale}`);
    }
  });

  it("the director's oldest open complaint opens its workspace", async () => {
    const page = await as('director');
    await go(page, '/');
    const first = page.locator('[data-testid="dashboard-oldest-list"] a').first();
    await first.click();
    await page.waitForSelector('[data-testid="complaint-status"]');
    expect(new URL(page.url()).hash).toMatch(/^#\/complaints\/[^/]+\/show$/);
  });
});

it('no page error in any session', () => {
  expect(pageErrors).toEqual([]);
});
