/**
 * Demo data: `npm run seed:demo`, and on the first start of an empty development database when the
 * plugin setting `demoSeedOnStart` is on. Idempotent: every record has a natural key (code, email, tracking code)
 * and is created only when missing, so two runs give the same counts. Refuses NODE_ENV=production.
 */
import type { Core } from '@strapi/strapi';
import { CATEGORIES } from './data/categories';
import { CHANNELS } from './data/channels';
import { RESPONSE_TEMPLATES } from './data/response-templates';
import { LOCALES, type CategorySeed, type Locale, type Localized } from './data/types';
import { CALENDARS, DEFAULT_SLA_POLICY, MASS_INCIDENTS, ROOT_CAUSES, TEAM_AREAS, CFT_REVIEWS, CORRECTIVE_ACTIONS } from './data/reference';
import { planComplaints, type ComplaintPlan } from './complaints';
import { STAFF_ROLES, type StaffRole } from '../domain/lifecycle';
import { hashPin } from '../domain/pin';

const P = 'plugin::complaint-desk';
export const DEMO_COMPLAINTS = 320;
export const DEFAULT_DEMO_PASSWORD = 'Demo-Desk-2026';
export const demoEmail = (role: StaffRole) => `${role}@demo.local`;
export const demoPassword = () => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;

type Log = (message: string) => void;

/** The demo staff's display names (their logins stay `<role>@demo.local`). */
const DEMO_FULL_NAMES: Record<StaffRole, string> = {
  agent: 'Sara Karimi',
  specialist: 'Dmitri Volkov',
  director: 'Li Wei',
  'quality-manager': 'Elena Novak',
  'cft-member': 'Reza Ahmadi',
  'content-editor': 'Anna Berg',
};
type Ids = Record<string, string>; // natural key → documentId

/**
 * Seeds the demo data set; returns the number of records created by this run. `complaints` makes a
 * smaller set (tests that need some of everything, not the full demo).
 */
