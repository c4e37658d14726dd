/**
 * GET /api/complaint-desk/reports/:name on a fixed fixture with known answers for every report,
 * identical on SQLite and PostgreSQL: the business calendar is Tehran's (+03:30), so plain dates
 * are Tehran midnights and two complaints sit just outside the period by minutes. Also: the CSV
 * through a CSV parser, 400s naming the field, the access matrix and the team scope.
 */
import { parse } from 'csv-parse/sync';
import { call, listen, login } from '../helpers/api';
import { isPostgres, startStrapi, type TestApp } from '../helpers/strapi';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const ids: Record<string, string> = {};
const P = 'plugin::complaint-desk';
const docs = (name: string) => t.strapi.documents(`${P}.${name}` as any) as any;
const PERIOD = 'from=2026-01-01&to=2026-04-01';
const report = (role: string, name: string, query = PERIOD) => call(base, jwt[role], 'GET', `/api/complaint-desk/reports/${name}?${query}`);
const paths = (res: { body: any }) => (res.body?.error?.details?.errors ?? []).map((e: any) => e.path.join('.'));

/** A datetime as the dialect stores it, for the raw updates of timestamps Strapi sets itself. */
const stored = (iso: string) => (isPostgres() ? new Date(iso) : new Date(iso).getTime());
const HOUR = 3_600_000;
const plus = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms).toISOString();
const en = (documentId: string) => ({ connect: [{ documentId, locale: 'en' }] });
const one = (documentId: string) => ({ connect: [{ documentId }] });

