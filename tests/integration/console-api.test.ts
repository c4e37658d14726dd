/**
 * The console API through the console's real client, ra-data-simple-rest, from Node:
 * getList, getOne, getMany, getManyReference, create, update and delete on every resource;
 * whitelisted filters and sorts; full-text search; named queues; personal data masking; CORS.
 */
import { isPostgres, startStrapi, type TestApp } from '../helpers/strapi';
import { call, listen, loginDemoStaff, type DataProvider } from '../helpers/api';
import { formatTrackingCode } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

let t: TestApp;
let base: string;
const jwt: Record<string, string> = {};
const dp: Record<string, DataProvider> = {};
const ref: Record<string, string> = {};

const page = (perPage = 25, p = 1) => ({ page: p, perPage });
const list = (role: string, resource: string, filter: Record<string, unknown> = {}, sort = { field: 'id', order: 'ASC' }, perPage = 25) =>
  dp[role].getList(resource, { pagination: page(perPage), sort, filter });

beforeAll(async () => {
  // The console's dev server as a configured origin: the CORS test below reads the exposed headers.
  t = await startStrapi({ DEMO_SEED_ON_START: 'true', CORS_ORIGINS: 'http://localhost:5173' });
  base = await listen(t);
  await loginDemoStaff(base, jwt, dp);
  for (const u of (await list('director', 'users')).data) ref[u.role] = u.id;
  ref.calendar = (await list('director', 'business-calendars', { code: 'tehran' })).data[0].id;
  ref.team = (await list('director', 'teams', { code: 'network-line1' })).data[0].id;
  ref.category = (await list('agent', 'categories', { code: 'general' })).data[0].id;
  ref.rootCause = (await list('agent', 'root-causes')).data[0].id;
  ref.review = (await list('agent', 'cft-reviews')).data[0].id;
  // A fresh registration also puts its acknowledgment into the outbox.
  ref.complaint = (await dp.agent.create('complaints', { data: { channel: 'email', subject: 'Slow data', description: 'Since Monday', customer: { name: 'Elena Kuznetsova', email: 'elena@example.test' }, language: 'ru' } })).data.id;
});

afterAll(async () => {
  await t?.close();
});

interface Case {
  writer: string;
  deleter?: string;
  create: () => Record<string, unknown>;
  update: Record<string, unknown>;
  reference: () => { target: string; id: unknown };
  readOnly?: boolean;
}