export async function seedDemo(strapi: Core.Strapi, log: Log = () => {}, { complaints = DEMO_COMPLAINTS }: { complaints?: number } = {}): Promise<Record<string, number>> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed demo data with NODE_ENV=production.');
  }
  const created: Record<string, number> = {};
  const count = (what: string) => (created[what] = (created[what] ?? 0) + 1);
  const docs = (name: string) => strapi.documents(`${P}.${name}` as any) as any;

  // Roles exist (plugin bootstrap); one user per role, with a display name.
  const users = {} as Record<StaffRole, { id: number; documentId: string }>;
  const userService = strapi.plugin('users-permissions').service('user');
  for (const role of STAFF_ROLES) {
    const email = demoEmail(role);
    let user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } });
    if (!user) {
      const roleRow = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: role } });
      user = await userService.add({
        username: role,
        fullName: DEMO_FULL_NAMES[role],
        email,
        password: demoPassword(),
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: roleRow.id,
      });
      count('users');
    } else if (!user.fullName) {
      // Demo users of a database seeded before staff had display names.
      await strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { fullName: DEMO_FULL_NAMES[role] } });
    }
    users[role] = { id: user.id, documentId: user.documentId };
  }

  const upsert = async (name: string, key: string, value: string, data: Record<string, unknown>, what = name) => {
    const existing = await docs(name).findFirst({ filters: { [key]: value }, fields: ['documentId'] });
    if (existing) return existing.documentId as string;
    const doc = await docs(name).create({ data: { [key]: value, ...data } });
    count(what);
    return doc.documentId as string;
  };

  const calendars: Ids = {};
  for (const c of CALENDARS) calendars[c.code] = await upsert('business-calendar', 'code', c.code, { ...c });

  const policyId = await upsert('sla-policy', 'code', DEFAULT_SLA_POLICY.code, {
    ...DEFAULT_SLA_POLICY,
    calendar: calendars[DEFAULT_SLA_POLICY.calendarCode],
    calendarCode: undefined,
  });

  const teams: Ids = {};
  for (const area of TEAM_AREAS) {
    for (const line of ['line1', 'line2'] as const) {
      const code = `${area.code}-${line}`;
      teams[code] = await upsert('team', 'code', code, {
        name: `${area.name} — ${line === 'line1' ? 'line 1' : 'line 2'}`,
        line,
        area: area.code,
        members: [line === 'line1' ? users.agent.id : users.specialist.id],
        lead: users.director.id,
        calendar: calendars[area.calendarCode],
      });
    }
  }

  // Localized content: the `en` document first, then one localization per other locale.
  const upsertLocalized = async (
    name: string,
    code: string,
    shared: Record<string, unknown>,
    localized: (locale: Locale) => Record<string, unknown>,
    relations: (locale: Locale) => Record<string, unknown> = () => ({}),
  ): Promise<string> => {
    let doc = await docs(name).findFirst({ filters: { code }, locale: 'en', fields: ['documentId'] });
    if (!doc) {
      doc = await docs(name).create({ locale: 'en', data: { code, ...shared, ...localized('en'), ...relations('en') } });
      count(name);
    }
    for (const locale of LOCALES) {
      if (locale === 'en') continue;
      const has = await docs(name).findOne({ documentId: doc.documentId, locale, fields: ['documentId', 'locale'] });
      if (!has || has.locale !== locale) {
        await docs(name).update({ documentId: doc.documentId, locale, data: { ...localized(locale), ...relations(locale) } });
        count(`${name}-localizations`);
      }
    }
    return doc.documentId;
  };
  const pick = (text: Localized | undefined, locale: Locale) => text?.[locale];

  const categories: Ids = {};
  const categoryArea: Record<string, string> = {};
  const walk = async (nodes: CategorySeed[], parent?: string) => {
    for (const node of nodes) {
      categories[node.code] = await upsertLocalized(
        'category',
        node.code,
        { scheme: node.scheme, area: node.area, claimMinValueTier: node.claimMinValueTier ?? null, active: true },
        (l) => ({ name: node.name[l], description: pick(node.description, l), recourseText: pick(node.recourseText, l) }),
        (l) =>
          parent
            ? { parent: { connect: [{ documentId: parent, locale: l }] }, team: teams[`${node.area}-line1`] }
            : { team: teams[`${node.area}-line1`] },
      );
      categoryArea[node.code] = node.area;
      if (node.children) await walk(node.children, categories[node.code]);
    }
  };
  await walk(CATEGORIES);

  const channels: Ids = {};
  for (const ch of CHANNELS) {
    channels[ch.code] = await upsertLocalized(
      'channel',
      ch.code,
      { answeringDays: ch.answeringDays, hours: ch.hours, sortOrder: ch.sortOrder, active: true },
      (l) => ({ name: ch.name[l], description: ch.description[l], contact: ch.contact[l] }),
      () => ({ calendar: ch.answeringDays === 'working_days' ? calendars.tehran : null }),
    );
  }

  for (const t of RESPONSE_TEMPLATES) {
    await upsertLocalized('response-template', t.code, { purpose: t.purpose, channel: t.channel }, (l) => ({
      name: t.name[l],
      subject: t.subject[l],
      body: t.body[l],
    }));
  }

  const rootCauses: Ids = {};
  for (const rc of ROOT_CAUSES) rootCauses[rc.code] = await upsert('root-cause', 'code', rc.code, { ...rc, active: true });

  const incidents: Ids = {};
  for (const mi of MASS_INCIDENTS) {
    incidents[mi.key] = await upsert('mass-incident', 'title', mi.title, {
      ...mi,
      key: undefined,
      categoryCode: undefined,
      category: categories[mi.categoryCode],
    });
  }

  const reviews: Ids = {};
  for (const r of CFT_REVIEWS) {
    reviews[r.key] = await upsert('cft-review', 'title', r.title, {
      ...r,
      key: undefined,
      rootCauseCodes: undefined,
      incidentKey: undefined,
      leader: users['quality-manager'].id,
      members: [users['cft-member'].id, users.specialist.id],
      rootCauses: r.rootCauseCodes.map((c) => rootCauses[c]),
      massIncident: r.incidentKey ? incidents[r.incidentKey] : null,
    });
  }

  for (const ca of CORRECTIVE_ACTIONS) {
    await upsert('corrective-action', 'title', ca.title, {
      ...ca,
      reviewKey: undefined,
      rootCauseCode: undefined,
      owner: users['quality-manager'].id,
      rootCause: rootCauses[ca.rootCauseCode],
      cftReview: reviews[ca.reviewKey],
    });
  }

  // Complaints: a deterministic plan (same codes every run), written one transaction each.
  const plans = planComplaints({
    total: complaints,
    categoryCodes: Object.keys(categories),
    categoryArea,
  });
  const existingCodes = new Set(
    (await strapi.db.query(`${P}.complaint` as any).findMany({ select: ['trackingCode'], where: { trackingCode: { $in: plans.map((p) => p.trackingCode) } } })).map(
      (r: { trackingCode: string }) => r.trackingCode,
    ),
  );
  const pinHash = await hashPin('000000'); // demo complaints share one known PIN (README)
  let done = 0;
  for (const plan of plans) {
    if (existingCodes.has(plan.trackingCode)) continue;
    await strapi.db.transaction(() =>
      writeComplaint(strapi, plan, {
        pinHash,
        users,
        teams,
        categories,
        incidents,
        reviews,
        rootCauses,
        policyId,
      }),
    );
    count('complaint');
    if (++done % 50 === 0) log(`  ${done} complaints…`);
  }
  return created;
}