let seq = 0;
async function complaint(key: string, data: Record<string, unknown>) {
  seq += 1;
  const row = await docs('complaint').create({
    data: { trackingCode: `RPT${String(seq).padStart(9, '0')}`, subject: `Complaint ${key}`, description: 'About the service', version: 1, responseRound: 1, escalationLevel: 'line1', ...data },
  });
  ids[key] = row.documentId;
  return row;
}

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'false' });
  base = await listen(t);
  const roleId = async (type: string) => (await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })).id;
  const users: Record<string, any> = {};
  for (const type of ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor']) {
    users[type] = await t.strapi.plugin('users-permissions').service('user').add({ username: `rp-${type}`, email: `${type}@rp.test`, password: 'Rp-Pass-2026', provider: 'local', confirmed: true, role: await roleId(type) });
    jwt[type] = await login(base, `${type}@rp.test`, 'Rp-Pass-2026');
  }
  const calendar = await docs('business-calendar').create({ data: { code: 'TEH', name: 'Tehran', timezone: 'Asia/Tehran', workingDays: ['sat', 'sun', 'mon', 'tue', 'wed'], hours: [['08:00', '17:00']] } });
  await docs('sla-policy').create({ data: { code: 'DEF', name: 'Default', isDefault: true, calendar: one(calendar.documentId) } });

  const t1 = await docs('team').create({ data: { code: 'T1', name: 'Alpha line 1', line: 'line1', area: 'service', members: { connect: [{ id: users.agent.id }] } } });
  const t2 = await docs('team').create({ data: { code: 'T2', name: 'Beta line 2', line: 'line2', area: 'network', members: { connect: [{ id: users.specialist.id }] } } });
  ids.T1 = t1.documentId;
  ids.T2 = t2.documentId;

  const category = async (key: string, data: Record<string, unknown>) => {
    const row = await docs('category').create({ data: { scheme: 'general', active: true, ...data }, locale: 'en' });
    ids[key] = row.documentId;
    return row;
  };
  await category('CA', { code: 'CA', name: 'Billing', regulatorClass: 'financial' });
  await category('CA1', { code: 'CA1', name: 'Double charge', parent: en(ids.CA) });
  await category('CB', { code: 'CB', name: 'Network', regulatorClass: 'service_quality' });
  await category('CC', { code: 'CC', name: 'Other' });

  for (const [key, code, sixM] of [['R1', 'RC-1', 'man'], ['R2', 'RC-2', 'method'], ['R3', 'RC-3', 'machine']]) {
    ids[key] = (await docs('root-cause').create({ data: { code, title: `Cause ${code}`, sixM, active: true } })).documentId;
  }
  for (const [key, name] of [['K1', 'Kamran Karimi'], ['K2', 'Katya Kuznetsova'], ['K3', 'Kai Kong']]) {
    ids[key] = (await docs('customer').create({ data: { name, phone: `+98 912 000 00${key.slice(1)}`, email: `${key.toLowerCase()}@example.test` } })).documentId;
  }
  ids.M1 = (await docs('mass-incident').create({ data: { title: 'Outage north', status: 'open', area: 'network', startedAt: '2026-01-05T00:00:00.000Z' } })).documentId;
  ids.M2 = (await docs('mass-incident').create({ data: { title: 'Outage south', status: 'resolved', area: 'network', startedAt: '2026-03-30T00:00:00.000Z' } })).documentId;
  ids.RV = (await docs('cft-review').create({ data: { title: 'Review', status: 'in_progress' } })).documentId;

  const team = { T1: t1.id, T2: t2.id } as const;
  const base1 = (tm: 'T1' | 'T2', cat: string | null, cust: string, causes: string[]) => ({
    queueTeamId: team[tm],
    team: one(ids[tm]),
    ...(cat && { category: en(ids[cat]) }),
    customer: one(ids[cust]),
    rootCauses: { connect: causes.map((c) => ({ documentId: ids[c] })) },
  });
  await complaint('c1', {
    ...base1('T1', 'CA', 'K1', ['R1']),
    receivedAt: '2026-01-10T10:00:00.000Z', channel: 'phone', language: 'en', status: 'closed', massIncident: one(ids.M1), resolvedAt: '2026-01-12T10:00:00.000Z',
    acknowledgmentDueAt: plus('2026-01-10T10:00:00.000Z', HOUR), acknowledgedAt: plus('2026-01-10T10:00:00.000Z', HOUR / 6),
    assessmentDueAt: plus('2026-01-10T10:00:00.000Z', 48 * HOUR), assessmentMetAt: plus('2026-01-10T10:00:00.000Z', 72 * HOUR),
  });
  await complaint('c2', { ...base1('T1', 'CA1', 'K1', ['R1', 'R2']), receivedAt: '2026-01-20T10:00:00.000Z', channel: 'phone', language: 'fa', status: 'resolved', escalationLevel: 'line2', massIncident: one(ids.M1), resolvedAt: '2026-02-05T10:00:00.000Z' });
  await complaint('c3', {
    ...base1('T2', 'CB', 'K1', ['R1']),
    receivedAt: '2026-01-31T21:00:00.000Z', channel: 'email', language: 'en', status: 'open_external', responseRound: 2,
    acknowledgmentDueAt: plus('2026-01-31T21:00:00.000Z', HOUR), acknowledgedAt: plus('2026-01-31T21:00:00.000Z', HOUR / 2),
  });
  await complaint('c4', {
    ...base1('T2', 'CB', 'K2', ['R2']),
    receivedAt: '2026-02-15T10:00:00.000Z', channel: 'email', language: 'ru', status: 'investigating', massIncident: one(ids.M1), cftReview: one(ids.RV),
    acknowledgmentDueAt: plus('2026-02-15T10:00:00.000Z', HOUR), acknowledgedAt: plus('2026-02-15T10:00:00.000Z', 2 * HOUR),
    assessmentDueAt: '2099-01-01T00:00:00.000Z',
  });
  await complaint('c5', { ...base1('T1', 'CC', 'K2', ['R3']), receivedAt: '2026-03-01T10:00:00.000Z', channel: 'web_form', language: 'zh', status: 'closed', cftReview: one(ids.RV), resolvedAt: '2026-03-02T10:00:00.000Z' });
  await complaint('c6', { ...base1('T2', null, 'K3', []), receivedAt: '2026-03-25T10:00:00.000Z', channel: 'sms', language: 'en', status: 'rejected' });
  // Tehran 2025-12-31 23:30 and 2026-04-01 00:15: outside the period by minutes.
  await complaint('c7', { ...base1('T1', 'CA', 'K3', ['R1']), receivedAt: '2025-12-31T20:00:00.000Z', channel: 'phone', language: 'en', status: 'closed' });
  await complaint('c8', { ...base1('T1', 'CA', 'K3', ['R1']), receivedAt: '2026-03-31T20:45:00.000Z', channel: 'phone', language: 'en', status: 'received', massIncident: one(ids.M2) });

  const survey = async (c: string, resultScore: number, processScore: number, createdAt: string) => {
    const s = await docs('survey').create({ data: { resultScore, processScore, round: 1, complaint: one(ids[c]) } });
    await t.strapi.db.connection(t.strapi.db.metadata.get(`${P}.survey` as any).tableName).where({ id: s.id }).update({ created_at: stored(createdAt) });
  };
  await survey('c1', 5, 4, '2026-01-13T10:00:00.000Z');
  await survey('c2', 2, 2, '2026-02-06T10:00:00.000Z');
  await survey('c5', 5, 5, '2026-03-03T10:00:00.000Z');
  await survey('c7', 1, 1, '2025-12-31T10:00:00.000Z');

  const action = async (key: string, data: Record<string, unknown>) => {
    ids[key] = (await docs('corrective-action').create({ data: { kind: 'corrective', ...data } })).documentId;
  };
  await action('A1', { title: 'Billing script fix', status: 'verification', implementedAt: '2026-01-15T00:00:00.000Z', verificationWindowDays: 30, rootCause: one(ids.R1), category: en(ids.CA) });
  await action('A2', {
    title: 'Training', status: 'ineffective', implementedAt: '2026-02-01T00:00:00.000Z', rootCause: one(ids.R2),
    effectivenessResult: 'ineffective', effectivenessOverride: { result: 'effective', justification: 'Recurrences were of another cause' },
  });
  await action('A3', { title: 'Old action', status: 'effective', implementedAt: '2025-06-01T00:00:00.000Z', rootCause: one(ids.R1) });
}, 300_000);

