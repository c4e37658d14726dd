/**
 * Demo seed: seeded automatically on the first start of an empty development database,
 * idempotent (a second run creates nothing and leaves every count unchanged), complete (every
 * state, channel, category and language) and consistent (each complaint's events lead to its state).
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { CHANNELS, LANGUAGES, STAFF_ROLES, STATUSES } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';

const P = 'plugin::complaint-desk';
const TYPES = ['complaint', 'customer', 'category', 'channel', 'team', 'sla-policy', 'business-calendar', 'cft-review', 'root-cause', 'corrective-action', 'approval', 'mass-incident', 'complaint-event', 'survey', 'response-template'];
let t: TestApp;

// The seed as the app runs it: the plugin's demo-seed service, from the plugin's build.
const demoSeed = () => t.strapi.plugin('complaint-desk').service('demo-seed');

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of TYPES) out[n] = await t.strapi.db.query(`${P}.${n}` as any).count();
  out.users = await t.strapi.db.query('plugin::users-permissions.user').count();
  return out;
}

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
});
afterAll(async () => {
  await t?.close();
});

it('seeds the empty database on first start', async () => {
  const c = await counts();
  expect(c.complaint).toBeGreaterThanOrEqual(300);
  expect(c.users).toBe(STAFF_ROLES.length);
  expect(c['business-calendar']).toBe(3);
  expect(c.team).toBe(8);
  expect(c['sla-policy']).toBe(1);
  expect(c.channel).toBe(CHANNELS.length * 4); // one row per locale
});

it('is idempotent: a second run creates nothing', async () => {
  const before = await counts();
  const created = await demoSeed().seed();
  expect(created).toEqual({});
  expect(await counts()).toEqual(before);
});

it('refuses to run with NODE_ENV=production', async () => {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await expect(demoSeed().seed()).rejects.toThrow(/production/);
  } finally {
    process.env.NODE_ENV = saved;
  }
});

it('spreads complaints over every state, channel, category and language', async () => {
  const rows = await t.strapi.db.query(`${P}.complaint` as any).findMany({ select: ['status', 'channel', 'language'], populate: { category: { select: ['documentId'] } } });
  expect(new Set(rows.map((r: any) => r.status))).toEqual(new Set(STATUSES));
  expect(new Set(rows.map((r: any) => r.channel))).toEqual(new Set(CHANNELS));
  expect(new Set(rows.map((r: any) => r.language))).toEqual(new Set(LANGUAGES));
  const categories = await t.strapi.documents(`${P}.category` as any).findMany({ locale: 'en', fields: ['documentId'] as any, limit: 1000 } as any);
  expect(new Set(rows.map((r: any) => r.category?.documentId))).toEqual(new Set(categories.map((c: any) => c.documentId)));
});

it('names categories, channels and templates in all four languages', async () => {
  for (const n of ['category', 'channel', 'response-template']) {
    const per = await Promise.all(['en', 'fa', 'ru', 'zh'].map((locale) => t.strapi.db.query(`${P}.${n}` as any).count({ where: { locale } })));
    expect(new Set(per).size).toBe(1);
    expect(per[0]).toBeGreaterThan(0);
  }
  const fa = await t.strapi.documents(`${P}.channel` as any).findFirst({ locale: 'fa', filters: { code: 'phone' } } as any);
  expect(fa?.name).toMatch(/[\u0600-\u06FF]/);
});

it('gives every complaint events consistent with its state', async () => {
  const complaints = await t.strapi.db.query(`${P}.complaint` as any).findMany({ select: ['id', 'status'], populate: { events: { select: ['action', 'fromStatus', 'toStatus', 'createdAt', 'id'] } } });
  for (const c of complaints) {
    const events = [...c.events].sort((a: any, b: any) => (a.createdAt === b.createdAt ? a.id - b.id : new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime()));
    expect(events[0]).toMatchObject({ action: 'register', toStatus: 'received' });
    for (let i = 1; i < events.length; i++) expect(events[i].fromStatus).toBe(events[i - 1].toStatus);
    expect(events[events.length - 1].toStatus).toBe(c.status);
  }
});

it('lets every demo user log in with the documented password', async () => {
  for (const role of STAFF_ROLES) {
    const res = await t.http().post('/api/auth/local').send({ identifier: `${role}@demo.local`, password: demoSeed().password() }).expect(200);
    const me = await t.http().get('/api/complaint-desk/users/me').set('Authorization', `Bearer ${res.body.jwt}`).expect(200);
    expect(me.body.role).toBe(role);
  }
});
