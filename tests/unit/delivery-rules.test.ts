/**
 * The delivery rules, table-driven: backoff with jitter and the dead point, permanent refusals, the
 * acknowledgment's channel, sealed secrets, message rendering, the acknowledgment stage without contact.
 */
import { afterFailure, isPermanentFailure, type RetryPolicy } from '../../src/plugins/complaint-desk/server/src/domain/delivery-retry';
import { acknowledgmentChannel } from '../../src/plugins/complaint-desk/server/src/domain/notify-channel';
import { fill, localeChain, maskDigitRuns, renderMessage, senderDomain, templateKey } from '../../src/plugins/complaint-desk/server/src/domain/message-render';
import { open, seal, sealKey, splitSecrets } from '../../src/plugins/complaint-desk/server/src/domain/sealed-secret';
import { slaView } from '../../src/plugins/complaint-desk/server/src/domain/sla-stages';

const policy: RetryPolicy = { maxAttempts: 5, baseMs: 1000, maxMs: 6000 };

describe('afterFailure', () => {
  it.each([
    // attempts, random, permanent → dead | delay
    [1, 0, false, 500],
    [1, 0.999999, false, 1000],
    [1, 0.5, false, 750],
    [2, 0, false, 1000],
    [2, 1, false, 2000],
    [3, 0.5, false, 3000],
    [4, 0, false, 3000], // 8000 capped at 6000, half of it fixed
    [4, 1, false, 6000],
    [5, 0.5, false, 'dead'],
    [9, 0.5, false, 'dead'],
    [1, 0.5, true, 'dead'],
  ] as const)('attempt %p, random %p, permanent %p → %p', (attempts, random, permanent, expected) => {
    const d = afterFailure(attempts, policy, { random, permanent });
    expect(d.dead ? 'dead' : d.delayMs).toBe(expected);
  });

  it('never waits less than half a step nor more than the cap', () => {
    for (let a = 1; a < 5; a++) {
      for (let i = 0; i < 50; i++) {
        const d = afterFailure(a, policy);
        if (d.dead) throw new Error('dead too early');
        const step = Math.min(policy.maxMs, policy.baseMs * 2 ** (a - 1));
        expect(d.delayMs).toBeGreaterThanOrEqual(step / 2);
        expect(d.delayMs).toBeLessThanOrEqual(step);
      }
    }
  });
});

describe('isPermanentFailure', () => {
  it.each([
    [{ responseCode: 550 }, true],
    [{ responseCode: 421 }, false],
    [{ responseCode: 451 }, false],
    [{ status: 400 }, true],
    [{ status: 401 }, true],
    [{ status: 429 }, false],
    [{ status: 408 }, false],
    [{ status: 503 }, false],
    [{}, false],
    [null, false],
  ] as const)('%p → %p', (err, expected) => expect(isPermanentFailure(err)).toBe(expected));
});

describe('acknowledgmentChannel', () => {
  const both = { phone: '+98912', email: 'a@x.test' };
  it.each([
    ['email', both, 'email'],
    ['sms', both, 'sms'],
    ['phone', both, 'sms'],
    ['web_form', both, 'sms'],
    ['portal', both, 'sms'],
    ['in_person', both, 'sms'],
    ['phone', { phone: null, email: 'a@x.test' }, 'email'],
    ['portal', { phone: null, email: 'a@x.test' }, 'email'],
    ['email', { phone: '+98912', email: null }, 'sms'],
    ['sms', { phone: null, email: 'a@x.test' }, 'email'],
    ['phone', { phone: null, email: null }, null],
    ['email', null, null],
  ] as const)('complaint by %p, customer %p → %p', (channel, customer, expected) => {
    expect(acknowledgmentChannel(channel, customer)).toBe(expected);
  });
});

describe('sealed secrets', () => {
  const key = sealKey('test-key');
  it('opens what it sealed, for the same row only', () => {
    const s = seal({ pin: '123456' }, key, 'row-1');
    expect(s).not.toContain('123456');
    expect(open(s, key, 'row-1')).toEqual({ pin: '123456' });
    expect(() => open(s, key, 'row-2')).toThrow();
    expect(() => open(s, sealKey('other'), 'row-1')).toThrow();
    const [v, iv, tag, data] = s.split('.');
    const flipped = data[0] === 'A' ? `B${data.slice(1)}` : `A${data.slice(1)}`;
    expect(() => open([v, iv, tag, flipped].join('.'), key, 'row-1')).toThrow();
    expect(() => open('plain', key, 'row-1')).toThrow();
  });
  it('seals differently every time', () => expect(seal({ pin: '1' }, key, 'r')).not.toBe(seal({ pin: '1' }, key, 'r')));
  it.each([
    [{ trackingCode: 'X', pin: '123456' }, { trackingCode: 'X' }, { pin: '123456' }],
    [{ trackingCode: 'X' }, { trackingCode: 'X' }, null],
    [{ pin: null, a: 1 }, { a: 1 }, null],
  ] as const)('splitSecrets(%p)', (payload, stored, secrets) => expect(splitSecrets(payload)).toEqual({ stored, secrets }));
});