afterAll(async () => {
  await t?.close();
});

const approx = (rows: any[], keys: string[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, typeof r[k] === 'number' ? Math.round(r[k] * 10_000) / 10_000 : r[k]])));

describe('the nine reports on the fixture', () => {
  it('root-causes: the Pareto with shares and cumulative shares', async () => {
    const res = await report('quality-manager', 'root-causes');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'root-causes', scope: 'all', query: { from: '2025-12-31T20:30:00.000Z', to: '2026-03-31T20:30:00.000Z' } });
    expect(approx(res.body.rows, ['rootCauseId', 'code', 'sixM', 'count', 'share', 'cumulativeShare'])).toEqual([
      { rootCauseId: ids.R1, code: 'RC-1', sixM: 'man', count: 3, share: 0.5, cumulativeShare: 0.5 },
      { rootCauseId: ids.R2, code: 'RC-2', sixM: 'method', count: 2, share: 0.3333, cumulativeShare: 0.8333 },
      { rootCauseId: ids.R3, code: 'RC-3', sixM: 'machine', count: 1, share: 0.1667, cumulativeShare: 1 },
    ]);
    expect(res.body.columns.map((c: any) => c.field)).toEqual(['code', 'title', 'sixM', 'count', 'share', 'cumulativeShare']);
  });

  it('root-causes: each filter narrows the complaints counted', async () => {
    const counts = async (q: string) => (await report('director', 'root-causes', `${PERIOD}&${q}`)).body.rows.map((r: any) => [r.code, r.count]);
    expect(await counts('channel=phone')).toEqual([['RC-1', 2], ['RC-2', 1]]);
    expect(await counts('language=en')).toEqual([['RC-1', 2]]);
    expect(await counts(`teamId=${ids.T2}`)).toEqual([['RC-1', 1], ['RC-2', 1]]);
    expect(await counts(`categoryId=${ids.CA}`)).toEqual([['RC-1', 2], ['RC-2', 1]]);
    expect(await counts(`categoryId=${ids.CA1}`)).toEqual([['RC-1', 1], ['RC-2', 1]]);
  });

  it('trends: Tehran months, Gregorian and Jalali, empty buckets included', async () => {
    const greg = await report('director', 'trends', `${PERIOD}&interval=month`);
    expect(greg.status).toBe(200);
    expect(greg.body).toMatchObject({ timeZone: 'Asia/Tehran', calendar: 'gregorian' });
    expect(greg.body.rows).toEqual([
      { bucket: '2026-01-01', start: '2025-12-31T20:30:00.000Z', end: '2026-01-31T20:30:00.000Z', received: 2, resolved: 1 },
      { bucket: '2026-02-01', start: '2026-01-31T20:30:00.000Z', end: '2026-02-28T20:30:00.000Z', received: 2, resolved: 1 },
      { bucket: '2026-03-01', start: '2026-02-28T20:30:00.000Z', end: '2026-03-31T20:30:00.000Z', received: 2, resolved: 1 },
    ]);
    const jalali = await report('director', 'trends', `${PERIOD}&interval=month&locale=fa`);
    expect(jalali.body.calendar).toBe('jalali');
    expect(jalali.body.rows.map((r: any) => [r.bucket, r.start, r.received, r.resolved])).toEqual([
      ['1404-10-01', '2025-12-31T20:30:00.000Z', 2, 1],
      ['1404-11-01', '2026-01-20T20:30:00.000Z', 2, 1],
      ['1404-12-01', '2026-02-19T20:30:00.000Z', 1, 1],
      ['1405-01-01', '2026-03-20T20:30:00.000Z', 1, 0],
    ]);
    const days = await report('director', 'trends', 'from=2026-01-31&to=2026-02-02&interval=day');
    expect(days.body.rows.map((r: any) => [r.bucket, r.received])).toEqual([['2026-01-31', 0], ['2026-02-01', 1]]);
  });

  it('sla-compliance: met, breached and pending per stage and team', async () => {
    const res = await report('director', 'sla-compliance');
    expect(res.body.rows).toEqual([
      { stage: 'acknowledgment', teamId: ids.T1, teamName: 'Alpha line 1', met: 1, breached: 0, pending: 0, compliance: 1 },
      { stage: 'acknowledgment', teamId: ids.T2, teamName: 'Beta line 2', met: 1, breached: 1, pending: 0, compliance: 0.5 },
      { stage: 'assessment', teamId: ids.T1, teamName: 'Alpha line 1', met: 0, breached: 1, pending: 0, compliance: 0 },
      { stage: 'assessment', teamId: ids.T2, teamName: 'Beta line 2', met: 0, breached: 0, pending: 1, compliance: null },
    ]);
  });

  it('capa-effectiveness: complaints of the root cause before and after, in the category subtree', async () => {
    const res = await report('quality-manager', 'capa-effectiveness');
    expect(res.body.rows.map((r: any) => [r.correctiveActionId, r.rootCauseCode, r.verificationWindowDays, r.before, r.after, r.result])).toEqual([
      [ids.A1, 'RC-1', 30, 2, 1, null],
      [ids.A2, 'RC-2', 90, 1, 1, 'effective'],
    ]);
    const inCategory = await report('quality-manager', 'capa-effectiveness', `${PERIOD}&categoryId=${ids.CA}`);
    expect(inCategory.body.rows.map((r: any) => r.correctiveActionId)).toEqual([ids.A1]);
  });

  it('first-contact-resolution: per channel', async () => {
    const res = await report('director', 'first-contact-resolution');
    const byChannel = Object.fromEntries(res.body.rows.map((r: any) => [r.channel, [r.concluded, r.firstContact, r.share]]));
    expect(byChannel).toMatchObject({ phone: [2, 1, 0.5], email: [1, 0, 0], web_form: [1, 0, 0], sms: [0, 0, null], fax: [0, 0, null] });
    expect(res.body.rows).toHaveLength(11);
  });

  it('satisfaction: the score distributions of surveys recorded in the period', async () => {
    const res = await report('director', 'satisfaction');
    expect(res.body.rows).toEqual([
      { score: 1, result: 0, process: 0 },
      { score: 2, result: 1, process: 1 },
      { score: 3, result: 0, process: 0 },
      { score: 4, result: 0, process: 1 },
      { score: 5, result: 2, process: 1 },
    ]);
  });

  it('repeat-complainants: personal data for the quality manager, masked for the cft-member', async () => {
    const qm = await report('quality-manager', 'repeat-complainants');
    expect(qm.body.rows).toEqual([
      { customerId: ids.K1, name: 'Kamran Karimi', phone: '+98 912 000 001', email: 'k1@example.test', complaints: 3, firstReceivedAt: '2026-01-10T10:00:00.000Z', lastReceivedAt: '2026-01-31T21:00:00.000Z' },
      { customerId: ids.K2, name: 'Katya Kuznetsova', phone: '+98 912 000 002', email: 'k2@example.test', complaints: 2, firstReceivedAt: '2026-02-15T10:00:00.000Z', lastReceivedAt: '2026-03-01T10:00:00.000Z' },
    ]);
    const cft = await report('cft-member', 'repeat-complainants');
    expect(cft.status).toBe(200);
    expect(cft.body.rows.map((r: any) => [r.customerId, r.name, r.phone, r.email, r.complaints])).toEqual([
      [ids.K1, null, null, null, 3],
      [ids.K2, null, null, null, 2],
    ]);
  });

  it('regulator: the five classes, inherited by subcategories, and the unmapped', async () => {
    const res = await report('director', 'regulator');
    expect(approx(res.body.rows, ['regulatorClass', 'count', 'share'])).toEqual([
      { regulatorClass: 'support', count: 0, share: 0 },
      { regulatorClass: 'financial', count: 2, share: 0.3333 },
      { regulatorClass: 'contract', count: 0, share: 0 },
      { regulatorClass: 'service_quality', count: 2, share: 0.3333 },
      { regulatorClass: 'service_not_provided', count: 0, share: 0 },
      { regulatorClass: null, count: 2, share: 0.3333 },
    ]);
  });

  it('mass-incidents: complaints in the period and those still open', async () => {
    const res = await report('director', 'mass-incidents');
    expect(res.body.rows).toEqual([{ massIncidentId: ids.M1, title: 'Outage north', status: 'open', startedAt: '2026-01-05T00:00:00.000Z', endedAt: null, complaints: 3, open: 1 }]);
  });
});

