/**
 * Demo complaints as a deterministic plan (pure: no Strapi). The same seed gives the same tracking
 * codes, states and events on every run, which is what makes `npm run seed:demo` idempotent.
 * Each complaint walks a legal path of the lifecycle (domain/lifecycle.ts) to its target state,
 * and its events are exactly the steps of that path.
 */
import { CHANNELS, LANGUAGES, ruleFor, type Channel, type Language, type Status, type StaffRole } from '../domain/lifecycle';
import { generateTrackingCode } from '../domain/tracking-code';
import { addWorkingTime, nextWorkingMoment, workingDayMs, workingTimeBetween, type Calendar } from '../domain/working-time';
import { CALENDARS } from './data/reference';

const DEMO_CALENDAR = CALENDARS[0] as unknown as Calendar; // the default policy's calendar (Tehran)

export interface PlannedEvent {
  action: string;
  fromStatus: Status | null;
  toStatus: Status;
  actorRole: StaffRole | 'system' | null;
  payload: Record<string, unknown>;
  at: string;
}

export interface ComplaintPlan {
  trackingCode: string;
  categoryCode: string;
  teamCode: string;
  assigneeRole: StaffRole | null;
  registeredByRole: StaffRole | null;
  incidentKey: string | null;
  reviewKey: string | null;
  /** Root causes found for the complaint (codes of ROOT_CAUSES), so the reports have causes to rank. */
  rootCauseCodes: string[];
  customer: Record<string, unknown> & { externalRef: string };
  fields: Record<string, unknown>;
  events: PlannedEvent[];
  approvals: Array<Record<string, unknown> & { decidedByRole: StaffRole | null }>;
  surveys: Array<Record<string, unknown>>;
}

/** mulberry32: small, fast, deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES: Record<Language, string[]> = {
  en: ['Alice Morgan', 'Brian Clarke', 'Chloe Bennett', 'Daniel Hughes', 'Emma Turner', 'Frank Wilson', 'Grace Hall', 'Henry Walker'],
  fa: ['مریم احمدی', 'علی رضایی', 'زهرا محمدی', 'حسین کریمی', 'فاطمه حسینی', 'رضا موسوی', 'نرگس جعفری', 'مهدی کاظمی'],
  ru: ['Анна Иванова', 'Дмитрий Смирнов', 'Елена Кузнецова', 'Сергей Попов', 'Ольга Соколова', 'Иван Лебедев', 'Мария Козлова', 'Павел Новиков'],
  zh: ['王芳', '李伟', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强'],
};

const SUBJECTS: Record<Language, string[]> = {
  en: ['No mobile data since yesterday', 'Charged twice this month', 'Router keeps disconnecting', 'Rude staff at the store', 'Tariff changed without notice', 'Repair took too long'],
  fa: ['از دیروز اینترنت همراه قطع است', 'این ماه دو بار از من هزینه گرفته شد', 'مودم مدام قطع می‌شود', 'برخورد نامناسب کارمند فروشگاه', 'تعرفه بدون اطلاع تغییر کرد', 'تعمیر خیلی طول کشید'],
  ru: ['Нет мобильного интернета со вчерашнего дня', 'Дважды списали абонентскую плату', 'Роутер постоянно отключается', 'Грубость сотрудника в салоне', 'Тариф изменили без уведомления', 'Ремонт затянулся'],
  zh: ['从昨天起没有移动数据', '本月被重复扣费', '路由器经常断线', '营业厅员工态度恶劣', '资费未经通知被更改', '维修时间太长'],
};

const PHONE_PREFIX: Record<Language, string> = { en: '+44 7700 9', fa: '+98 912 ', ru: '+7 916 ', zh: '+86 138 ' };

/** Target states, weighted so the open queues have the most rows; every state appears. */
const STATE_CYCLE: Status[] = [
  'received', 'in_assessment', 'investigating', 'investigating', 'pending_approval', 'response_proposed',
  'awaiting_customer', 'implementing', 'resolved', 'closed', 'closed', 'rejected', 'open_external',
  'investigating', 'in_assessment', 'received',
];

interface Step {
  action: string;
  role: StaffRole | 'system';
  outcome?: string;
  payload?: Record<string, unknown>;
}

