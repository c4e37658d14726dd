/**
 * Working-time deadlines through the API: the SLA preview, calendar validation that
 * names the field, and complaint deadlines computed on the policy's business calendar.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { call, listen, loginDemoStaff, type DataProvider } from '../helpers/api';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const dp: Record<string, DataProvider> = {};

const TEHRAN = { timezone: 'Asia/Tehran', workingDays: ['sat', 'sun', 'mon', 'tue', 'wed'], hours: [['08:00', '17:30']] };
// Wednesday 2026-11-25 16:00 in Tehran (UTC+03:30): 1.5 working hours left that day; Thursday and Friday off.
const WED_1600 = '2026-11-25T12:30:00.000Z';

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
  await loginDemoStaff(base, jwt, dp);
});

afterAll(async () => {
  await t?.close();
});

const preview = (body: unknown, role = 'director') => call(base, jwt[role], 'POST', '/api/complaint-desk/sla/preview', body);

it('previews deadlines in working time on a Saturday–Wednesday week', async () => {
  const res = await preview({ calendar: TEHRAN, start: WED_1600, durations: [{ hours: 0 }, { days: 1 }, { days: 2 }, { days: 4 }, { hours: 3 }] });
  expect(res.status).toBe(200);
  expect(res.body.due).toEqual([
    WED_1600, // immediately: a working moment
    '2026-11-28T12:30:00.000Z', // 1 day = 9.5 h: 1.5 h Wed + 8 h Sat → Sat 16:00
    '2026-11-29T12:30:00.000Z', // 19 h: 1.5 Wed + 9.5 Sat + 8 Sun → Sun 16:00
    '2026-12-01T12:30:00.000Z', // 38 h → Tue 16:00
    '2026-11-28T06:00:00.000Z', // 3 h: 1.5 Wed + 1.5 Sat → Sat 09:30
  ]);
});

it('previews with a stored calendar', async () => {
  const cal = (await dp.director.getList('business-calendars', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: { code: 'tehran' } })).data[0];
  const res = await preview({ calendarId: cal.id, start: WED_1600, durations: [{ days: 2 }] });
  expect(res.body).toEqual({ due: ['2026-11-29T12:30:00.000Z'] });
});

it('refuses bad calendars and durations with a 400 naming the field', async () => {
  const cases: Array<[unknown, string]> = [
    [{ calendar: { ...TEHRAN, timezone: 'Mars/Olympus' }, start: WED_1600, durations: [{ days: 1 }] }, 'calendar.timezone'],
    [{ calendar: { ...TEHRAN, workingDays: [] }, start: WED_1600, durations: [{ days: 1 }] }, 'calendar.workingDays'],
    [{ calendar: { ...TEHRAN, hours: [['08:00', '12:00'], ['11:00', '17:00']] }, start: WED_1600, durations: [{ days: 1 }] }, 'calendar.hours'],
    [{ calendar: TEHRAN, start: WED_1600, durations: [{ days: -1 }] }, 'durations.0.days'],
    [{ calendar: TEHRAN, start: 'yesterday', durations: [{ days: 1 }] }, 'start'],
    [{ calendarId: 'nope', start: WED_1600, durations: [{ days: 1 }] }, 'calendarId'],
  ];
  for (const [body, path] of cases) {
    const res = await preview(body);
    expect({ path, status: res.status }).toEqual({ path, status: 400 });
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain(path);
  }
});

it('validates business calendars written through the console API', async () => {
  const bad = await call(base, jwt.director, 'POST', '/api/complaint-desk/business-calendars', { code: 'x', name: 'X', timezone: 'Nowhere/City', workingDays: ['mon'], hours: [['09:00', '17:00']] });
  expect(bad.status).toBe(400);
  expect(bad.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('timezone');
  const cal = (await dp.director.getList('business-calendars', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: { code: 'moscow' } })).data[0];
  const noTime = await call(base, jwt.director, 'PUT', `/api/complaint-desk/business-calendars/${cal.id}`, { hours: [] });
  expect(noTime.status).toBe(400);
  expect(noTime.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('hours');
});

/**
 * A Wednesday 16:00 in Tehran (12:30 UTC) one to three weeks ago, within the 30 days a receipt may be
 * backdated, whose Saturday and Sunday are working days of the seeded calendar (no Nowruz holiday).
 */
function recentWednesday(): { receivedAt: string; sunday: string } {
  const DAY = 86_400_000;
  const seededHolidays = ['03-21', '03-22', '03-23', '03-24', '04-01', '04-02'];
  const today = new Date();
  const back = (today.getUTCDay() - 3 + 7) % 7; // days since the last Wednesday (UTC)
  for (let weeks = 1; weeks <= 3; weeks++) {
    const wed = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - back - 7 * weeks, 12, 30));
    const off = [3, 4].some((d) => seededHolidays.includes(new Date(wed.getTime() + d * DAY).toISOString().slice(5, 10)));
    if (!off) return { receivedAt: wed.toISOString(), sunday: new Date(wed.getTime() + 4 * DAY).toISOString() };
  }
  throw new Error('no usable Wednesday');
}

it('gives a new complaint its deadlines on the policy calendar', async () => {
  const { receivedAt, sunday } = recentWednesday();
  const { data } = await dp.agent.create('complaints', {
    // A letter received on a recent Wednesday 16:00 Tehran time, registered now.
    data: { channel: 'letter', subject: 'No signal', description: 'Since Tuesday', receivedAt, customer: { name: 'Reza', phone: '+98 912 000 1234' } },
  });
  const stages = Object.fromEntries(data.sla.stages.map((s: any) => [s.stage, s]));
  expect(stages.acknowledgment.dueAt).toBe(receivedAt); // immediate
  expect(stages.assessment.dueAt).toBe(sunday); // 2 working days on the Tehran calendar: Sunday 16:00
  expect(data.slaDueAt).toBe(sunday);
  const future = await call(base, jwt.agent, 'POST', '/api/complaint-desk/complaints', { channel: 'letter', subject: 's', description: 'd', receivedAt: '2099-01-01T00:00:00Z', customer: { name: 'R', phone: '1234' } });
  expect(future.status).toBe(400);
  expect(future.body.error.details.errors[0].path).toEqual(['receivedAt']);
});
