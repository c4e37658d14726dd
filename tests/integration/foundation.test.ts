/**
 * Foundation against a real Strapi on an empty database (SQLite, or PostgreSQL with
 * `npm run test:pg`): boot, health, roles, locales, every content type with its relations,
 * private personal data, the tracking-code unique index, and the login the console uses.
 */
import { startStrapi, isPostgres, type TestApp } from '../helpers/strapi';
import { STAFF_ROLES } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';
import { generateTrackingCode } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';
import { isUniqueViolation } from '../../src/plugins/complaint-desk/server/src/utils';

const P = 'plugin::complaint-desk';
let t: TestApp;
const docs = (name: string) => t.strapi.documents(`${P}.${name}` as any) as any;

beforeAll(async () => {
  t = await startStrapi();
});
afterAll(async () => {
  await t?.close();
});

describe(`boot on an empty ${isPostgres() ? 'PostgreSQL' : 'SQLite'} database`, () => {
  it('answers GET /_health with 204', async () => {
    await t.http().get('/_health').expect(204);
  });

  it('leads from the site root to the console', async () => {
    const res = await t.http().get('/');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/console/');
  });

  it('uses the configured database', () => {
    expect(t.strapi.db.dialect.client).toBe(isPostgres() ? 'postgres' : 'sqlite');
  });

  it('creates the six staff roles beside users-permissions’ own', async () => {
    const roles = await t.strapi.db.query('plugin::users-permissions.role').findMany();
    const types = roles.map((r: { type: string }) => r.type).sort();
    expect(types).toEqual([...STAFF_ROLES, 'authenticated', 'public'].sort());
  });

  it('keeps the roles idempotent across bootstraps', async () => {
    await t.strapi.plugin('complaint-desk').service('setup').ensureStaffRoles();
    await t.strapi.plugin('complaint-desk').service('setup').ensureAdminEditorRole();
    expect(await t.strapi.db.query('plugin::users-permissions.role').count()).toBe(8);
    expect(await t.strapi.db.query('admin::role').count({ where: { code: 'complaint-content-editor' } })).toBe(1);
  });

  it('creates the admin "Complaint content editor" role limited to categories, channels and templates', async () => {
    const role = await t.strapi.db.query('admin::role').findOne({ where: { code: 'complaint-content-editor' }, populate: ['permissions'] });
    expect(role.name).toBe('Complaint content editor');
    const subjects = new Set(role.permissions.map((p: { subject: string }) => p.subject));
    expect([...subjects].sort()).toEqual([`${P}.category`, `${P}.channel`, `${P}.response-template`]);
    const actions = new Set(role.permissions.map((p: { action: string }) => p.action));
    expect(actions).toEqual(new Set(['read', 'create', 'update', 'delete'].map((v) => `plugin::content-manager.explorer.${v}`)));
    // Strapi's own admin roles are still created (ours must not pre-empt them).
    expect(await t.strapi.db.query('admin::role').count({ where: { code: 'strapi-super-admin' } })).toBe(1);
  });

  it(`sets per-table autovacuum on the complaint tables (PostgreSQL${isPostgres() ? '' : '; SQLite has none and is left alone'})`, async () => {
    if (!isPostgres()) {
      expect(await t.strapi.plugin('complaint-desk').service('setup').ensureAutovacuum()).toEqual([]);
      return;
    }
    const knex = t.strapi.db.connection;
    const schema = t.strapi.db.getSchemaName() || 'public';
    const options = async () =>
      (
        await knex.raw(
          `SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = ? AND c.relkind = 'r' AND (c.relname = 'cd_complaints' OR c.relname LIKE 'cd\\_complaints\\_%\\_lnk')`,
          [schema],
        )
      ).rows as Array<{ relname: string; reloptions: string[] | null }>;
    const tables = await options();
    expect(tables.map((r) => r.relname)).toEqual(expect.arrayContaining(['cd_complaints', 'cd_complaints_team_lnk', 'cd_complaints_category_lnk']));
    for (const table of tables) {
      expect(table.reloptions).toEqual(
        expect.arrayContaining([
          'autovacuum_vacuum_scale_factor=0.01',
          'autovacuum_vacuum_insert_scale_factor=0.01',
          'autovacuum_analyze_scale_factor=0.02',
        ]),
      );
    }
    // Idempotent: a second bootstrap finds nothing to change.
    expect(await t.strapi.plugin('complaint-desk').service('setup').ensureAutovacuum()).toEqual([]);
  });

  it('has the four content locales', async () => {
    const locales = await t.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual(['en', 'fa', 'ru', 'zh']);
    expect(await t.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('en');
  });
});

describe('domain model', () => {
  it('declares every content type of SPEC §3 as a record (no draft & publish)', () => {
    const names = ['complaint', 'customer', 'category', 'channel', 'team', 'sla-policy', 'business-calendar', 'cft-review', 'root-cause', 'corrective-action', 'approval', 'mass-incident', 'complaint-event', 'notification', 'survey', 'response-template'];
    for (const n of names) {
      const ct = t.strapi.contentType(`${P}.${n}` as any);
      expect(ct).toBeDefined();
      expect(ct.options?.draftAndPublish).toBe(false);
    }
    for (const n of ['category', 'channel', 'response-template']) {
      expect((t.strapi.contentType(`${P}.${n}` as any).pluginOptions as any)?.i18n?.localized).toBe(true);
    }
  });

  it('creates and reads every content type with its relations', async () => {
    const user = await t.strapi.plugin('users-permissions').service('user').add({
      username: 'model-user',
      email: 'model-user@example.test',
      password: 'Model-Pass-1',
      provider: 'local',
      confirmed: true,
      role: (await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'specialist' } })).id,
    });
    const calendar = await docs('business-calendar').create({
      data: { code: 'cal', name: 'Tehran', timezone: 'Asia/Tehran', workingDays: ['sat', 'sun', 'mon', 'tue', 'wed'], hours: [['08:00', '17:30']], holidays: ['2027-03-21'] },
    });
    const team = await docs('team').create({ data: { code: 'net-l2', name: 'Network L2', line: 'line2', area: 'network', members: [user.id], lead: user.id, calendar: calendar.documentId } });
    const root = await docs('category').create({ locale: 'en', data: { code: 'general', scheme: 'general', name: 'General' } });
    const category = await docs('category').create({
      locale: 'en',
      data: { code: 'general.billing', scheme: 'general', name: 'Billing', area: 'billing', parent: root.documentId, team: team.documentId },
    });
    await docs('category').update({ documentId: root.documentId, locale: 'fa', data: { name: 'عمومی' } });
    await docs('category').update({ documentId: category.documentId, locale: 'fa', data: { name: 'صورتحساب', parent: { connect: [{ documentId: root.documentId, locale: 'fa' }] } } });
    const policy = await docs('sla-policy').create({ data: { code: 'p', name: 'Default', isDefault: true, category: { connect: [{ documentId: category.documentId, locale: 'en' }] }, calendar: calendar.documentId } });
    const channel = await docs('channel').create({ locale: 'en', data: { code: 'phone', name: 'Hotline', contact: '1570', answeringDays: 'every_day', hours: [['00:00', '24:00']], calendar: calendar.documentId } });
    await docs('channel').update({ documentId: channel.documentId, locale: 'zh', data: { name: '热线', contact: '1570' } });
    const template = await docs('response-template').create({ locale: 'en', data: { code: 'ack', purpose: 'acknowledgment', channel: 'sms', name: 'Ack', body: 'Code {{trackingCode}}' } });
    await docs('response-template').update({ documentId: template.documentId, locale: 'ru', data: { name: 'Подтверждение', body: 'Код {{trackingCode}}' } });
    const rootCause = await docs('root-cause').create({ data: { code: 'm.t', title: 'Training', sixM: 'man' } });
    const incident = await docs('mass-incident').create({ data: { title: 'Outage', startedAt: new Date().toISOString(), category: { connect: [{ documentId: category.documentId, locale: 'en' }] } } });
    const review = await docs('cft-review').create({
      data: { title: 'Why', fiveWhys: ['a', 'b'], fishbone: { man: ['x'] }, leader: user.id, members: [user.id], rootCauses: [rootCause.documentId], massIncident: incident.documentId },
    });
    const action = await docs('corrective-action').create({ data: { title: 'Train', kind: 'corrective', owner: user.id, dueAt: '2027-01-01', rootCause: rootCause.documentId, cftReview: review.documentId } });
    const customer = await docs('customer').create({ data: { name: 'Maryam', phone: '+98 912 000 0000', email: 'm@example.test', address: 'Tehran', valueTier: 3 } });
    const complaint = await docs('complaint').create({
      data: {
        trackingCode: generateTrackingCode(),
        status: 'investigating',
        channel: 'phone',
        subject: 'Charged twice',
        description: 'Two fee lines',
        language: 'fa',
        receivedAt: new Date().toISOString(),
        category: { connect: [{ documentId: category.documentId, locale: 'en' }] },
        customer: customer.documentId,
        team: team.documentId,
        assignee: user.id,
        massIncident: incident.documentId,
        cftReview: review.documentId,
        slaPolicy: policy.documentId,
      },
    });
    await docs('complaint-event').create({ data: { action: 'register', toStatus: 'received', actorRole: 'agent', actor: user.id, payload: { channel: 'phone' }, complaint: complaint.documentId } });
    await docs('approval').create({ data: { requiredRole: 'director', amount: 120.5, currency: 'EUR', complaint: complaint.documentId, decidedBy: user.id } });
    await docs('notification').create({ data: { channel: 'sms', recipient: '+989120000000', template: 'ack', locale: 'fa', payload: { trackingCode: 'x' }, complaint: complaint.documentId } });
    await docs('survey').create({ data: { resultScore: 5, processScore: 4, complaint: complaint.documentId, recordedBy: user.id } });

    const read = await docs('complaint').findOne({
      documentId: complaint.documentId,
      populate: ['category', 'customer', 'team', 'assignee', 'massIncident', 'cftReview', 'slaPolicy', 'events', 'approvals', 'surveys', 'notifications'],
    });
    expect(read).toMatchObject({
      status: 'investigating',
      escalationLevel: 'line1',
      responseRound: 1,
      version: 1,
      category: { documentId: category.documentId, name: 'Billing' },
      customer: { documentId: customer.documentId, name: 'Maryam' },
      team: { documentId: team.documentId },
      assignee: { id: user.id },
      massIncident: { documentId: incident.documentId },
      cftReview: { documentId: review.documentId },
      slaPolicy: { documentId: policy.documentId },
    });
    expect(read.events).toHaveLength(1);
    expect(read.approvals[0]).toMatchObject({ decision: 'pending', step: 1, currency: 'EUR' });
    expect(Number(read.approvals[0].amount)).toBeCloseTo(120.5);
    expect(read.surveys[0]).toMatchObject({ resultScore: 5, processScore: 4 });
    expect(read.notifications[0]).toMatchObject({ status: 'pending', attempts: 0, channel: 'sms' });

    const teamRead = await docs('team').findOne({ documentId: team.documentId, populate: ['members', 'lead', 'calendar'] });
    expect(teamRead.members.map((m: { id: number }) => m.id)).toEqual([user.id]);
    expect(teamRead.calendar.timezone).toBe('Asia/Tehran');
    const reviewRead = await docs('cft-review').findOne({ documentId: review.documentId, populate: ['members', 'rootCauses', 'complaints', 'massIncident', 'leader'] });
    expect(reviewRead.rootCauses[0].sixM).toBe('man');
    expect(reviewRead.complaints.map((c: { documentId: string }) => c.documentId)).toEqual([complaint.documentId]);
    const actionRead = await docs('corrective-action').findOne({ documentId: action.documentId, populate: ['owner', 'rootCause', 'cftReview'] });
    expect(actionRead).toMatchObject({ status: 'planned', kind: 'corrective', cftReview: { documentId: review.documentId }, rootCause: { documentId: rootCause.documentId } });
    const customerRead = await docs('customer').findOne({ documentId: customer.documentId, populate: ['complaints'] });
    expect(customerRead.complaints).toHaveLength(1);

    // Localized content and the category tree, per locale.
    const fa = await docs('category').findOne({ documentId: category.documentId, locale: 'fa', populate: ['parent'] });
    expect(fa).toMatchObject({ name: 'صورتحساب', code: 'general.billing', parent: { name: 'عمومی' } });
    const en = await docs('category').findOne({ documentId: root.documentId, locale: 'en', populate: ['children'] });
    expect(en.children.map((c: { name: string }) => c.name)).toEqual(['Billing']);
    expect((await docs('channel').findOne({ documentId: channel.documentId, locale: 'zh' })).name).toBe('热线');
    expect((await docs('response-template').findOne({ documentId: template.documentId, locale: 'ru' })).body).toBe('Код {{trackingCode}}');
  });

  it('keeps customer personal data private from the stock content API', async () => {
    const schema = t.strapi.contentType(`${P}.customer` as any);
    for (const f of ['name', 'phone', 'email', 'address']) expect((schema.attributes as any)[f].private).toBe(true);
    const customer = await docs('customer').create({ data: { name: 'Private Person', phone: '+7 916 000', email: 'p@example.test', address: 'Moscow', valueTier: 2 } });
    const out = await t.strapi.contentAPI.sanitize.output(customer, schema, {});
    expect(out).not.toHaveProperty('name');
    expect(out).not.toHaveProperty('phone');
    expect(out).not.toHaveProperty('email');
    expect(out).not.toHaveProperty('address');
    expect(out).toHaveProperty('valueTier', 2);
    const pin = t.strapi.contentType(`${P}.complaint` as any).attributes as any;
    expect(pin.pinHash.private).toBe(true);
  });
});