describe('CSV', () => {
  it('UTF-8 with a BOM, labels in the caller language, round-trips through a CSV parser', async () => {
    const res = await fetch(`${base}/api/complaint-desk/reports/root-causes?${PERIOD}&format=csv&locale=fa`, { headers: { Authorization: `Bearer ${jwt['quality-manager']}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="root-causes-/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(Buffer.from(bytes), { bom: true });
    expect(records[0]).toEqual(['کد', 'عنوان', 'دسته ۶M', 'شکایت‌ها', 'سهم', 'سهم تجمعی']);
    expect(records.slice(1).map((r) => [r[0], Number(r[3]), Number(r[5])])).toEqual([
      ['RC-1', 3, 0.5],
      ['RC-2', 2, 5 / 6],
      ['RC-3', 1, 1],
    ]);
  });

  it('the Accept-Language header names the labels when no locale is given; personal columns only for roles that see them', async () => {
    const get = async (role: string, lang: string) => {
      const res = await fetch(`${base}/api/complaint-desk/reports/repeat-complainants?${PERIOD}&format=csv`, { headers: { Authorization: `Bearer ${jwt[role]}`, 'Accept-Language': lang } });
      return parse(Buffer.from(await res.arrayBuffer()), { bom: true }) as string[][];
    };
    const zh = await get('director', 'zh-CN,zh;q=0.9');
    expect(zh[0]).toEqual(['客户', '姓名', '电话', '电子邮件', '投诉数', '首次收到', '最近收到']);
    expect(zh[1].slice(0, 2)).toEqual([ids.K1, 'Kamran Karimi']);
    const ru = await get('cft-member', 'ru');
    expect(ru[0]).toEqual(['Клиент', 'Жалобы', 'Первая жалоба', 'Последняя жалоба']);
    expect(ru.slice(1).map((r) => r[0])).toEqual([ids.K1, ids.K2]);
  });
});

describe('400s name the field', () => {
  it.each([
    ['root-causes', 'from=2026-04-01&to=2026-01-01', 'from'],
    ['no-such-report', PERIOD, 'name'],
    ['trends', 'from=2020-01-01&to=2026-01-02', 'to'],
    ['trends', `${PERIOD}&interval=year`, 'interval'],
    ['root-causes', `${PERIOD}&channel=pigeon`, 'channel'],
    ['root-causes', `${PERIOD}&language=de`, 'language'],
    ['root-causes', `${PERIOD}&calendar=lunar`, 'calendar'],
    ['root-causes', 'from=yesterday&to=2026-01-01', 'from'],
    ['root-causes', `${PERIOD}&color=red`, 'color'],
    ['root-causes', `${PERIOD}&categoryId=nosuchcategory`, 'categoryId'],
    ['root-causes', `${PERIOD}&teamId=nosuchteam`, 'teamId'],
  ])('%s?%s → 400 naming %s', async (name, query, field) => {
    const res = await report('director', name, query);
    expect(res.status).toBe(400);
    expect(paths(res)).toContain(field);
  });

  it('five years exactly is allowed', async () => {
    expect((await report('director', 'trends', 'from=2021-01-01&to=2026-01-01')).status).toBe(200);
  });
});

describe('access', () => {
  it.each([
    ['agent', 200],
    ['specialist', 200],
    ['director', 200],
    ['quality-manager', 200],
    ['cft-member', 200],
    ['content-editor', 403],
  ])('%s → %d', async (role, status) => {
    const res = await report(role, 'root-causes');
    expect(res.status).toBe(status);
  });

  it('401 without a token', async () => {
    expect((await call(base, null, 'GET', `/api/complaint-desk/reports/root-causes?${PERIOD}`)).status).toBe(401);
  });

  it("an agent's figures are its teams' only; another team's is 403 with the reason", async () => {
    const agent = await report('agent', 'root-causes');
    expect(agent.body.scope).toBe('team');
    expect(agent.body.rows.map((r: any) => [r.code, r.count])).toEqual([['RC-1', 2], ['RC-2', 1], ['RC-3', 1]]);
    const repeat = await report('agent', 'repeat-complainants');
    expect(repeat.body.rows.map((r: any) => [r.customerId, r.complaints, r.name])).toEqual([[ids.K1, 2, 'Kamran Karimi']]);
    const capa = await report('agent', 'capa-effectiveness');
    expect(capa.body.rows.map((r: any) => [r.correctiveActionId, r.before, r.after])).toEqual([[ids.A1, 2, 1], [ids.A2, 1, 0]]);
    const own = await report('specialist', 'root-causes', `${PERIOD}&teamId=${ids.T2}`);
    expect(own.body.rows.map((r: any) => [r.code, r.count])).toEqual([['RC-1', 1], ['RC-2', 1]]);
    const other = await report('specialist', 'root-causes', `${PERIOD}&teamId=${ids.T1}`);
    expect(other.status).toBe(403);
    expect(other.body.error.details.reason).toBe('team_scope');
  });
});

describe('root causes on complaints', () => {
  const list = (role: string, filter: unknown, extra = '') =>
    call(base, jwt[role], 'GET', `/api/complaint-desk/complaints?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["receivedAt","ASC"]')}&range=[0,49]${extra}`);

  it('the complaint record carries rootCauseIds', async () => {
    const one = await call(base, jwt.director, 'GET', `/api/complaint-desk/complaints/${ids.c2}`);
    expect(one.status).toBe(200);
    expect([...one.body.rootCauseIds].sort()).toEqual([ids.R1, ids.R2].sort());
    const none = await call(base, jwt.director, 'GET', `/api/complaint-desk/complaints/${ids.c6}`);
    expect(none.body.rootCauseIds).toEqual([]);
  });

  it('the complaint list filters by root cause, one or several', async () => {
    const r1 = await list('director', { rootCauseIds: ids.R1 });
    expect(r1.status).toBe(200);
    expect(r1.body.map((c: any) => c.id)).toEqual([ids.c7, ids.c1, ids.c2, ids.c3, ids.c8]);
    expect(r1.headers.get('content-range')).toMatch(/\/5$/);
    const r2r3 = await list('director', { rootCauseIds: [ids.R2, ids.R3] });
    expect(r2r3.body.map((c: any) => c.id)).toEqual([ids.c2, ids.c4, ids.c5]);
    const drill = await list('director', { rootCauseIds: ids.R1, receivedAt_gte: '2025-12-31T20:30:00.000Z', receivedAt_lt: '2026-03-31T20:30:00.000Z' });
    // The Pareto's drill-down: a root cause within the report's period.
    expect(drill.status).toBe(200);
    expect(drill.body.map((c: any) => c.id)).toEqual([ids.c1, ids.c2, ids.c3]);
    expect((await list('director', { rootCauseIds: 'nosuchcause' })).body).toEqual([]);
  });

  it('the root-cause list counts complaints in the chosen period', async () => {
    const res = await call(base, jwt.director, 'GET', `/api/complaint-desk/root-causes?sort=${encodeURIComponent('["code","ASC"]')}&complaintsFrom=2026-01-01&complaintsTo=2026-04-01`);
    expect(res.status).toBe(200);
    expect(res.body.map((r: any) => [r.code, r.complaintCount])).toEqual([['RC-1', 3], ['RC-2', 2], ['RC-3', 1]]);
    const wider = await call(base, jwt.agent, 'GET', `/api/complaint-desk/root-causes/${ids.R1}?complaintsFrom=2025-12-01&complaintsTo=2026-05-01`);
    expect(wider.body).toMatchObject({ id: ids.R1, complaintCount: 5 });
    const bad = await call(base, jwt.director, 'GET', '/api/complaint-desk/root-causes?complaintsFrom=2026-05-01&complaintsTo=2026-01-01');
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(['complaintsFrom']);
  });
});
