/**
 * Security rules over HTTP on a real Strapi: the objectivity rule cannot be lifted
 * by the person it names, update events say what changed, SLA settings and previews are bounded and
 * never answer 500, and registration input (phone, receipt time), the category tree, hidden
 * characters in list answers and malformed bodies are handled.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { action, call, listen, loginDemoStaff, type DataProvider } from '../helpers/api';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const dp: Record<string, DataProvider> = {};
const ids: Record<string, string> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'true' });
  base = await listen(t);
  await loginDemoStaff(base, jwt, dp);
  const users = await dp.director.getList('users', { pagination: { page: 1, perPage: 50 }, sort: { field: 'username', order: 'ASC' }, filter: {} });
  for (const u of users.data) ids[u.role] = u.id;
  const cats = await dp.agent.getList('categories', { pagination: { page: 1, perPage: 5 }, sort: { field: 'code', order: 'ASC' }, filter: { code: 'general.billing' } });
  ids.billing = cats.data[0].id;
});

afterAll(async () => {
  await t?.close();
});

const api = (role: string, method: string, path: string, body?: unknown) => call(base, jwt[role], method, `/api/complaint-desk/${path}`, body);
const paths = (res: { body: any }) => (res.body?.error?.details?.errors ?? []).map((e: any) => e.path.join('.'));

const complaintBody = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  subject: 'Charged twice for October',
  description: 'Two identical monthly fee lines on the invoice.',
  language: 'en',
  categoryId: ids.billing,
  customer: { name: 'Maryam Ahmadi', phone: '+98 912 555 0101' },
  ...extra,
});

async function events(id: string) {
  const { data } = await dp.director.getManyReference('complaint-events', { target: 'complaintId', id, pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'ASC' }, filter: {} });
  return data;
}

describe('objectivity: the subject of a complaint cannot take themself off it', () => {
  it('refuses the director’s removal of their own name, and any change once handling started', async () => {
    const created = await api('agent', 'POST', 'complaints', complaintBody());
    expect(created.status).toBe(201);
    const id = created.body.id;
    // The agent names the director before the complaint is assigned.
    let put = await api('agent', 'PUT', `complaints/${id}`, { ...created.body, subjectStaffId: ids.director });
    expect(put.status).toBe(200);
    expect(put.body.subjectStaffId).toBe(ids.director);
    let trail = await events(id);
    expect(trail.at(-1)).toMatchObject({ action: 'update', payload: { changes: { subjectStaffId: { from: null, to: ids.director } } } });

    expect((await action(base, jwt.director, id, 'assign', { assigneeId: ids.agent })).status).toBe(200);
    expect((await action(base, jwt.agent, id, 'assess', { decision: 'accept', message: 'We will check the invoice.' })).status).toBe(200);
    const proposed = await action(base, jwt.specialist, id, 'propose', {
      external: { type: 'refund', description: 'Refund of the duplicate fee', amount: 50, currency: 'EUR' },
      internal: { none: true, reason: 'Single billing-run fault' },
    });
    expect(proposed.body.status).toBe('pending_approval');

    expect((await action(base, jwt.director, id, 'approve', { comment: 'OK' })).status).toBe(403);
    // The director takes their name off: refused, naming the field.
    put = await api('director', 'PUT', `complaints/${id}`, { subjectStaffId: null });
    expect(put.status).toBe(403);
    expect(put.body.error).toMatchObject({ name: 'ForbiddenError', details: { field: 'subjectStaffId' } });
    // Nobody else changes it either while the complaint is assigned and approving.
    put = await api('agent', 'PUT', `complaints/${id}`, { subjectStaffId: null });
    expect(put.status).toBe(409);
    expect(put.body.error.details.field).toBe('subjectStaffId');
    put = await api('quality-manager', 'PUT', `complaints/${id}`, { subjectStaffId: ids.specialist });
    expect(put.status).toBe(409);
    expect((await action(base, jwt.director, id, 'approve', { comment: 'OK' })).status).toBe(403);
    const record = (await api('director', 'GET', `complaints/${id}`)).body;
    expect(record).toMatchObject({ subjectStaffId: ids.director, status: 'pending_approval' });

    // The whole record sent back unchanged is no change: no event, no new version.
    const before = (await events(id)).length;
    put = await api('director', 'PUT', `complaints/${id}`, record);
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(record.version);
    expect(await events(id)).toHaveLength(before);

    // Every update event records the old and new value of each field it changes.
    put = await api('agent', 'PUT', `complaints/${id}`, { ...record, requestedRemedy: 'Refund both fees', valueTier: 2 });
    expect(put.status).toBe(200);
    trail = await events(id);
    expect(trail.at(-1)).toMatchObject({ action: 'update', actorRole: 'agent' });
    expect(trail.at(-1).payload).toEqual({ changes: { requestedRemedy: { from: null, to: 'Refund both fees' }, valueTier: { from: 1, to: 2 } } });
  });
});

describe('SLA bounds: no setting stops registration, no preview answers 500', () => {
  const TEHRAN = { timezone: 'Asia/Tehran', workingDays: ['sat', 'sun', 'mon', 'tue', 'wed'], hours: [['08:00', '17:30']] };
  const start = new Date().toISOString();
  const preview = (body: unknown) => api('director', 'POST', 'sla/preview', body);
  // Saturdays only, every Saturday for 2,000 weeks a holiday: decades without working time.
  const saturdays = Array.from({ length: 2000 }, (_v, i) => new Date(Date.UTC(2026, 0, 3) + i * 7 * DAY).toISOString().slice(0, 10));
  const NO_TIME = { timezone: 'Asia/Tehran', workingDays: ['sat'], hours: [['08:00', '17:30']], holidays: saturdays };

  it.each<[string, unknown, string]>([
    ['days 1e5', { calendar: TEHRAN, start, durations: [{ days: 1e5 }] }, 'durations.0.days'],
    ['days 1e9', { calendar: TEHRAN, start, durations: [{ days: 1e9 }] }, 'durations.0.days'],
    ['hours 1e9', { calendar: TEHRAN, start, durations: [{ hours: 1e9 }] }, 'durations.0.hours'],
    ['20,000 holidays', { calendar: { ...TEHRAN, holidays: Array.from({ length: 20_000 }, (_v, i) => new Date(Date.UTC(2027, 0, 1) + i * DAY).toISOString().slice(0, 10)) }, start, durations: [{ days: 1 }] }, 'calendar.holidays'],
    ['decades without working time', { calendar: NO_TIME, start: '2026-01-01T00:00:00Z', durations: [{ days: 1 }] }, 'calendar'],
  ])('preview with %s answers 400 naming the field', async (_name, body, path) => {
    const res = await preview(body);
    expect(res.status).toBe(400);
    expect(paths(res)).toContain(path);
  });

  it('refuses out-of-bounds policy targets and calendars with a 400 naming the field', async () => {
    const policy = (await dp.director.getList('sla-policies', { pagination: { page: 1, perPage: 1 }, sort: { field: 'priority', order: 'DESC' }, filter: { isDefault: true } })).data[0];
    try {
      for (const [field, value] of [['assessmentDays', 100000], ['evaluationDays', 366], ['acknowledgmentHours', 1e9], ['resolutionDays', -1], ['atRiskShare', 2]] as const) {
        const res = await api('director', 'PUT', `sla-policies/${policy.id}`, { ...policy, [field]: value });
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(paths(res)).toEqual([field]);
      }
      const ok = await api('director', 'PUT', `sla-policies/${policy.id}`, { ...policy, assessmentDays: 365 });
      expect(ok.status).toBe(200);
    } finally {
      // The other cases register complaints under this policy.
      await t.strapi.db.query('plugin::complaint-desk.sla-policy' as any).update({ where: { documentId: policy.id }, data: { assessmentDays: policy.assessmentDays, evaluationDays: policy.evaluationDays, acknowledgmentHours: policy.acknowledgmentHours, resolutionDays: policy.resolutionDays, atRiskShare: policy.atRiskShare } });
    }

    const created = await api('director', 'POST', 'business-calendars', { code: 'no-time', name: 'No time', ...NO_TIME });
    expect(created.status).toBe(400);
    expect(paths(created)).toEqual(['holidays']);
    const tooMany = await api('director', 'POST', 'business-calendars', { code: 'many', name: 'Many', ...TEHRAN, holidays: Array.from({ length: 20_000 }, (_v, i) => new Date(Date.UTC(2027, 0, 1) + i * DAY).toISOString().slice(0, 10)) });
    expect(tooMany.status).toBe(400);
    expect(paths(tooMany)).toEqual(['holidays']);
  });

  it('still registers when a stored policy or calendar is out of bounds (clamped, or calendar time)', async () => {
    const policies = t.strapi.db.query('plugin::complaint-desk.sla-policy' as any);
    const calendars = t.strapi.db.query('plugin::complaint-desk.business-calendar' as any);
    const policy = await policies.findOne({ where: { isDefault: true }, populate: { calendar: true } });
    const warn = jest.spyOn(t.strapi.log, 'warn');
    try {
      // Written past the console API (the admin panel, SQL): registration must not answer 500.
      await policies.update({ where: { id: policy.id }, data: { assessmentDays: 100000 } });
      let res = await api('agent', 'POST', 'complaints', complaintBody());
      expect(res.status).toBe(201);
      const due = new Date(res.body.sla.stages.find((s: any) => s.stage === 'assessment').dueAt).getTime();
      expect(due - Date.now()).toBeGreaterThan(365 * DAY);
      expect(due - Date.now()).toBeLessThan(3 * 365 * DAY);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('out of bounds (assessmentDays)'));

      await policies.update({ where: { id: policy.id }, data: { assessmentDays: policy.assessmentDays } });
      await calendars.update({ where: { id: policy.calendar.id }, data: { workingDays: NO_TIME.workingDays, holidays: NO_TIME.holidays } });
      res = await api('agent', 'POST', 'complaints', complaintBody());
      expect(res.status).toBe(201);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('calendar time'));
      const stored = await preview({ calendarId: policy.calendar.documentId, start, durations: [{ days: 1 }] });
      expect(stored.status).toBe(400);
      expect(paths(stored)).toEqual(['calendarId']);

      // A stored calendar past the bounds (20,000 holidays) is not used: calendar time, and a 400 for its preview.
      await calendars.update({ where: { id: policy.calendar.id }, data: { workingDays: policy.calendar.workingDays, holidays: Array.from({ length: 20_000 }, (_v, i) => new Date(Date.UTC(2030, 0, 1) + i * DAY).toISOString().slice(0, 10)) } });
      res = await api('agent', 'POST', 'complaints', complaintBody());
      expect(res.status).toBe(201);
      expect(paths(await preview({ calendarId: policy.calendar.documentId, start, durations: [{ days: 1 }] }))).toEqual(['calendarId']);
    } finally {
      warn.mockRestore();
      await policies.update({ where: { id: policy.id }, data: { assessmentDays: policy.assessmentDays } });
      await calendars.update({ where: { id: policy.calendar.id }, data: { workingDays: policy.calendar.workingDays, holidays: policy.calendar.holidays } });
    }
  });
});

describe('registration input', () => {
  it.each<[string, unknown]>([
    ['words', 'call me maybe'],
    ['a NUL byte', '0912\u0000555 0101'],
    ['too few digits', '12'],
    ['too many digits', '+98 912 555 0101 0101 01'],
  ])('refuses a phone of %s with a 400 naming customer.phone', async (_name, phone) => {
    const res = await api('agent', 'POST', 'complaints', complaintBody({ customer: { name: 'Reza', phone } }));
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(['customer.phone']);
  });

  it('accepts Persian and Arabic-Indic digits, stored as Latin digits', async () => {
    const res = await api('agent', 'POST', 'complaints', complaintBody({ customer: { name: 'Reza', phone: '+۹۸ ۹۱۲ ٥٥٥ ۰۱۰۲' } }));
    expect(res.status).toBe(201);
    expect(res.body.customer.phone).toBe('+98 912 555 0102');
  });

  it('validates the phone of the customers resource', async () => {
    const bad = await api('agent', 'POST', 'customers', { name: 'Li Wei', phone: 'call me maybe' });
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(['phone']);
    const ok = await api('agent', 'POST', 'customers', { name: 'Li Wei', phone: '+86 ١٣٨ 0000 1111' });
    expect(ok.status).toBe(201);
    expect(ok.body.phone).toBe('+86 138 0000 1111');
    const put = await api('agent', 'PUT', `customers/${ok.body.id}`, { ...ok.body, phone: 'ring\u0000' });
    expect(put.status).toBe(400);
    expect(paths(put)).toEqual(['phone']);
  });

  it('bounds receivedAt to 30 days back and records a backdate in the register event', async () => {
    const old = await api('agent', 'POST', 'complaints', complaintBody({ receivedAt: new Date(Date.now() - 31 * DAY).toISOString() }));
    expect(old.status).toBe(400);
    expect(paths(old)).toEqual(['receivedAt']);
    const ancient = await api('agent', 'POST', 'complaints', complaintBody({ receivedAt: '1999-01-01T00:00:00Z' }));
    expect(paths(ancient)).toEqual(['receivedAt']);
    const future = await api('agent', 'POST', 'complaints', complaintBody({ receivedAt: new Date(Date.now() + 10 * 60_000).toISOString() }));
    expect(paths(future)).toEqual(['receivedAt']);

    const receivedAt = new Date(Date.now() - 2 * DAY).toISOString();
    const res = await api('agent', 'POST', 'complaints', complaintBody({ receivedAt }));
    expect(res.status).toBe(201);
    const register = (await events(res.body.id))[0];
    expect(register.action).toBe('register');
    expect(register.payload.backdate).toMatchObject({ receivedAt });
    expect(register.payload.backdate.backdatedBySeconds).toBeGreaterThanOrEqual(2 * 86_400);
    expect(register.payload.backdate.backdatedBySeconds).toBeLessThan(2 * 86_400 + 60);
    const now = await api('agent', 'POST', 'complaints', complaintBody());
    expect((await events(now.body.id))[0].payload.backdate).toBeUndefined();
  });
});

describe('the category tree', () => {
  it('refuses a category as its own parent or under its own descendant, naming parentId', async () => {
    const list = async (code: string) => (await dp['content-editor'].getList('categories', { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: { code } })).data[0];
    const root = await list('general');
    const billing = await list('general.billing');
    expect(billing.parentId).toBe(root.id);
    for (const [id, parentId] of [[billing.id, billing.id], [root.id, billing.id]]) {
      const res = await api('content-editor', 'PUT', `categories/${id}`, { parentId });
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual(['parentId']);
    }
    const fa = await call(base, jwt['content-editor'], 'PUT', `/api/complaint-desk/categories/${root.id}?locale=fa`, { parentId: billing.id });
    expect(fa.status).toBe(400);
    expect(paths(fa)).toEqual(['parentId']);
    expect((await api('content-editor', 'PUT', `categories/${billing.id}`, { parentId: root.id })).status).toBe(200);
  });
});

describe('hidden characters', () => {
  it('keeps them as stored and marks them in list answers', async () => {
    const subject = 'Refund for invoice \u202Efdp.exe';
    const name = 'Ma\u200Bryam \u2066Ahmadi\u2069';
    const res = await api('agent', 'POST', 'complaints', complaintBody({ subject, customer: { name, phone: '+98 912 555 0103' } }));
    expect(res.status).toBe(201);
    const one = (await api('agent', 'GET', `complaints/${res.body.id}`)).body;
    expect(one.subject).toBe(subject);
    expect(one.customer.name).toBe(name);
    const listed = await api('agent', 'GET', `complaints?filter=${encodeURIComponent(JSON.stringify({ id: [res.body.id] }))}`);
    expect(listed.body[0].subject).toBe('Refund for invoice ⟦U+202E⟧fdp.exe');
    expect(listed.body[0].customer.name).toBe('Ma⟦U+200B⟧ryam ⟦U+2066⟧Ahmadi⟦U+2069⟧');
    const customers = await api('agent', 'GET', `customers?filter=${encodeURIComponent(JSON.stringify({ id: [res.body.customerId] }))}`);
    expect(customers.body[0].name).toBe('Ma⟦U+200B⟧ryam ⟦U+2066⟧Ahmadi⟦U+2069⟧');
    expect((await api('agent', 'GET', `customers/${res.body.customerId}`)).body.name).toBe(name);
  });
});

describe('malformed bodies', () => {
  it('answer 400 with one warning line and no error or stack trace', async () => {
    const warn = jest.spyOn(t.strapi.log, 'warn');
    const error = jest.spyOn(t.strapi.log, 'error');
    try {
      for (const [type, body] of [
        ['application/json', '{"channel": "phone", '],
        ['application/json', '\u0000'],
        ['application/json', '{"subject": "a"} trailing'],
        ['application/json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22])],
      ] as const) {
        warn.mockClear();
        const res = await fetch(`${base}/api/complaint-desk/complaints`, { method: 'POST', headers: { 'Content-Type': type, Authorization: `Bearer ${jwt.agent}` }, body });
        expect({ type, status: res.status }).toEqual({ type, status: 400 });
        expect(((await res.json()) as any).error).toMatchObject({ status: 400, name: 'ValidationError' });
        expect({ type, warnings: warn.mock.calls.length }).toEqual({ type, warnings: 1 });
        const line = String(warn.mock.calls[0][0]);
        expect(line).toMatch(/^Malformed request body: POST \/api\/complaint-desk\/complaints → 400/);
        expect(line).not.toMatch(/\n|\bat /);
      }
      // Too large: 413, also one warning line.
      warn.mockClear();
      const large = await fetch(`${base}/api/complaint-desk/complaints`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt.agent}` }, body: JSON.stringify({ subject: 'x'.repeat(2_000_000) }) });
      expect(large.status).toBe(413);
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^Malformed request body: POST \/api\/complaint-desk\/complaints → 413 \(entity.too.large\)$/)]);
      // A body of the wrong type is no JSON object: 400 too.
      const text = await fetch(`${base}/api/complaint-desk/complaints`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${jwt.agent}` }, body: 'call me maybe' });
      expect(text.status).toBe(400);
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
