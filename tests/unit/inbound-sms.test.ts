import { createHmac } from 'node:crypto';
import { checkSignature, routeSms, signSms, smsInboundSchema, smsSubject, REPLAY_WINDOW_SECONDS } from '../../src/plugins/complaint-desk/server/src/domain/inbound-sms';
import { formatTrackingCode, generateTrackingCode } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

const secret = 'test-secret';
const now = new Date('2026-12-03T12:00:00Z');
const ts = String(now.getTime() / 1000);
const body = Buffer.from('{"from":"+98 912 000 0001","text":"سلام"}');
const good = `sha256=${signSms(secret, ts, body)}`;

describe('signature', () => {
  it('matches the documented construction: HMAC-SHA256 of "{timestamp}.{raw body}"', () => {
    expect(signSms(secret, ts, body)).toBe(createHmac('sha256', secret).update(`${ts}.${body.toString('utf8')}`).digest('hex'));
  });

  it.each<[string, Partial<Parameters<typeof checkSignature>[0]>, string | null]>([
    ['valid', {}, null],
    ['valid, upper-case hex', { signature: `sha256=${signSms(secret, ts, body).toUpperCase()}` }, null],
    ['at the window edge', { timestamp: String(Number(ts) - REPLAY_WINDOW_SECONDS), signature: `sha256=${signSms(secret, String(Number(ts) - REPLAY_WINDOW_SECONDS), body)}` }, null],
    ['older than the window', { timestamp: String(Number(ts) - REPLAY_WINDOW_SECONDS - 1), signature: `sha256=${signSms(secret, String(Number(ts) - REPLAY_WINDOW_SECONDS - 1), body)}` }, 'X-Timestamp is outside the replay window'],
    ['from the future', { timestamp: String(Number(ts) + REPLAY_WINDOW_SECONDS + 1), signature: `sha256=${signSms(secret, String(Number(ts) + REPLAY_WINDOW_SECONDS + 1), body)}` }, 'X-Timestamp is outside the replay window'],
    ['no timestamp', { timestamp: undefined }, 'X-Timestamp must be unix seconds'],
    ['milliseconds with a dot', { timestamp: `${ts}.5` }, 'X-Timestamp must be unix seconds'],
    ['no signature', { signature: undefined }, 'X-Signature must be sha256=<hex>'],
    ['bare hex', { signature: signSms(secret, ts, body) }, 'X-Signature must be sha256=<hex>'],
    ['other secret', { secret: 'other' }, 'X-Signature does not match'],
    ['body changed by one byte', { rawBody: Buffer.from(body.toString().replace('0001', '0002')) }, 'X-Signature does not match'],
    ['timestamp changed', { timestamp: String(Number(ts) - 1) }, 'X-Signature does not match'],
  ])('%s', (_name, change, reason) => {
    const r = checkSignature({ secret, timestamp: ts, signature: good, rawBody: body, now, ...change });
    expect(r).toEqual(reason === null ? { ok: true } : { ok: false, reason });
  });
});

describe('body', () => {
  it.each<[string, unknown, string[] | null]>([
    ['valid', { from: '+98 912 000 0001', text: 'hello' }, null],
    ['Persian digits in the number', { from: '+۹۸ ۹۱۲ ۰۰۰ ۰۰۰۱', text: 'x' }, null],
    ['missing from', { text: 'x' }, ['from']],
    ['number not a phone', { from: 'call me', text: 'x' }, ['from']],
    ['empty text', { from: '+98 912 000 0001', text: '   ' }, ['text']],
    ['text not a string', { from: '+98 912 000 0001', text: 5 }, ['text']],
    ['text too long', { from: '+98 912 000 0001', text: 'x'.repeat(701) }, ['text']],
    ['unknown field', { from: '+98 912 000 0001', text: 'x', extra: 1 }, ['']],
  ])('%s', (_name, input, paths) => {
    const r = smsInboundSchema.safeParse(input);
    if (paths === null) expect(r.success).toBe(true);
    else expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(paths);
  });
});

describe('routing', () => {
  const mine = generateTrackingCode();
  const other = generateTrackingCode();
  const ofPhone = [{ trackingCode: mine, documentId: 'doc-mine' }];
  it.each<[string, string, ReturnType<typeof routeSms>]>([
    ['the phone’s own code', `About ${formatTrackingCode(mine)}: still no signal`, { kind: 'message', documentId: 'doc-mine', trackingCode: mine }],
    ['written together, lower case', `${mine.toLowerCase()} ok`, { kind: 'message', documentId: 'doc-mine', trackingCode: mine }],
    ['someone else’s code', `About ${formatTrackingCode(other)}`, { kind: 'new' }],
    ['no code', 'No signal since morning', { kind: 'new' }],
  ])('%s', (_name, text, expected) => {
    expect(routeSms(text, ofPhone)).toEqual(expected);
  });

  it('subject: the first line, at most 80 characters', () => {
    expect(smsSubject('\nNo signal\nsince morning')).toBe('No signal');
    expect([...smsSubject('ж'.repeat(100))]).toHaveLength(80);
  });
});