/** The legal path from registration to `target` (variant picks among equivalent paths). */
function pathTo(target: Status, variant: number, amount: number): Step[] {
  const start: Step[] = [{ action: 'acknowledge', role: 'system' }, { action: 'assign', role: 'director', outcome: 'received' }];
  if (target === 'received') return variant % 2 ? [{ action: 'acknowledge', role: 'system' }] : [];
  if (target === 'in_assessment') return start;
  if (target === 'rejected') return [...start, { action: 'assess', role: 'agent', outcome: 'reject', payload: { decision: 'reject', message: 'Outside our service area; we explained where to turn. Thank you for telling us.' } }];
  const accepted: Step[] = [
    ...start,
    { action: 'assess', role: 'agent', outcome: 'accept', payload: { decision: 'accept', message: 'We will investigate and answer within 4 working days.' } },
  ];
  const escalated = variant % 3 === 0;
  const toLine2: Step[] = escalated ? [{ action: 'escalate', role: 'agent', payload: { reason: 'Needs a billing recalculation.' } }] : [];
  if (target === 'investigating') {
    return variant % 5 === 0 ? [...accepted, ...toLine2, { action: 'file-claim', role: 'specialist', payload: { reason: 'long_review' } }] : [...accepted, ...toLine2];
  }
  if (target === 'closed' && escalated) {
    return [...accepted, ...toLine2, { action: 'retain', role: 'specialist', payload: { outcome: 'Customer kept the contract after a tariff correction.' } }];
  }
  const twoStep = amount > 100;
  const proposal = (round: number): Step[] => [
    {
      action: 'propose',
      role: 'specialist',
      payload: {
        external: amount > 0 ? { type: round === 1 ? 'refund' : 'compensation', description: 'Refund of the disputed charge.', amount, currency: 'EUR' } : { type: 'explanation', description: 'Explanation of the fault and the fix.' },
        internal: { none: true, reason: 'Single occurrence.' },
      },
    },
    ...(twoStep ? [{ action: 'approve', role: 'director' as const, outcome: 'step' }] : []),
    { action: 'approve', role: twoStep ? ('quality-manager' as const) : ('director' as const), outcome: 'final' },
  ];
  const steps: Step[] = [...accepted, ...toLine2];
  steps.push(...proposal(1).slice(0, 1));
  if (target === 'pending_approval') return steps;
  steps.push(...proposal(1).slice(1));
  if (target === 'response_proposed') return steps;
  steps.push({ action: 'send-to-customer', role: 'agent' });
  if (target === 'awaiting_customer') return steps;
  if (target === 'open_external') {
    steps.push({ action: 'record-customer-decision', role: 'agent', outcome: 'reject_round1', payload: { decision: 'reject', channel: 'phone' } });
    steps.push(...proposal(2), { action: 'send-to-customer', role: 'agent' });
    steps.push({ action: 'record-customer-decision', role: 'agent', outcome: 'reject_round2', payload: { decision: 'reject', channel: 'phone' } });
    return steps;
  }
  steps.push({ action: 'record-customer-decision', role: 'agent', outcome: 'accept', payload: { decision: 'accept', channel: 'phone' } });
  if (target === 'implementing') return steps;
  steps.push({ action: 'implement', role: 'specialist', payload: { note: 'Carried out.' } });
  steps.push({ action: 'resolve', role: 'specialist', payload: { resolution: 'The remedy was carried out and confirmed.' } });
  if (target === 'resolved') return steps;
  steps.push({ action: 'record-survey', role: 'agent', outcome: 'satisfied', payload: { resultScore: 4 + (variant % 2), processScore: 4 } });
  steps.push({ action: 'close', role: 'director' });
  return steps;
}

/**
 * The causes each area's complaints come from, the likeliest first and repeated by weight, so that
 * the demo's root-cause Pareto has the shape real desks see: a few causes behind most complaints.
 */
const AREA_CAUSES: Record<string, readonly string[]> = {
  network: ['machine.bts-failure', 'machine.bts-failure', 'machine.bts-failure', 'environment.power-outage', 'environment.power-outage', 'environment.weather', 'method.handover'],
  billing: ['machine.billing-bug', 'machine.billing-bug', 'machine.billing-bug', 'machine.billing-bug', 'method.tariff-change', 'method.tariff-change', 'measurement.meter-error'],
  service: ['man.training', 'man.training', 'man.rudeness', 'method.handover', 'man.training'],
  sales: ['method.tariff-change', 'method.tariff-change', 'material.faulty-batch', 'man.training'],
};
/** The CFT review's causes, for the complaints it covers. */
const REVIEW_CAUSES: Record<string, readonly string[]> = { 'outage-review': ['machine.bts-failure', 'method.handover'] };
/** States in which the complaint's cause has been found: a response was proposed on it, or it was settled. */
const CAUSE_KNOWN: readonly Status[] = ['response_proposed', 'pending_approval', 'awaiting_customer', 'implementing', 'resolved', 'closed', 'open_external'];