interface WriteContext {
  pinHash: string;
  users: Record<StaffRole, { id: number; documentId: string }>;
  teams: Ids;
  categories: Ids;
  incidents: Ids;
  reviews: Ids;
  rootCauses: Ids;
  policyId: string;
}

async function writeComplaint(strapi: Core.Strapi, plan: ComplaintPlan, ctx: WriteContext): Promise<void> {
  const docs = (name: string) => strapi.documents(`${P}.${name}` as any) as any;
  const customer =
    (await docs('customer').findFirst({ filters: { externalRef: plan.customer.externalRef }, fields: ['documentId'] })) ??
    (await docs('customer').create({ data: plan.customer }));

  const actorId = (role: string | null) => (role && role in ctx.users ? ctx.users[role as StaffRole].id : null);
  const complaint = await docs('complaint').create({
    data: {
      ...plan.fields,
      pinHash: ctx.pinHash,
      customer: customer.documentId,
      category: { connect: [{ documentId: ctx.categories[plan.categoryCode], locale: 'en' }] },
      team: ctx.teams[plan.teamCode],
      queueTeamId: (await strapi.db.query(`${P}.team` as any).findOne({ where: { documentId: ctx.teams[plan.teamCode] }, select: ['id'] }))?.id ?? null,
      assignee: plan.assigneeRole ? actorId(plan.assigneeRole) : null,
      registeredBy: actorId(plan.registeredByRole),
      massIncident: plan.incidentKey ? ctx.incidents[plan.incidentKey] : null,
      cftReview: plan.reviewKey ? ctx.reviews[plan.reviewKey] : null,
      rootCauses: plan.rootCauseCodes.map((code) => ctx.rootCauses[code]),
      slaPolicy: ctx.policyId,
    },
  });
  for (const e of plan.events) {
    await docs('complaint-event').create({
      data: {
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorRole: e.actorRole,
        actor: actorId(e.actorRole),
        payload: e.payload,
        complaint: complaint.documentId,
        createdAt: e.at,
      },
    });
  }
  for (const a of plan.approvals) {
    await docs('approval').create({ data: { ...a, decidedBy: a.decidedByRole ? actorId(a.decidedByRole) : null, decidedByRole: undefined, complaint: complaint.documentId } });
  }
  for (const s of plan.surveys) {
    await docs('survey').create({ data: { ...s, recordedBy: actorId('agent'), complaint: complaint.documentId } });
  }
}

/** Seeds on the first start of an empty development database (README, Configuration). */
export async function maybeSeedOnStart(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV === 'production') return;
  if (!strapi.config.get('plugin::complaint-desk.demoSeedOnStart', true)) return;
  const complaints = await strapi.db.query(`${P}.complaint` as any).count();
  const users = await strapi.db.query('plugin::users-permissions.user').count();
  if (complaints > 0 || users > 0) return;
  const started = Date.now();
  strapi.log.info('Empty database: seeding demo data (set DEMO_SEED_ON_START=false to skip)…');
  const created = await seedDemo(strapi, (m) => strapi.log.info(m));
  strapi.log.info(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(created)}`);
}