describe('message rendering', () => {
  it.each([
    ['acknowledgment.email', { purpose: 'acknowledgment', channel: 'email' }],
    ['assessment_reject.sms', { purpose: 'assessment_reject', channel: 'sms' }],
    ['sla_breached.email', { purpose: 'escalation', channel: 'email' }],
    ['mass_incident.sms', { purpose: 'bulk_message', channel: 'sms' }],
  ] as const)('templateKey(%p)', (name, expected) => expect(templateKey(name)).toEqual(expected));

  it.each([
    ['fa', ['fa', 'en']],
    ['en', ['en']],
    ['de', ['en']],
    [null, ['en']],
  ] as const)('localeChain(%p)', (locale, chain) => expect(localeChain(locale)).toEqual(chain));

  it.each([
    ['Code {{trackingCode}}, PIN {{ pin }}', { trackingCode: 'AB', pin: '1' }, 'Code AB, PIN 1'],
    ['{{missing}}!', {}, '!'],
    ['{{n}}', { n: 0 }, '0'],
  ])('fill(%p)', (text, vars, expected) => expect(fill(text, vars)).toBe(expected));

  it('renders Persian HTML right to left and escapes markup', () => {
    const m = renderMessage({ subject: 'کد {{trackingCode}}', body: 'سلام <b>{{customerName}}</b>\n\nخط دوم' }, { templateName: 'acknowledgment.email', channel: 'email', locale: 'fa', vars: { trackingCode: 'X1', customerName: 'علی' } });
    expect(m.subject).toBe('کد X1');
    expect(m.text).toBe('سلام <b>علی</b>\n\nخط دوم');
    expect(m.html).toContain('dir="rtl"');
    expect(m.html).toContain('&lt;b&gt;علی&lt;/b&gt;');
    const en = renderMessage({ body: 'x' }, { templateName: 't.email', channel: 'email', locale: 'en', vars: {} });
    expect(en.html).toContain('dir="ltr"');
  });

  it('gives SMS no HTML, and a built-in text when no template exists', () => {
    const m = renderMessage(null, { templateName: 'sla_breached.email', channel: 'sms', locale: 'en', vars: { trackingCode: 'K', stage: 'assessment' } });
    expect(m.html).toBeUndefined();
    expect(m.subject).toBe('sla_breached.email – K');
    expect(m.text).toContain('stage: assessment');
  });

  it.each([
    ['Desk <desk@Example.org>', 'example.org'],
    ['desk@mail.example.org', 'mail.example.org'],
    ['nobody', 'localhost'],
  ])('senderDomain(%p)', (from, domain) => expect(senderDomain(from)).toBe(domain));

  it.each([
    ['PIN: 123456.', 'PIN: ******.'],
    ['رمز: ۱۲۳۴۵۶', 'رمز: ******'],
    ['code ABCD-1234-XY99, 2026-12-03', 'code ABCD-****-XY99, ****-12-03'],
  ])('maskDigitRuns(%p)', (text, expected) => expect(maskDigitRuns(text)).toBe(expected));
});

describe('the acknowledgment stage', () => {
  const opts = { terminal: false, atRiskShare: () => 0.75, elapsedShare: () => 1 };
  const row = { receivedAt: '2026-01-01T10:00:00.000Z', acknowledgmentDueAt: '2026-01-01T10:00:00.000Z' };
  const now = new Date('2026-01-01T11:00:00.000Z');
  it.each([
    [{}, 'breached'],
    [{ acknowledgedAt: '2026-01-01T10:00:01.000Z' }, 'met'],
    [{ acknowledgmentNoContact: true }, 'no_contact'],
    [{ acknowledgmentNoContact: false, acknowledgedAt: '2026-01-01T10:00:01.000Z' }, 'met'],
  ] as const)('%p → %p', (extra, state) => {
    expect(slaView({ ...row, ...extra }, now, opts).stages[0]).toMatchObject({ stage: 'acknowledgment', state });
  });
  it('says no_contact on a closed complaint too, never a silent met', () => {
    expect(slaView({ ...row, acknowledgmentNoContact: true }, now, { ...opts, terminal: true }).stages[0].state).toBe('no_contact');
  });
});