function rootCausesFor(i: number, area: string, status: Status, reviewKey: string | null): string[] {
  if (reviewKey && REVIEW_CAUSES[reviewKey]) return [...REVIEW_CAUSES[reviewKey]];
  if (!CAUSE_KNOWN.includes(status)) return [];
  const causes = AREA_CAUSES[area] ?? AREA_CAUSES.service;
  const first = causes[(i * 3) % causes.length];
  // Some complaints have two causes (a defect and a hand-over that hid it, say).
  const second = i % 9 === 4 ? causes.find((c) => c !== first) : undefined;
  return second ? [first, second] : [first];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Terminal states: their complaints are spread over the last 90 days. */
const DONE: readonly Status[] = ['closed', 'rejected', 'open_external'];
const PLAN_DAYS = 90;

/**
 * How far the running SLA stage of an open complaint is, as a share of its working time: most are
 * well within it, some at risk (past the policy's 75%), a few breached — what a working desk shows.
 */
const targetShare = (i: number): number => {
  const k = i % 20;
  return k < 2 ? 1.3 + (k % 2) * 0.6 : k < 5 ? 0.8 + (k - 2) * 0.06 : 0.08 + ((k * 7) % 13) * 0.045;
};

/**
 * The complaints, placed relative to `now` (the day the seed runs: default the current time): the
 * closed ones over the last 90 days, the open ones so that their running stage has used
 * `targetShare` of its working time now. Same codes, states and paths on every run.
 */
export function planComplaints(opts: { total: number; categoryCodes: string[]; categoryArea: Record<string, string>; now?: Date }): ComplaintPlan[] {
  const rand = prng(20261123);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
  // On the minute, so that a plan made twice in one run (seed, then tests) is the same.
  const now = Math.floor((opts.now ?? new Date()).getTime() / 60_000) * 60_000;
  const plans: ComplaintPlan[] = [];
  const codes = new Set<string>();

  for (let i = 0; i < opts.total; i++) {
    let trackingCode = generateTrackingCode(bytes);
    while (codes.has(trackingCode)) trackingCode = generateTrackingCode(bytes);
    codes.add(trackingCode);

    const language = LANGUAGES[i % LANGUAGES.length];
    const channel: Channel = CHANNELS[(i * 7) % CHANNELS.length];
    const target = STATE_CYCLE[i % STATE_CYCLE.length];
    const categoryCode = opts.categoryCodes[(i * 5) % opts.categoryCodes.length];
    const area = opts.categoryArea[categoryCode] ?? 'service';
    const customerNo = i % 260; // some customers complain more than once
    const nameList = NAMES[language];
    const valueTier = 1 + (customerNo % 4);
    const amount = [0, 25, 80, 150, 400][i % 5];
    const steps = pathTo(target, Math.floor(i / STATE_CYCLE.length), amount);

    // The randomness is drawn up front: the complaint is built twice (to learn where its running
    // stage starts, then in place), and the draws must not shift the codes of the next ones.
    const jitter = rand();
    const gaps = steps.map(() => (0.5 + rand() * 6) * HOUR);
    const build = (receivedAt: number) => {
    let at = receivedAt;
    let status: Status = 'received';
    let escalationLevel: 'line1' | 'line2' | 'claim' = 'line1';
    let responseRound = 1;
    let assignee: StaffRole | null = null;
    let proposal: Record<string, unknown> | null = null;
    const fields: Record<string, unknown> = {};
    const events: PlannedEvent[] = [
      {
        action: 'register',
        fromStatus: null,
        toStatus: 'received',
        actorRole: channel === 'web_form' || channel === 'portal' || channel === 'mobile_app' ? null : 'agent',
        payload: { channel },
        at: new Date(at).toISOString(),
      },
    ];
    const approvals: ComplaintPlan['approvals'] = [];
    const stageStarts: { evaluation?: number; resolution?: number } = {};
    const surveys: ComplaintPlan['surveys'] = [];

    for (const [k, step] of steps.entries()) {
      // The acknowledgment is immediate (SPEC §5): it is stamped at the receipt, so its stage is met.
      at += step.action === 'acknowledge' ? 0 : gaps[k];
      const from = status;
      let to: Status = status;
      if (step.action !== 'acknowledge') {
        const rule = ruleFor(step.action);
        if (!rule || !rule.from.includes(status)) throw new Error(`demo plan: ${step.action} is not allowed from ${status}`);
        const next: Status | null | undefined = typeof rule.to === 'object' && rule.to !== null ? rule.to[step.outcome ?? status] : rule.to;
        to = next ?? status;
      }
      switch (step.action) {
        case 'acknowledge':
          fields.acknowledgedAt = new Date(at).toISOString();
          break;
        case 'assign':
          assignee = escalationLevel === 'line1' ? 'agent' : 'specialist';
          break;
        case 'assess':
          if (step.outcome === 'accept') stageStarts.evaluation = at;
          fields.assessmentMessage = step.payload?.message;
          fields.assessmentMetAt = new Date(at).toISOString();
          break;
        case 'escalate':
          escalationLevel = 'line2';
          assignee = 'specialist';
          break;
        case 'file-claim':
          escalationLevel = 'claim';
          fields.claimReason = step.payload?.reason;
          break;
        case 'retain':
          fields.retentionOutcome = step.payload?.outcome;
          fields.closedAt = new Date(at).toISOString();
          break;
        case 'propose':
          proposal = { ...(step.payload ?? {}), round: responseRound };
          approvals.push({ subject: 'proposal', requiredRole: 'director', step: 1, decision: 'pending', round: responseRound, amount: amount || null, currency: amount ? 'EUR' : null, decidedByRole: null });
          if (amount > 100) {
            approvals.push({ subject: 'proposal', requiredRole: 'quality-manager', step: 2, decision: 'pending', round: responseRound, amount, currency: 'EUR', decidedByRole: null });
          }
          break;
        case 'approve': {
          const pending = approvals.find((a) => a.decision === 'pending' && a.round === responseRound);
          if (pending) Object.assign(pending, { decision: 'approved', decidedAt: new Date(at).toISOString(), decidedByRole: step.role as StaffRole });
          break;
        }
        case 'record-customer-decision':
          if (step.outcome === 'accept') stageStarts.resolution = at;
          if (step.outcome === 'reject_round1') responseRound = 2;
          break;
        case 'resolve':
          fields.resolution = step.payload?.resolution;
          fields.resolvedAt = new Date(at).toISOString();
          fields.evaluationMetAt ??= new Date(at).toISOString();
          fields.resolutionMetAt = new Date(at).toISOString();
          break;
        case 'record-survey':
          surveys.push({ resultScore: step.payload?.resultScore, processScore: step.payload?.processScore, channel: 'phone', round: responseRound });
          break;
        case 'close':
          fields.closedAt = new Date(at).toISOString();
          break;
      }
      if (step.action === 'send-to-customer') fields.evaluationMetAt ??= new Date(at).toISOString();
      events.push({
        action: step.action,
        fromStatus: from,
        toStatus: to,
        actorRole: step.role === 'system' ? 'system' : step.role,
        payload: { ...(step.payload ?? {}), ...(step.action === 'assign' ? { assigneeRole: assignee } : {}) },
        at: new Date(at).toISOString(),
      });
      status = to;
    }

    // SLA stage fields in working time on the default policy's calendar (Tehran, Sat–Wed
    // 08:00–17:30): 2 / 4 / 1 working days, each stage from its own start, at risk at 75%.
    const add = (from: number, days: number) => addWorkingTime(new Date(from), { days }, DEMO_CALENDAR).getTime();
    const riskAt = (from: number, dueMs: number) => addWorkingTime(nextWorkingMoment(new Date(from), DEMO_CALENDAR), { hours: (0.75 * workingTimeBetween(new Date(from), new Date(dueMs), DEMO_CALENDAR).ms) / HOUR }, DEMO_CALENDAR).getTime();
    const assessmentDue = add(receivedAt, 2);
    const evaluationStart = stageStarts.evaluation;
    const evaluationDue = evaluationStart !== undefined ? add(evaluationStart, 4) : null;
    const resolutionStart = stageStarts.resolution;
    const resolutionDue = resolutionStart !== undefined ? add(resolutionStart, 1) : null;
    const stage =
      status === 'received' || status === 'in_assessment'
        ? 'assessment'
        : ['investigating', 'pending_approval', 'response_proposed', 'awaiting_customer'].includes(status)
          ? 'evaluation'
          : status === 'implementing'
            ? 'resolution'
            : 'done';
    const current = { assessment: [receivedAt, assessmentDue], evaluation: [evaluationStart, evaluationDue], resolution: [resolutionStart, resolutionDue], done: [null, null] }[stage] as [number | null, number | null];
    const isoOrNull = (v: number | null | undefined) => (v === null || v === undefined ? null : new Date(v).toISOString());
    const dueAt = isoOrNull(current[1]);

    const reviewKey = area === 'network' && i % 12 === 0 && status !== 'received' ? 'outage-review' : null;
    return { stage, stageStart: current[0], lastAt: at, plan: {
      trackingCode,
      categoryCode,
      teamCode: `${area}-${escalationLevel === 'line1' ? 'line1' : 'line2'}`,
      assigneeRole: assignee,
      registeredByRole: events[0].actorRole === 'agent' ? 'agent' : null,
      incidentKey: area === 'network' && i % 6 === 0 ? 'outage-north' : area === 'billing' && i % 6 === 0 ? 'double-billing' : null,
      reviewKey,
      rootCauseCodes: rootCausesFor(i, area, status, reviewKey),
      customer: {
        externalRef: `demo-${customerNo}`,
        name: nameList[customerNo % nameList.length],
        phone: `${PHONE_PREFIX[language]}${String(100000 + customerNo * 37).slice(-6)}`,
        phoneNormalized: `${PHONE_PREFIX[language]}${String(100000 + customerNo * 37).slice(-6)}`.replace(/[^0-9+]/g, ''),
        email: `customer${customerNo}@example.com`,
        emailNormalized: `customer${customerNo}@example.com`,
        preferredLanguage: language,
        contactPreference: (['phone', 'sms', 'email', 'letter'] as const)[customerNo % 4],
        valueTier,
        consentAt: new Date(receivedAt).toISOString(),
      },
      fields: {
        trackingCode,
        status,
        channel,
        subject: SUBJECTS[language][i % SUBJECTS[language].length],
        description: `${SUBJECTS[language][i % SUBJECTS[language].length]}. (demo #${i + 1})`,
        language,
        requestedRemedy: amount ? `Refund of ${amount} EUR` : 'Fix the problem',
        contactPreference: (['phone', 'sms', 'email', 'letter'] as const)[customerNo % 4],
        escalationLevel,
        valueTier,
        responseRound,
        proposal,
        receivedAt: new Date(receivedAt).toISOString(),
        acknowledgmentDueAt: new Date(receivedAt).toISOString(),
        assessmentDueAt: isoOrNull(assessmentDue),
        evaluationStartedAt: isoOrNull(evaluationStart),
        evaluationDueAt: isoOrNull(evaluationDue),
        resolutionStartedAt: isoOrNull(resolutionStart),
        resolutionDueAt: isoOrNull(resolutionDue),
        slaStage: stage,
        slaDueAt: dueAt,
        slaAtRiskAt: current[0] !== null && current[1] !== null ? isoOrNull(riskAt(current[0], current[1])) : null,
        slaPausedAt: status === 'awaiting_customer' ? new Date(at).toISOString() : null,
        ...fields,
      },
      events,
      approvals,
      surveys,
    } satisfies ComplaintPlan };
    };

    // Place it: done ones anywhere in the last 90 days (their whole path behind them); open ones so
    // that the running stage has used its target share now, and their last event is in the past.
    const probe = build(now - 30 * DAY);
    let receivedAt: number;
    if (DONE.includes(target) || probe.stage === 'done' || probe.stageStart === null) {
      receivedAt = now - (probe.lastAt - (now - 30 * DAY)) - (1 + ((i * 37) % (PLAN_DAYS - 10)) + jitter) * DAY;
    } else {
      const offset = probe.stageStart - (now - 30 * DAY);
      const days = { assessment: 2, evaluation: 4, resolution: 1 }[probe.stage as 'assessment' | 'evaluation' | 'resolution'];
      const stageStart = workingTimeAgo(now, targetShare(i) * durationOf(days), DEMO_CALENDAR);
      receivedAt = Math.min(stageStart - offset, now - (probe.lastAt - (now - 30 * DAY)) - 10 * 60_000);
    }
    plans.push(build(receivedAt).plan);
  }
  return plans;
}

const durationOf = (days: number) => days * workingDayMs(DEMO_CALENDAR);

/** The moment `ms` of working time before `end` (a bisection over real time: working time only grows with it). */
function workingTimeAgo(end: number, ms: number, cal: Calendar): number {
  let lo = 0;
  let hi = DAY;
  while (workingTimeBetween(new Date(end - hi), new Date(end), cal).ms < ms) hi *= 2;
  for (let n = 0; n < 40 && hi - lo > 60_000; n++) {
    const mid = (lo + hi) / 2;
    if (workingTimeBetween(new Date(end - mid), new Date(end), cal).ms < ms) lo = mid;
    else hi = mid;
  }
  return end - hi;
}