const CASES: Record<string, Case> = {
  customers: {
    writer: 'agent',
    deleter: 'director',
    create: () => ({ name: 'Ivan Petrov', phone: '+7 916 111 2233', email: 'ivan@example.test', preferredLanguage: 'ru', valueTier: 3 }),
    update: { valueTier: 4 },
    reference: () => ({ target: 'preferredLanguage', id: 'ru' }),
  },
  categories: {
    writer: 'content-editor',
    create: () => ({ code: 'general.test', scheme: 'general', name: 'Test category', area: 'service', parentId: ref.category }),
    update: { name: 'Renamed category' },
    reference: () => ({ target: 'parentId', id: ref.category }),
  },
  channels: {
    writer: 'content-editor',
    create: () => ({ code: 'fax', name: 'Second fax line', contact: '+98 21 0000', answeringDays: 'working_days', hours: [['08:00', '17:30']], calendarId: ref.calendar }),
    update: { contact: '+98 21 1111' },
    reference: () => ({ target: 'calendarId', id: ref.calendar }),
  },
  'response-templates': {
    writer: 'content-editor',
    create: () => ({ code: 'test.sms', purpose: 'survey', channel: 'sms', name: 'Test', body: 'Hello {{customerName}}' }),
    update: { body: 'Hi {{customerName}}' },
    reference: () => ({ target: 'purpose', id: 'survey' }),
  },
  teams: {
    writer: 'director',
    create: () => ({ code: 'network-line3', name: 'Network line 3', line: 'line2', area: 'network', memberIds: [ref.specialist], leadId: ref.director, calendarId: ref.calendar }),
    update: { name: 'Network escalations' },
    reference: () => ({ target: 'memberIds', id: ref.agent }),
  },
  'sla-policies': {
    writer: 'director',
    create: () => ({ code: 'gold', name: 'Gold customers', priority: 10, minValueTier: 3, maxValueTier: 4, assessmentDays: 1, evaluationDays: 2, resolutionDays: 1, calendarId: ref.calendar }),
    update: { evaluationDays: 3 },
    reference: () => ({ target: 'calendarId', id: ref.calendar }),
  },
  'business-calendars': {
    writer: 'director',
    create: () => ({ code: 'dubai', name: 'Dubai', timezone: 'Asia/Dubai', workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: [['09:00', '18:00']] }),
    update: { name: 'Dubai office' },
    reference: () => ({ target: 'timezone', id: 'Asia/Tehran' }),
  },
  'cft-reviews': {
    writer: 'quality-manager',
    create: () => ({ title: 'Why do routers reboot?', status: 'planned', fiveWhys: ['Reboots'], fishbone: { machine: ['firmware'] }, leaderId: ref['quality-manager'], memberIds: [ref['cft-member']], rootCauseIds: [ref.rootCause] }),
    update: { status: 'in_progress', conclusion: 'Firmware watchdog' },
    reference: () => ({ target: 'memberIds', id: ref['cft-member'] }),
  },
  'root-causes': {
    writer: 'quality-manager',
    create: () => ({ code: 'machine.firmware', title: 'Router firmware defect', sixM: 'machine' }),
    update: { description: 'Watchdog resets' },
    reference: () => ({ target: 'sixM', id: 'machine' }),
  },
  'corrective-actions': {
    writer: 'quality-manager',
    create: () => ({ title: 'Ship firmware 2.1', kind: 'corrective', dueAt: '2027-02-01', ownerId: ref['quality-manager'], rootCauseId: ref.rootCause, cftReviewId: ref.review }),
    // The status moves only by the lifecycle actions (tests/integration/capa.test.ts).
    update: { description: 'Ship it to every router model' },
    reference: () => ({ target: 'cftReviewId', id: ref.review }),
  },
  'mass-incidents': {
    writer: 'director',
    create: () => ({ title: 'Fibre cut, east', startedAt: '2026-11-22T08:00:00.000Z', area: 'network', handlingAlgorithm: 'Apologise and link.', categoryId: ref.category }),
    update: { status: 'resolved', endedAt: '2026-11-22T18:00:00.000Z' },
    reference: () => ({ target: 'status', id: 'open' }),
  },
  users: { writer: 'director', readOnly: true, create: () => ({ email: 'x@example.test' }), update: { username: 'x' }, reference: () => ({ target: 'email', id: 'agent@demo.local' }) },
  approvals: { writer: 'director', readOnly: true, create: () => ({ decision: 'approved' }), update: { decision: 'approved' }, reference: () => ({ target: 'decision', id: 'approved' }) },
  'complaint-events': { writer: 'director', readOnly: true, create: () => ({ action: 'forged' }), update: { action: 'forged' }, reference: () => ({ target: 'complaintId', id: ref.complaint }) },
  notifications: { writer: 'director', readOnly: true, create: () => ({ status: 'sent' }), update: { status: 'sent' }, reference: () => ({ target: 'status', id: 'pending' }) },
  surveys: { writer: 'director', readOnly: true, create: () => ({ resultScore: 5 }), update: { resultScore: 1 }, reference: () => ({ target: 'resultScore', id: 5 }) },
};

