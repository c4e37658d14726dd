/**
 * Corrective actions and CFT reviews in the console, in Debian's chromium against a real Strapi
 * with the demo seed: the computed result with its evidence (a recurring complaint opens from its
 * link), the lifecycle buttons and their dialogs, the audited override; a review's 5-whys as written,
 * the server's field errors on the edit form, the conclusion submitted and approved, and the 8D
 * print view (screenshots in English and Persian to docs/screenshots/).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStrapi, appDir, type TestApp } from '../helpers/strapi';
import { ensureConsoleBuilt, launchBrowser } from '../helpers/browser';
import { DEMO_PASSWORD, call, listen, login } from '../helpers/api';

let t: TestApp;
let browser: Browser;
let base: string;
const jwt: Record<string, string> = {};
const ids: Record<string, string> = {};
const pageErrors: string[] = [];
const shots = path.join(appDir, 'docs', 'screenshots');
const API = '/api/complaint-desk';
const DAY = 86_400_000;

async function ok(res: Promise<{ status: number; body: any }>, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
const post = (role: string, p: string, body: unknown = {}) => call(base, jwt[role], 'POST', `${API}${p}`, body);

beforeAll(async () => {
  ensureConsoleBuilt();
  browser = await launchBrowser();
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
  for (const role of ['agent', 'quality-manager']) jwt[role] = await login(base, `${role}@demo.local`);
  const users = await ok(call(base, jwt['quality-manager'], 'GET', `${API}/users?range=[0,49]`));
  for (const u of users) ids[u.role] = u.id;

  // An action whose verification finds a recurring complaint: ineffective, with evidence and a follow-up.
  ids.rootCause = (await ok(post('quality-manager', '/root-causes', { code: 'e2e.capa', title: 'Backhaul without a second path', sixM: 'machine' }), 201)).id;
  const complaint = await ok(
    post('agent', '/complaints', { channel: 'phone', subject: 'Data down again', description: 'Third time this month.', customer: { name: 'Nima Farahani', phone: '+98 912 555 0142' } }),
    201,
  );
  ids.complaint = complaint.id;
  ids.trackingCode = complaint.trackingCode;
  await t.strapi.db.transaction(async () => {
    const capa = t.strapi.plugin('complaint-desk').service('corrective-actions');
    await capa.setComplaintRootCauses([ids.complaint], await capa.rootCauseRows([ids.rootCause], 'rootCauseIds'), null, { via: 'e2e' });
  });
  const a = await ok(post('quality-manager', '/corrective-actions', { title: 'Close the northern ring', kind: 'corrective', rootCauseId: ids.rootCause, ownerId: ids['quality-manager'] }), 201);
  ids.ineffective = a.id;
  await ok(post('quality-manager', `/corrective-actions/${a.id}/actions/start`));
  await ok(post('quality-manager', `/corrective-actions/${a.id}/actions/implement`, { implementedAt: new Date(Date.now() - 5 * DAY).toISOString() }));
  await ok(post('quality-manager', `/corrective-actions/${a.id}/actions/start-verification`, { verificationWindowDays: 30 }));
  ids.planned = (await ok(post('quality-manager', '/corrective-actions', { title: 'Train the night shift', kind: 'preventive' }), 201)).id;
  ids.review = (
    await ok(
      post('quality-manager', '/cft-reviews', {
        title: 'Why does the northern backhaul fail?',
        status: 'in_progress',
        leaderId: ids['quality-manager'],
        problemStatement: 'Mobile data lost for 9 hours after one fibre cut.',
        eightD: { D0: 'Emergency plan triggered.', D4: 'No second fibre path.' },
        fiveWhys: [{ why: 'Why was mobile data down?', answer: 'The backhaul fibre was cut.' }],
        fishbone: { machine: ['single fibre path'], environment: ['road works'] },
      }),
      201,
    )
  ).id;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const sessions = new Map<string, Page>();
async function as(role: string, locale?: 'fa'): Promise<Page> {
  const key = `${role}:${locale ?? 'en'}`;
  const open = sessions.get(key);
  if (open) return open;
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
  if (locale) await context.addInitScript((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${role}: ${String(e)}`));
  await page.goto(`${base}/console/#/login`);
  await page.fill('input[name="username"]', `${role}@demo.local`);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-testid^="dashboard-"]');
  sessions.set(key, page);
  return page;
}
const go = (page: Page, hash: string) => page.goto(`${base}/console/#${hash}`);
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

describe('corrective actions', () => {
  it('shows the computed result with its evidence; a recurring complaint opens from its link; the follow-up is linked', async () => {
    const page = await as('quality-manager');
    await go(page, `/corrective-actions/${ids.ineffective}/show`);
    await page.waitForSelector('[data-testid="effectiveness-result"]');
    expect(await page.textContent('[data-testid="effectiveness-result"]')).toBe('Ineffective');
    const link = page.locator('[data-testid="recurrences"] a');
    expect(await link.count()).toBe(1);
    await page.waitForSelector('[data-testid="follow-up-link"]');
    expect(await page.textContent('[data-testid="follow-up-link"]')).toBe('Follow-up: Close the northern ring');
    await shot(page, 'console-capa-evidence');
    await link.click();
    await page.waitForURL(new RegExp(`#/complaints/${ids.complaint}/show`));
  });

  it('runs the lifecycle from its buttons: start, then cancel with a reason', async () => {
    const page = await as('quality-manager');
    await go(page, `/corrective-actions/${ids.planned}/show`);
    await page.click('[data-testid="capa-start"]');
    await page.waitForSelector('[data-value="in_progress"]');
    await page.click('[data-testid="capa-cancel"]');
    await page.waitForSelector('[role="dialog"]');
    expect(await page.isDisabled('[data-testid="capa-confirm"]')).toBe(true);
    await page.fill('[data-testid="capa-reason"]', 'Covered by the new onboarding course.');
    await page.click('[data-testid="capa-confirm"]');
    await page.waitForSelector('[data-value="cancelled"]');
    expect(await page.locator('[data-testid="capa-actions"]').count()).toBe(0);
  });

  it('the quality manager overrides the result with a justification', async () => {
    const page = await as('quality-manager');
    await go(page, `/corrective-actions/${ids.ineffective}/show`);
    await page.click('[data-testid="capa-override"]');
    await page.click('[data-testid="capa-result-effective"]');
    await page.fill('[data-testid="capa-justification"]', 'The recurring complaint was about the old route, now closed.');
    await page.click('[data-testid="capa-confirm"]');
    await page.waitForSelector('[data-testid="effectiveness-override"]');
    expect(await page.textContent('[data-testid="effectiveness-result"]')).toBe('Effective');
    expect(await page.textContent('[data-testid="effectiveness-override"]')).toContain('The recurring complaint was about the old route, now closed.');
  });

  it('renders in Persian, right to left', async () => {
    const page = await as('quality-manager', 'fa');
    await go(page, `/corrective-actions/${ids.ineffective}/show`);
    await page.waitForSelector('[data-testid="effectiveness-result"]');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('[data-testid="effectiveness-result"]')).toBe('اثربخش');
    await shot(page, 'console-capa-evidence-fa');
  });
});

describe('CFT reviews', () => {
  it('shows each why as written', async () => {
    const page = await as('quality-manager');
    await go(page, `/cft-reviews/${ids.review}/show/5-whys`);
    await page.waitForSelector('[data-testid="five-whys"] li');
    const text = await page.textContent('[data-testid="five-whys"] li');
    expect(text).toContain('Why was mobile data down?');
    expect(text).not.toMatch(/Why: Why|\?\?/);
  });

  it('puts the server’s field errors on the edit form’s inputs', async () => {
    const page = await as('quality-manager');
    await go(page, `/cft-reviews/${ids.review}/5-whys`);
    await page.waitForSelector('input[name="fiveWhys.0.why"]');
    await page.fill('input[name="fiveWhys.0.why"]', '');
    await page.fill('input[name="fiveWhys.0.answer"]', 'An answer without its question.');
    await page.click('button[type="submit"]');
    const helper = page.locator('input[name="fiveWhys.0.why"]').locator('xpath=ancestor::div[contains(@class,"MuiFormControl-root")]').locator('.Mui-error').last();
    await helper.waitFor();
    expect(await page.locator('.MuiFormHelperText-root.Mui-error').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('is required')]));
  });

  it('the leader submits the conclusion with root causes, the quality manager approves it; the review prints as an 8D report', async () => {
    const page = await as('quality-manager');
    await go(page, `/cft-reviews/${ids.review}/show`);
    await page.click('[data-testid="submit-conclusion"]');
    await page.fill('[data-testid="conclusion-text"]', 'The ring closure was postponed; one cut isolated the sites.');
    await page.locator('[data-testid="conclusion-root-causes"] input').fill('Backhaul');
    await page.getByRole('option', { name: 'Backhaul without a second path' }).click();
    await page.click('[data-testid="conclusion-confirm"]');
    await page.waitForSelector('[data-testid="conclusion-state"][data-value="submitted"]');
    await page.click('[data-testid="approve-conclusion"]');
    await page.click('[data-testid="conclusion-confirm"]');
    await page.waitForSelector('[data-testid="conclusion-state"][data-value="approved"]');
    const complaint = await ok(call(base, jwt['quality-manager'], 'GET', `${API}/cft-reviews/${ids.review}`));
    expect(complaint).toMatchObject({ status: 'concluded', rootCauseIds: [ids.rootCause] });

    expect(await page.isVisible('[data-testid="print-8d-report"]')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="print-8d-report"]')).toBe(true);
    expect(await page.textContent('[data-testid="print-8d-report"]')).toContain('Backhaul without a second path');
    await shot(page, 'console-cft-review-8d-print');
    await page.emulateMedia({ media: 'screen' });

    const fa = await as('quality-manager', 'fa');
    await go(fa, `/cft-reviews/${ids.review}/show`);
    await fa.waitForSelector('[data-testid="conclusion-state"][data-value="approved"]');
    await fa.emulateMedia({ media: 'print' });
    expect(await fa.textContent('[data-testid="print-8d-report"]')).toContain('گزارش 8D');
    await shot(fa, 'console-cft-review-8d-print-fa');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