describe('tracking codes in the database', () => {
  const base = () => ({ status: 'received', channel: 'email', subject: 's', description: 'd', language: 'en', receivedAt: new Date().toISOString() });

  it('rejects a duplicate tracking code with a unique-index violation', async () => {
    const code = generateTrackingCode();
    await docs('complaint').create({ data: { ...base(), trackingCode: code } });
    let error: unknown;
    // Below the Document Service (which checks `unique` itself) the index must hold too.
    await t.strapi.db
      .connection('cd_complaints')
      .insert({ document_id: 'dup-test', tracking_code: code, status: 'received', channel: 'email', subject: 's', description: 'd', language: 'en', received_at: new Date() })
      .catch((e: unknown) => (error = e));
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('retries with a fresh code on collision', async () => {
    const taken = generateTrackingCode();
    await docs('complaint').create({ data: { ...base(), trackingCode: taken } });
    const fresh = generateTrackingCode();
    const codes = [taken, fresh];
    const svc = t.strapi.plugin('complaint-desk').service('tracking-code');
    let attempts = 0;
    const created = await svc.withUniqueCode(
      (trackingCode: string) => {
        attempts++;
        return t.strapi.db.connection('cd_complaints').insert({ document_id: `retry-${attempts}`, tracking_code: trackingCode, status: 'received', channel: 'email', subject: 's', description: 'd', language: 'en', received_at: new Date() }).then(() => trackingCode);
      },
      () => codes.shift()!,
    );
    expect(attempts).toBe(2);
    expect(created).toBe(fresh);
  });

  it('issues a code with a PIN stored only as a hash', async () => {
    const { trackingCode, pin, pinHash } = await t.strapi.plugin('complaint-desk').service('tracking-code').issue();
    expect(trackingCode).toHaveLength(12);
    expect(pin).toMatch(/^\d{6}$/);
    expect(pinHash.startsWith('scrypt$')).toBe(true);
    expect(pinHash).not.toContain(pin);
  });
});

describe('console login against the API', () => {
  it('refuses a logged-in user without a staff role', async () => {
    const role = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await t.strapi.plugin('users-permissions').service('user').add({ username: 'cust', email: 'cust@example.test', password: 'Cust-Pass-123', provider: 'local', confirmed: true, role: role.id });
    const login = await t.http().post('/api/auth/local').send({ identifier: 'cust@example.test', password: 'Cust-Pass-123' }).expect(200);
    const res = await t.http().get('/api/complaint-desk/users/me').set('Authorization', `Bearer ${login.body.jwt}`).expect(403);
    expect(res.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('logs a staff user in and tells the console the role', async () => {
    const role = await t.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'director' } });
    await t.strapi.plugin('users-permissions').service('user').add({ username: 'dir', email: 'dir@example.test', password: 'Dir-Pass-123', provider: 'local', confirmed: true, role: role.id });
    const login = await t.http().post('/api/auth/local').send({ identifier: 'dir@example.test', password: 'Dir-Pass-123' }).expect(200);
    expect(login.body.jwt).toEqual(expect.any(String));
    const me = await t.http().get('/api/complaint-desk/users/me').set('Authorization', `Bearer ${login.body.jwt}`).expect(200);
    expect(me.body).toEqual({ id: expect.any(String), email: 'dir@example.test', username: 'dir', fullName: null, name: 'dir', role: 'director', teamIds: [], openComplaints: 0 });
    await t.http().get('/api/complaint-desk/users/me').expect(401);
    await t.http().get('/api/complaint-desk/users/me').set('Authorization', 'Bearer not-a-token').expect(401);
    await t.http().post('/api/auth/local').send({ identifier: 'dir@example.test', password: 'wrong' }).expect(400);
  });
});