describe.each(Object.entries(CASES))('%s', (resource, c) => {
  it('getList, getOne, getMany and getManyReference', async () => {
    const all = await list(c.writer, resource, {}, { field: 'id', order: 'ASC' }, 5);
    expect(all.total).toBeGreaterThan(0);
    expect(all.data.length).toBeLessThanOrEqual(5);
    for (const row of all.data) expect(typeof row.id).toBe('string');
    const one = await dp[c.writer].getOne(resource, { id: all.data[0].id });
    expect(one.data.id).toBe(all.data[0].id);
    const many = await dp[c.writer].getMany(resource, { ids: all.data.slice(0, 2).map((r) => r.id) });
    expect(many.data.map((r) => r.id).sort()).toEqual(all.data.slice(0, 2).map((r) => r.id).sort());
    const { target, id } = c.reference();
    const refd = await dp[c.writer].getManyReference(resource, { target, id, pagination: page(10), sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(refd.total).toBeGreaterThan(0);
    for (const row of refd.data) {
      const v = row[target];
      expect(Array.isArray(v) ? v : [v]).toContain(id);
    }
  });

  if (c.readOnly) {
    it('is read-only: create, update and delete answer 405', async () => {
      const any = (await list(c.writer, resource, {}, { field: 'id', order: 'ASC' }, 1)).data[0];
      await expect(dp[c.writer].create(resource, { data: c.create() })).rejects.toMatchObject({ status: 405 });
      await expect(dp[c.writer].update(resource, { id: any.id, data: c.update, previousData: any })).rejects.toMatchObject({ status: 405 });
      await expect(dp[c.writer].delete(resource, { id: any.id, previousData: any })).rejects.toMatchObject({ status: 405 });
    });
  } else {
    it('create, update (full record) and delete', async () => {
      const created = (await dp[c.writer].create(resource, { data: c.create() })).data;
      expect(created).toMatchObject(c.create());
      const updated = (await dp[c.writer].update(resource, { id: created.id, data: { ...created, ...c.update }, previousData: created })).data;
      expect(updated).toMatchObject({ ...c.update, id: created.id });
      expect((await dp[c.writer].getOne(resource, { id: created.id })).data).toMatchObject(c.update);
      const deleted = (await dp[c.deleter ?? c.writer].delete(resource, { id: created.id, previousData: updated })).data;
      expect(deleted.id).toBe(created.id);
      if (resource === 'customers') {
        // DELETE of a customer is the erasure of personal data; the record stays for the complaints.
        expect((await dp.director.getOne(resource, { id: created.id })).data).toMatchObject({ name: '(erased)', phone: null, email: null, erasedAt: expect.any(String) });
      } else {
        await expect(dp[c.writer].getOne(resource, { id: created.id })).rejects.toMatchObject({ status: 404 });
      }
    });

    it('answers 400 with field paths for a bad body', async () => {
      const res = await call(base, jwt[c.writer], 'POST', `/api/complaint-desk/${resource}`, { noSuchField: 1 });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('noSuchField');
    });
  }
});

describe('complaints', () => {
  it('lists, reads, gets many and by reference, registers, updates; never deletes', async () => {
    const page1 = await list('agent', 'complaints', { status: 'investigating' }, { field: 'slaDueAt', order: 'ASC' }, 10);
    expect(page1.total).toBeGreaterThan(10);
    expect(page1.data).toHaveLength(10);
    const dues = page1.data.map((r) => r.slaDueAt);
    expect([...dues].sort()).toEqual(dues);
    for (const r of page1.data) {
      expect(r.status).toBe('investigating');
      expect(r).toEqual(expect.objectContaining({ trackingCode: expect.any(String), availableActions: expect.any(Array), sla: { stages: expect.any(Array) }, customer: expect.objectContaining({ name: expect.any(String) }) }));
    }
    const page2 = await dp.agent.getList('complaints', { pagination: page(10, 2), sort: { field: 'slaDueAt', order: 'ASC' }, filter: { status: 'investigating' } });
    expect(page2.data[0].id).not.toBe(page1.data[0].id);
    const many = await dp.agent.getMany('complaints', { ids: page1.data.slice(0, 3).map((r) => r.id) });
    expect(many.data).toHaveLength(3);
    const byCustomer = await dp.agent.getManyReference('complaints', { target: 'customerId', id: page1.data[0].customerId, pagination: page(), sort: { field: 'receivedAt', order: 'DESC' }, filter: {} });
    expect(byCustomer.data.every((r) => r.customerId === page1.data[0].customerId)).toBe(true);

    const created = (await dp.agent.create('complaints', { data: { channel: 'in_person', subject: 'Store refused a return', description: 'Within 14 days', customer: { name: 'Li Wei', phone: '+86 138 0000 1111' }, language: 'zh' } })).data;
    expect(created).toMatchObject({ status: 'received', channel: 'in_person', language: 'zh', registeredById: ref.agent, pin: expect.stringMatching(/^\d{6}$/) });
    const updated = (await dp.agent.update('complaints', { id: created.id, data: { ...created, subject: 'Store refused a return (receipt attached)' }, previousData: created })).data;
    expect(updated).toMatchObject({ subject: 'Store refused a return (receipt attached)', version: 2, status: 'received' });
    const stale = await call(base, jwt.agent, 'PUT', `/api/complaint-desk/complaints/${created.id}`, { ...created, subject: 'stale write' });
    expect(stale.status).toBe(409);
    await expect(dp.director.delete('complaints', { id: created.id, previousData: updated })).rejects.toMatchObject({ status: 405 });
  });

  it('filters with operator suffixes and refuses unknown filter and sort fields', async () => {
    const since = '2026-11-10T00:00:00.000Z';
    const recent = await list('agent', 'complaints', { receivedAt_gte: since, status_ne: 'closed', language_in: ['fa', 'ru'] }, { field: 'receivedAt', order: 'DESC' }, 50);
    expect(recent.total).toBeGreaterThan(0);
    for (const r of recent.data) {
      expect(r.receivedAt >= since).toBe(true);
      expect(r.status).not.toBe('closed');
      expect(['fa', 'ru']).toContain(r.language);
    }
    const unknownFilter = await call(base, jwt.agent, 'GET', `/api/complaint-desk/complaints?filter=${encodeURIComponent(JSON.stringify({ pinHash: 'x' }))}`);
    expect(unknownFilter.status).toBe(400);
    expect(unknownFilter.body.error.details.errors[0].path).toEqual(['filter', 'pinHash']);
    const unknownSort = await call(base, jwt.agent, 'GET', `/api/complaint-desk/complaints?sort=${encodeURIComponent('["description","ASC"]')}`);
    expect(unknownSort.status).toBe(400);
    const badRange = await call(base, jwt.agent, 'GET', `/api/complaint-desk/complaints?range=${encodeURIComponent('[0,5000]')}`);
    expect(badRange.status).toBe(400);
  });

  it('lists the same records as it reads one by one (the page is one SQL statement)', async () => {
    // The list maps rows itself (database/row-mapper.ts columnMapper) and loads approvals and
    // surveys only for the statuses that can use them; a read goes through Strapi's query engine
    // and loads everything. Every complaint for a role that sees personal data, a page for one that does not.
    const elapsed = (r: any) => r.sla.stages.map((st: any) => st.elapsedShare);
    const withoutClock = (r: any) => ({ ...r, sla: { stages: r.sla.stages.map(({ elapsedShare: _e, ...st }: any) => st) } });
    for (const [role, pages] of [['director', Infinity], ['content-editor', 1]] as const) {
      let seen = 0;
      for (let p = 1; p <= pages; p++) {
        const res = await dp[role].getList('complaints', { pagination: page(100, p), sort: { field: 'id', order: 'ASC' }, filter: {} });
        for (const listed of res.data) {
          const read = (await call(base, jwt[role], 'GET', `/api/complaint-desk/complaints/${listed.id}`)).body;
          expect(withoutClock(listed)).toEqual(withoutClock(read));
          elapsed(listed).forEach((e: number | null, i: number) => expect(Math.abs((e ?? 0) - (elapsed(read)[i] ?? 0))).toBeLessThanOrEqual(0.002));
        }
        seen += res.data.length;
        if (seen >= res.total || res.data.length === 0) break;
      }
      expect(seen).toBeGreaterThanOrEqual(pages === 1 ? 100 : 300);
    }
  });

  it('filters by one team, by a list of teams and past the last page with the same totals', async () => {
    const one = await list('director', 'complaints', { teamId: ref.team }, { field: 'slaDueAt', order: 'ASC' }, 100);
    const asList = await list('director', 'complaints', { teamId: [ref.team] }, { field: 'slaDueAt', order: 'ASC' }, 100);
    expect(one.total).toBeGreaterThan(0);
    expect(one.data.every((r) => r.teamId === ref.team)).toBe(true);
    expect(asList.total).toBe(one.total);
    expect(asList.data.map((r) => r.id)).toEqual(one.data.map((r) => r.id));
    const none = await list('director', 'complaints', { teamId: 'nosuchdocumentid000000000' });
    expect(none).toMatchObject({ total: 0, data: [] });
    // An empty page beyond the end still carries the total in Content-Range.
    const past = await call(base, jwt.director, 'GET', `/api/complaint-desk/complaints?filter=${encodeURIComponent(JSON.stringify({ teamId: ref.team }))}&range=${encodeURIComponent('[5000,5024]')}`);
    expect(past.status).toBe(200);
    expect(past.body).toEqual([]);
    expect(past.headers.get('content-range')).toMatch(new RegExp(`/${one.total}$`));
  });

  it('answers a page the same when it runs as a prepared statement (PostgreSQL: named from its second run, generic plan from the sixth)', async () => {
    // On by default (LIST_PREPARED_STATEMENTS): see docs/ARCHITECTURE.md.
    expect(t.strapi.config.get('plugin::complaint-desk.listPreparedStatements')).toBe(true);
    const names: Array<string | undefined> = [];
    const onQuery = (q: any) => {
      if (String(q.sql).includes('n_total__n')) names.push(q.options?.name);
    };
    const knex: any = t.strapi.db.connection;
    knex.on('query', onQuery);
    const first: Record<string, unknown> = {};
    try {
      const statuses = ['investigating', 'received', 'in_assessment', 'investigating', 'closed', 'received', 'investigating', 'closed', 'investigating'];
      for (const status of statuses) {
        const res = await list('director', 'complaints', { teamId: ref.team, status }, { field: 'slaDueAt', order: 'ASC' }, 10);
        expect(res.data.every((r) => r.teamId === ref.team && r.status === status)).toBe(true);
        // Same answer (ids, order, total) as the first run of that status, planned afresh.
        const answer = { ids: res.data.map((r) => r.id), total: res.total };
        if (status in first) expect(answer).toEqual(first[status]);
        else first[status] = answer;
      }
      // The next page is another statement (its bounds are literals) and continues the first.
      const next = await dp.director.getList('complaints', { pagination: page(10, 2), sort: { field: 'slaDueAt', order: 'ASC' }, filter: { teamId: ref.team, status: 'closed' } });
      const both = await list('director', 'complaints', { teamId: ref.team, status: 'closed' }, { field: 'slaDueAt', order: 'ASC' }, 20);
      expect([...(first.closed as any).ids, ...next.data.map((r) => r.id)]).toEqual(both.data.map((r) => r.id));
    } finally {
      knex.off('query', onQuery);
    }
    expect(names.length).toBeGreaterThanOrEqual(9);
    if (isPostgres()) {
      // Unnamed on its first run, then one name for all runs of the same text.
      expect(names[0]).toBeUndefined();
      expect(new Set(names.slice(1, 9)).size).toBe(1);
      expect(names[1]).toMatch(/^cd_page_[0-9a-f]{24}$/);
    } else expect(names.every((n) => n === undefined)).toBe(true);
    // LIST_PREPARED_STATEMENTS=false: the same page, unnamed every time, same answer.
    t.strapi.config.set('plugin::complaint-desk.listPreparedStatements', false);
    const unnamed: Array<string | undefined> = [];
    const onUnnamed = (q: any) => {
      if (String(q.sql).includes('n_total__n')) unnamed.push(q.options?.name);
    };
    knex.on('query', onUnnamed);
    try {
      for (let i = 0; i < 3; i++) {
        const res = await list('director', 'complaints', { teamId: ref.team, status: 'investigating' }, { field: 'slaDueAt', order: 'ASC' }, 10);
        expect(res.data.map((r) => r.id)).toEqual((first.investigating as any).ids);
      }
    } finally {
      knex.off('query', onUnnamed);
      t.strapi.config.set('plugin::complaint-desk.listPreparedStatements', true);
    }
    expect(unnamed).toHaveLength(3);
    expect(unnamed.every((n) => n === undefined)).toBe(true);
  });

  it('answers with Content-Range and exposes it (and accepts Range) through CORS', async () => {
    const res = await fetch(`${base}/api/complaint-desk/complaints?range=${encodeURIComponent('[0,24]')}`, { headers: { Authorization: `Bearer ${jwt.agent}`, Origin: 'http://localhost:5173' } });
    expect(res.headers.get('content-range')).toMatch(/^complaints 0-24\/\d+$/);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Content-Range/i);
    const preflight = await fetch(`${base}/api/complaint-desk/complaints`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,range' } });
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Range/i);
  });

  it('searches the full text: tracking code (as typed), subject, customer name and phone', async () => {
    const target = (await list('agent', 'complaints', {}, { field: 'receivedAt', order: 'ASC' }, 1)).data[0];
    const typed = formatTrackingCode(target.trackingCode).toLowerCase();
    const byCode = await list('agent', 'complaints', { q: typed });
    expect(byCode.data.map((r) => r.id)).toContain(target.id);
    const byName = await list('agent', 'complaints', { q: target.customer.name });
    expect(byName.total).toBeGreaterThan(0);
    for (const r of byName.data) expect(r.customer.name).toContain(target.customer.name);
    const byPhone = await list('agent', 'complaints', { q: target.customer.phone.slice(-6) });
    expect(byPhone.data.map((r) => r.customerId)).toContain(target.customerId);
    const bySubject = await list('agent', 'complaints', { q: 'twice' });
    for (const r of bySubject.data) expect(`${r.subject} ${r.description ?? ''}`.toLowerCase()).toContain('twice');
  });

  it('finds a tracking code with digits in it alone, not the customers whose phone holds those digits', async () => {
    // A complaint whose code has at least three digits, and another customer whose phone holds
    // exactly those digits in a row (a phone search matches any part of the number).
    const some = (await list('agent', 'complaints', {}, { field: 'id', order: 'ASC' }, 100)).data;
    const target = some.find((r) => r.trackingCode.replace(/[^0-9]/g, '').length >= 3);
    expect(target).toBeDefined();
    const digits = target!.trackingCode.replace(/[^0-9]/g, '');
    const other = (await dp.agent.create('complaints', { data: { channel: 'phone', subject: 'Search by code', description: 'Phone holds the digits of another code', customer: { name: 'Digit Holder', phone: `+7 ${digits} 55` }, language: 'ru' } })).data;
    for (const typed of [target!.trackingCode, formatTrackingCode(target!.trackingCode), formatTrackingCode(target!.trackingCode).toLowerCase()]) {
      const found = await list('agent', 'complaints', { q: typed });
      expect({ typed, ids: found.data.map((r) => r.id), total: found.total }).toEqual({ typed, ids: [target!.id], total: 1 });
    }
    // Typed like a phone number, the digits still find that customer's complaint.
    const byPhone = await list('agent', 'complaints', { q: `${digits} 55` });
    expect(byPhone.data.map((r) => r.id)).toContain(other.id);
  });

  it('serves the named queues', async () => {
    const mine = await list('agent', 'complaints', { queue: 'mine' }, { field: 'id', order: 'ASC' }, 100);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.data.every((r) => r.assigneeId === ref.agent)).toBe(true);
    const team = await list('agent', 'complaints', { queue: 'team' }, { field: 'id', order: 'ASC' }, 100);
    const agentTeams = (await dp.agent.getOne('users', { id: ref.agent })).data.teamIds;
    expect(team.total).toBeGreaterThan(0);
    expect(team.data.every((r) => agentTeams.includes(r.teamId))).toBe(true);
    const unassigned = await list('director', 'complaints', { queue: 'unassigned' }, { field: 'id', order: 'ASC' }, 100);
    expect(unassigned.data.every((r) => r.assigneeId === null && !['closed', 'rejected', 'open_external'].includes(r.status))).toBe(true);
    const approval = await list('director', 'complaints', { queue: 'awaiting_approval' }, { field: 'id', order: 'ASC' }, 100);
    expect(approval.total).toBeGreaterThan(0);
    expect(approval.data.every((r) => r.status === 'pending_approval')).toBe(true);
    const customer = await list('director', 'complaints', { queue: 'awaiting_customer' }, { field: 'id', order: 'ASC' }, 100);
    expect(customer.data.every((r) => r.status === 'awaiting_customer')).toBe(true);
    const breached = await list('director', 'complaints', { queue: 'breached' }, { field: 'slaDueAt', order: 'ASC' }, 100);
    expect(breached.total).toBeGreaterThan(0);
    const now = new Date().toISOString();
    expect(breached.data.every((r) => r.slaDueAt <= now && r.sla.stages.some((s: any) => s.state === 'breached'))).toBe(true);
    const atRisk = await list('director', 'complaints', { queue: 'at_risk' }, { field: 'slaDueAt', order: 'ASC' }, 100);
    expect(atRisk.data.every((r) => r.slaDueAt > now)).toBe(true);
    const bad = await call(base, jwt.agent, 'GET', `/api/complaint-desk/complaints?filter=${encodeURIComponent(JSON.stringify({ queue: 'everything' }))}`);
    expect(bad.status).toBe(400);
  });
});

