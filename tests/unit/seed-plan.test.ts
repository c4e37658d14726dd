import { planComplaints } from '../../src/plugins/complaint-desk/server/src/seed/complaints';
import { CATEGORIES } from '../../src/plugins/complaint-desk/server/src/seed/data/categories';
import { CHANNELS as CHANNEL_SEEDS } from '../../src/plugins/complaint-desk/server/src/seed/data/channels';
import { RESPONSE_TEMPLATES } from '../../src/plugins/complaint-desk/server/src/seed/data/response-templates';
import { ROOT_CAUSES } from '../../src/plugins/complaint-desk/server/src/seed/data/reference';
import { LOCALES, type CategorySeed } from '../../src/plugins/complaint-desk/server/src/seed/data/types';
import { CHANNELS, LANGUAGES, STATUSES } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';
import { isValidCanonical } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

const flatten = (nodes: CategorySeed[]): CategorySeed[] => nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);
const categories = flatten(CATEGORIES);
const categoryArea = Object.fromEntries(categories.map((c) => [c.code, c.area]));
const plan = () => planComplaints({ total: 320, categoryCodes: categories.map((c) => c.code), categoryArea });

describe('demo seed data', () => {
  it('covers every classification of SPEC §2 in all four languages', () => {
    const names = categories.map((c) => c.name.en.toLowerCase()).join('|');
    for (const needle of ['service quality', 'network fault', 'billing', 'other', 'support', 'financial', 'contract', 'service not provided', 'store', 'call cent', 'dealer', 'billing system', 'automated information', 'tariff change']) {
      expect(names).toContain(needle);
    }
    for (const c of categories) for (const l of LOCALES) expect(c.name[l].trim()).not.toBe('');
    expect(new Set(categories.map((c) => c.code)).size).toBe(categories.length);
  });

  it('has every channel of SPEC §2 with hours, and templates in all languages', () => {
    expect(CHANNEL_SEEDS.map((c) => c.code).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNEL_SEEDS) expect(c.hours.length).toBeGreaterThan(0);
    for (const t of RESPONSE_TEMPLATES) for (const l of LOCALES) expect(t.body[l].trim()).not.toBe('');
  });

  it('is deterministic, so the seed is idempotent', () => {
    const a = plan();
    const b = plan();
    expect(a.map((p) => p.trackingCode)).toEqual(b.map((p) => p.trackingCode));
    expect(new Set(a.map((p) => p.trackingCode)).size).toBe(320);
    for (const p of a) expect(isValidCanonical(p.trackingCode)).toBe(true);
  });

  it('spreads complaints over every state, channel, category and language', () => {
    const a = plan();
    expect(new Set(a.map((p) => p.fields.status))).toEqual(new Set(STATUSES));
    expect(new Set(a.map((p) => p.fields.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(a.map((p) => p.fields.language))).toEqual(new Set(LANGUAGES));
    expect(new Set(a.map((p) => p.categoryCode))).toEqual(new Set(categories.map((c) => c.code)));
  });

  it('gives the complaints whose cause is known root causes of the seed, a few causes behind most of them', () => {
    const codes = new Set(ROOT_CAUSES.map((r) => r.code));
    const a = plan();
    const counts = new Map<string, number>();
    for (const p of a) for (const c of p.rootCauseCodes) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const c of counts.keys()) expect(codes.has(c)).toBe(true);
    for (const p of a) if (['received', 'in_assessment', 'rejected'].includes(p.fields.status as string) && !p.reviewKey) expect(p.rootCauseCodes).toEqual([]);
    expect(a.filter((p) => p.rootCauseCodes.length > 0).length).toBeGreaterThan(a.length / 4);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    const total = sorted.reduce((s, n) => s + n, 0);
    // Pareto shape: the top three causes hold at least half of all links, and most causes occur.
    expect(sorted.slice(0, 3).reduce((s, n) => s + n, 0) / total).toBeGreaterThanOrEqual(0.5);
    expect(counts.size).toBeGreaterThanOrEqual(8);
  });

  it('gives each complaint events consistent with its state', () => {
    for (const p of plan()) {
      expect(p.events[0]).toMatchObject({ action: 'register', fromStatus: null, toStatus: 'received' });
      for (let i = 1; i < p.events.length; i++) {
        expect(p.events[i].fromStatus).toBe(p.events[i - 1].toStatus);
        expect(p.events[i].at >= p.events[i - 1].at).toBe(true);
      }
      expect(p.events[p.events.length - 1].toStatus).toBe(p.fields.status);
    }
  });

  it.each(['2026-12-03T09:00:00Z', '2027-06-15T14:30:00Z'])('places complaints like a working desk relative to the day it runs (%s)', (day) => {
    const now = new Date(day);
    const p = planComplaints({ total: 320, categoryCodes: categories.map((c) => c.code), categoryArea, now });
    const ages = p.map((x) => (now.getTime() - Date.parse(x.fields.receivedAt as string)) / 86_400_000);
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90);
    expect(p.flatMap((x) => x.events).filter((e) => Date.parse(e.at) > now.getTime())).toEqual([]);
    // The running clocks of open complaints: most within their time, some at risk, a few breached.
    const clocks = p.map((x) => x.fields as Record<string, string | null>).filter((f) => f.slaDueAt && !f.slaPausedAt);
    const breached = clocks.filter((f) => Date.parse(f.slaDueAt!) <= now.getTime()).length;
    const atRisk = clocks.filter((f) => Date.parse(f.slaDueAt!) > now.getTime() && Date.parse(f.slaAtRiskAt!) <= now.getTime()).length;
    expect(clocks.length).toBeGreaterThan(150);
    expect(breached / clocks.length).toBeGreaterThan(0.03);
    expect(breached / clocks.length).toBeLessThan(0.2);
    expect(atRisk / clocks.length).toBeGreaterThan(0.05);
    expect((clocks.length - breached - atRisk) / clocks.length).toBeGreaterThan(0.6);
  });
});
