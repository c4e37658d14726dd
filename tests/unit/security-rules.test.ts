/**
 * The framework-free security rules: objectivity of `subjectStaffId`
 * changes, the update event's changes, SLA policy bounds, phone numbers, receipt times, the category
 * tree, and hidden characters in list answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { subjectStaffChangeRefusal, type SubjectStaffState } from '../../src/plugins/complaint-desk/server/src/domain/objectivity';
import { fieldChanges } from '../../src/plugins/complaint-desk/server/src/domain/changes';
import { clampPolicyTargets, validatePolicyTargets } from '../../src/plugins/complaint-desk/server/src/domain/sla-policy';
import { validatePhone } from '../../src/plugins/complaint-desk/server/src/domain/contact';
import { backdateRecord, receivedAtIssue } from '../../src/plugins/complaint-desk/server/src/domain/intake';
import { parentIssue } from '../../src/plugins/complaint-desk/server/src/domain/category-tree';
import { neutralizeText } from '../../src/plugins/complaint-desk/server/src/domain/display-text';
import { LIMITS, validateCalendar, validateDuration } from '../../src/plugins/complaint-desk/server/src/domain/working-time';

describe('subjectStaffId changes (objectivity)', () => {
  const state = (extra: Partial<SubjectStaffState> = {}): SubjectStaffState => ({ status: 'received', subjectStaffId: 'u-dir', assigneeId: null, pendingApprovals: [], ...extra });
  it.each<[string, SubjectStaffState, string | null, string | null, 'forbidden' | 'conflict' | null]>([
    ['unchanged value, by the named person', state({ assigneeId: 'u-agent', pendingApprovals: [{}] }), 'u-dir', 'u-dir', null],
    ['unchanged null', state({ subjectStaffId: null, assigneeId: 'u-agent' }), 'u-agent', null, null],
    ['the named person removes themself', state(), 'u-dir', null, 'forbidden'],
    ['the named person names someone else', state(), 'u-dir', 'u-agent', 'forbidden'],
    ['the named person, even on an assigned complaint', state({ assigneeId: 'u-agent' }), 'u-dir', null, 'forbidden'],
    ['a colleague before assignment', state(), 'u-agent', null, null],
    ['a colleague names someone on a new complaint', state({ subjectStaffId: null }), 'u-agent', 'u-dir', null],
    ['a colleague once assigned', state({ assigneeId: 'u-spec' }), 'u-agent', null, 'conflict'],
    ['a colleague names someone once assigned', state({ subjectStaffId: null, assigneeId: 'u-spec' }), 'u-agent', 'u-dir', 'conflict'],
    ['a colleague while an approval is pending', state({ pendingApprovals: [{ id: 'a1' }] }), 'u-qm', null, 'conflict'],
    ['a colleague after escalation cleared the assignee', state({ status: 'investigating' }), 'u-agent', null, 'conflict'],
  ])('%s', (_name, s, actor, next, expected) => {
    expect(subjectStaffChangeRefusal(s, actor, next)?.kind ?? null).toBe(expected);
  });
});

describe('update event changes', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]>([
    ['one changed field', { subject: 'a', valueTier: 1 }, { subject: 'b', valueTier: 1 }, { subject: { from: 'a', to: 'b' } }],
    ['nothing changed', { subject: 'a', categoryId: 'c1' }, { subject: 'a', categoryId: 'c1' }, {}],
    ['set to null', { subjectStaffId: 'u1' }, { subjectStaffId: null }, { subjectStaffId: { from: 'u1', to: null } }],
    ['missing counts as null', {}, { requestedRemedy: null, language: 'fa' }, { language: { from: null, to: 'fa' } }],
    ['objects compare by value', { proposal: { a: 1 } }, { proposal: { a: 1 } }, {}],
  ])('%s', (_name, before, next, expected) => {
    expect(fieldChanges(before, next)).toEqual(expected);
  });
});

describe('SLA policy bounds', () => {
  it.each<[Record<string, unknown>, string[]]>([
    [{ assessmentDays: 2, evaluationDays: 4, resolutionDays: 1, acknowledgmentHours: 0, atRiskShare: 0.75 }, []],
    [{ assessmentDays: 365, acknowledgmentHours: 8760, atRiskShare: 1 }, []],
    [{ assessmentDays: '2.5' }, []], // PostgreSQL decimals arrive as strings
    [{ assessmentDays: null }, []],
    [{ assessmentDays: 100000 }, ['assessmentDays']],
    [{ evaluationDays: 366, resolutionDays: -1 }, ['evaluationDays', 'resolutionDays']],
    [{ acknowledgmentHours: 1e9 }, ['acknowledgmentHours']],
    [{ atRiskShare: 1.5 }, ['atRiskShare']],
    [{ assessmentDays: 'soon' }, ['assessmentDays']],
    [{ assessmentDays: Infinity }, ['assessmentDays']],
    [{ minValueTier: 0, maxValueTier: 5 }, ['minValueTier', 'maxValueTier']],
  ])('%j → issues on %j', (record, paths) => {
    expect(validatePolicyTargets(record).map((i) => i.path)).toEqual(paths);
  });

  const defaults = { acknowledgmentHours: 0, assessmentDays: 2, evaluationDays: 4, resolutionDays: 1, atRiskShare: 0.75 };
  it.each<[Record<string, unknown>, Record<string, unknown>, string[]]>([
    [{ ...defaults }, defaults, []],
    [{ ...defaults, assessmentDays: 100000 }, { ...defaults, assessmentDays: 365 }, ['assessmentDays']],
    [{ ...defaults, atRiskShare: -2, acknowledgmentHours: 1e9 }, { ...defaults, atRiskShare: 0, acknowledgmentHours: 8760 }, ['acknowledgmentHours', 'atRiskShare']],
    [{ ...defaults, evaluationDays: 'x' }, defaults, ['evaluationDays']],
    [{ ...defaults, resolutionDays: null }, defaults, []],
  ])('clamps %j', (targets, expected, clamped) => {
    const out = clampPolicyTargets(targets as any, defaults);
    expect(out.targets).toEqual(expected);
    expect(out.clamped).toEqual(clamped);
  });
});

describe('calendar and duration bounds', () => {
  const cal = { timezone: 'Asia/Tehran', workingDays: ['sat', 'sun'], hours: [['08:00', '17:00']] };
  const days = (n: number) => Array.from({ length: n }, (_v, i) => new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
  it.each<[string, Record<string, unknown>, string | null]>([
    ['holidays at the bound', { ...cal, holidays: days(LIMITS.holidays) }, null],
    ['20,000 holidays', { ...cal, holidays: days(20_000) }, 'holidays'],
    ['too many spans', { ...cal, hours: Array.from({ length: 49 }, (_v, i) => [`${String(Math.floor(i / 3)).padStart(2, '0')}:${String((i % 3) * 20).padStart(2, '0')}`, `${String(Math.floor(i / 3)).padStart(2, '0')}:${String((i % 3) * 20 + 10).padStart(2, '0')}`]) }, 'hours'],
    ['too many half days', { ...cal, halfDays: days(1001).map((date) => ({ date, hours: [['08:00', '12:00']] })) }, 'halfDays'],
    ['too many weekdays', { ...cal, workingDays: ['sat', 'sat', 'sat', 'sat', 'sat', 'sat', 'sat', 'sat'] }, 'workingDays'],
    ['a long time-zone name', { ...cal, timezone: 'A'.repeat(65) }, 'timezone'],
  ])('%s', (_name, input, path) => {
    const r = validateCalendar(input);
    if (path === null) expect(r.ok).toBe(true);
    else expect(r.ok ? [] : r.issues.map((i) => i.path)).toContain(path);
  });

  it.each<[Record<string, unknown>, string | null]>([
    [{ days: 365 }, null],
    [{ hours: 8760 }, null],
    [{ days: 1e5 }, 'days'],
    [{ days: 1e9 }, 'days'],
    [{ hours: 1e9 }, 'hours'],
  ])('duration %j', (input, path) => {
    const r = validateDuration(input);
    expect(r.ok ? null : r.issues[0].path).toBe(path);
  });
});

describe('phone numbers', () => {
  it.each<[string, string]>([
    ['+98 (912) 000-0001', '+98 (912) 000-0001'],
    ['  0098 912 000 0001 ', '0098 912 000 0001'],
    ['۰۹۱۲ ۰۰۰ ۰۰۰۱', '0912 000 0001'],
    ['٠٩١٢٠٠٠٠٠٠١', '09120000001'],
    ['+۹۸ ۹۱۲ ۰۰۰ ۰۰۰۱', '+98 912 000 0001'],
    ['8 (495) 123-45-67', '8 (495) 123-45-67'],
    ['+86.138.0000.1111', '+86.138.0000.1111'],
    ['112', '112'],
    ['+1  555   0100', '+1 555 0100'],
  ])('accepts %j as %j', (input, stored) => {
    expect(validatePhone(input)).toEqual({ ok: true, phone: stored });
  });

  it.each<[unknown]>([['call me maybe'], ['0912\u00000000001'], ['12'], ['+98 912 000 0001 ext 5'], ['1+2'], ['+'], ['1234567890123456'], [' '.repeat(3) + '1'.repeat(33)], [42], ['٠٩١٢\u202E٠٠٠']])('refuses %j', (input) => {
    expect(validatePhone(input).ok).toBe(false);
  });
});

describe('receipt times', () => {
  const now = new Date('2026-12-03T10:00:00.000Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const DAY = 86_400_000;
  it.each<[string, Date, string | null]>([
    ['now', now, null],
    ['within the clock skew ahead', ago(-4 * 60_000), null],
    ['beyond the clock skew', ago(-6 * 60_000), 'cannot be in the future'],
    ['29 days ago', ago(29 * DAY), null],
    ['exactly 30 days ago', ago(30 * DAY), null],
    ['31 days ago', ago(31 * DAY), 'cannot be more than 30 days ago'],
    ['years ago', new Date('2001-01-01T00:00:00Z'), 'cannot be more than 30 days ago'],
    ['not a date', new Date('nope'), 'must be an ISO 8601 date-time'],
  ])('%s', (_name, at, issue) => {
    expect(receivedAtIssue(at, now)).toBe(issue);
  });

  it('records a backdate beyond the clock skew', () => {
    expect(backdateRecord(now, now)).toBeNull();
    expect(backdateRecord(ago(60_000), now)).toBeNull();
    expect(backdateRecord(ago(2 * DAY + 500), now)).toEqual({ receivedAt: '2026-12-01T09:59:59.500Z', registeredAt: now.toISOString(), backdatedBySeconds: 172800 });
  });
});

describe('category parents', () => {
  // root ← a ← b ← c; other is a separate root; loop1 ↔ loop2 is a stored loop.
  const tree = new Map<string, string | null>([
    ['root', null],
    ['a', 'root'],
    ['b', 'a'],
    ['c', 'b'],
    ['other', null],
    ['loop1', 'loop2'],
    ['loop2', 'loop1'],
  ]);
  it.each<[string, string | null, string | null]>([
    ['b', 'b', 'a category cannot be its own parent'],
    ['a', 'c', 'a category cannot be the child of one of its descendants'],
    ['root', 'b', 'a category cannot be the child of one of its descendants'],
    ['b', 'root', null],
    ['c', 'other', null],
    ['other', 'c', null],
    ['a', null, null],
    ['a', 'unknown', null],
    ['a', 'loop1', null],
  ])('%s under %s', (id, parent, issue) => {
    expect(parentIssue(id, parent, tree)).toBe(issue);
  });
});

describe('hidden characters in list answers', () => {
  it.each<[string, string]>([
    ['Invoice \u202Egpj.exe', 'Invoice ⟦U+202E⟧gpj.exe'],
    ['\u2066Ali\u2069', '⟦U+2066⟧Ali⟦U+2069⟧'],
    ['\u202A\u202B\u202C\u202D', '⟦U+202A⟧⟦U+202B⟧⟦U+202C⟧⟦U+202D⟧'],
    ['Ma\u200Bryam', 'Ma⟦U+200B⟧ryam'],
    ['\uFEFFLi\u2060Wei', '⟦U+FEFF⟧Li⟦U+2060⟧Wei'],
    ['می\u200Cخواهم', 'می\u200Cخواهم'], // Persian spelling keeps its non-joiner
    ['👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'], // an emoji sequence keeps its joiners
    ['\u200Cمریم', '⟦U+200C⟧مریم'],
    ['Li \u200D Wei', 'Li ⟦U+200D⟧ Wei'],
    ['a\u200C\u200Cb', 'a⟦U+200C⟧⟦U+200C⟧b'],
    ['Plain name', 'Plain name'],
    ['', ''],
  ])('%j → %j', (input, shown) => {
    expect(neutralizeText(input)).toBe(shown);
  });

  it('passes null through, and marking twice changes nothing', () => {
    expect(neutralizeText(null)).toBeNull();
    const once = neutralizeText('x\u202Ey\u200Bz');
    expect(neutralizeText(once)).toBe(once);
  });
});

it('leaves the Persian demo data as it is (its non-joiners sit between letters)', () => {
  const texts = ['complaints.ts', 'data/categories.ts', 'data/channels.ts', 'data/response-templates.ts'].map((file) => fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'plugins', 'complaint-desk', 'server', 'src', 'seed', file), 'utf8'));
  expect(texts.some((text) => text.includes('\u200C'))).toBe(true);
  for (const text of texts) expect(neutralizeText(text) === text).toBe(true);
});