describe('queue counts and relation names', () => {
  it('GET /complaints/queue-counts gives each queue the total its list gives, for the caller', async () => {
    for (const role of ['agent', 'director']) {
      const res = await call(base, jwt[role], 'GET', '/api/complaint-desk/complaints/queue-counts');
      expect(res.status).toBe(200);
      const counts = res.body as Record<string, number>;
      expect(Object.keys(counts).sort()).toEqual(['at_risk', 'awaiting_approval', 'awaiting_customer', 'breached', 'mine', 'team', 'unassigned']);
      for (const [queue, n] of Object.entries(counts)) {
        // Sorted by the due date as the queue tabs' own pages are not: the total alone is compared.
        const listed = await list(role, 'complaints', { queue }, { field: 'receivedAt', order: 'DESC' }, 1);
        expect({ role, queue, n }).toEqual({ role, queue, n: listed.total });
      }
    }
    expect(((await call(base, jwt.agent, 'GET', '/api/complaint-desk/complaints/queue-counts')).body as any).mine).toBeGreaterThan(0);
    expect((await call(base, null, 'GET', '/api/complaint-desk/complaints/queue-counts')).status).toBe(401);
  });

  it('names the category, team and assignee on list and read records', async () => {
    const [teams, users, categories] = await Promise.all([list('director', 'teams', {}, undefined, 100), list('director', 'users', {}, undefined, 100), list('director', 'categories', {}, undefined, 100)]);
    const name = (records: any[], id: string | null, field: string) => (id === null ? null : (records.find((r) => r.id === id)?.[field] ?? 'missing'));
    const page = await list('director', 'complaints', { queue: 'mine' }, { field: 'id', order: 'ASC' }, 100);
    const rows = [...page.data, ...(await list('director', 'complaints', {}, { field: 'id', order: 'ASC' }, 100)).data];
    expect(rows.some((r) => r.assigneeId !== null && r.teamId !== null && r.categoryId !== null)).toBe(true);
    for (const r of rows) {
      expect(r.teamName).toBe(name(teams.data, r.teamId, 'name'));
      expect(r.assigneeName).toBe(name(users.data, r.assigneeId, 'name'));
      expect(r.categoryName).toBe(name(categories.data, r.categoryId, 'name'));
    }
    const one = (await dp['cft-member'].getOne('complaints', { id: rows.find((r) => r.assigneeId !== null).id })).data;
    // Staff and taxonomy names, not customer data: shown to the roles whose customer fields are masked too.
    expect(one.assigneeName).toEqual(expect.any(String));
    expect(one.customer.name).toBeNull();
  });
});

describe('personal data', () => {
  it('is masked for content editors and CFT members, shown to the roles that need it', async () => {
    const id = ref.complaint;
    for (const role of ['content-editor', 'cft-member']) {
      const c = (await dp[role].getOne('complaints', { id })).data;
      expect(c.customer).toEqual({ name: null, phone: null, email: null });
      const customers = await list(role, 'customers', {}, { field: 'id', order: 'ASC' }, 10);
      for (const cu of customers.data) expect(cu).toMatchObject({ name: null, phone: null, email: null, address: null });
      const raw = await call(base, jwt[role], 'GET', `/api/complaint-desk/complaints?range=${encodeURIComponent('[0,49]')}`);
      for (const demoName of ['Alice Morgan', 'مریم احمدی', 'Анна Иванова', '王芳', '@example.com']) expect(JSON.stringify(raw.body)).not.toContain(demoName);
      await expect(dp[role].getList('notifications', { pagination: page(), sort: { field: 'id', order: 'ASC' }, filter: {} })).rejects.toMatchObject({ status: 403 });
    }
    for (const role of ['agent', 'specialist', 'director', 'quality-manager']) {
      const c = (await dp[role].getOne('complaints', { id })).data;
      expect(c.customer).toEqual({ name: 'Elena Kuznetsova', phone: null, email: 'elena@example.test' });
    }
  });

  it('never exposes the PIN hash', async () => {
    const res = await call(base, jwt.director, 'GET', `/api/complaint-desk/complaints/${ref.complaint}`);
    expect(JSON.stringify(res.body)).not.toMatch(/pinHash|scrypt\$/);
  });
});
