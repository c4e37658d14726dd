import {
  ERASED_TEXT,
  maskSecrets,
  maskSecretsInText,
  personalDataRedactor,
  personalDataWrites,
  redactDeep,
  SECRET_MASK,
} from '../../src/plugins/complaint-desk/server/src/domain/privacy';
import { maskSecretsFormat } from '../../src/plugins/complaint-desk/server/src/logging';

describe('maskSecrets', () => {
  it.each([
    ['a PIN at the top', { trackingCode: 'X', pin: '123456' }, { trackingCode: 'X', pin: SECRET_MASK }],
    ['a PIN deeper down', { data: [{ pin: '000000', text: 'hi' }] }, { data: [{ pin: SECRET_MASK, text: 'hi' }] }],
    ['a PIN hash', { pinHash: 'scrypt$1' }, { pinHash: SECRET_MASK }],
    ['no PIN', { a: 1, b: ['x'] }, { a: 1, b: ['x'] }],
    ['an empty PIN', { pin: null }, { pin: null }],
    ['not an object', 'pin', 'pin'],
    ['null', null, null],
  ])('%s', (_label, input, expected) => {
    expect(maskSecrets(input)).toEqual(expected);
  });

  it('leaves values without a secret as they are, and never changes its input', () => {
    const clean = { a: { b: [1, 2] } };
    expect(maskSecrets(clean)).toBe(clean);
    const secret = { pin: '123456', nested: { x: 1 } };
    const masked = maskSecrets(secret);
    expect(secret.pin).toBe('123456');
    expect(masked.nested).toBe(secret.nested);
  });
});

describe('maskSecretsInText (log lines)', () => {
  it.each([
    ['JSON', '{"trackingCode":"AB","pin":"123456"}', '{"trackingCode":"AB","pin":"******"}'],
    ['JSON inside a quoted SQL value', `insert into "cd_notifications" ("payload") values ('{\\"pin\\":\\"123456\\"}') - duplicate key`, `insert into "cd_notifications" ("payload") values ('{\\"pin\\":\\"******\\"}') - duplicate key`],
    ['JavaScript', "{ pin: '654321', x: 1 }", "{ pin: '******', x: 1 }"],
    ['a query string', 'POST /track?code=AB&pin=111111&x=1', 'POST /track?code=AB&pin=******&x=1'],
    ['a PIN hash', '"pinHash":"scrypt$16384$8$1$c2FsdA$aGFzaA"', '"pinHash":"******"'],
    ['no secret', 'GET /api/complaint-desk/complaints (12 ms) 200', 'GET /api/complaint-desk/complaints (12 ms) 200'],
    ['a word that only starts like one', 'spinning: 123456', 'spinning: 123456'],
  ])('%s', (_label, line, expected) => {
    expect(maskSecretsInText(line)).toBe(expected);
  });

  it('is the server logger\'s first format: messages and error stacks', () => {
    const format = maskSecretsFormat() as any;
    const info = format.transform({ level: 'error', message: 'insert failed: {"pin":"123456"}', stack: 'Error: {"pin":"123456"}\n at x' });
    expect(info.message).toBe('insert failed: {"pin":"******"}');
    expect(info.stack).not.toContain('123456');
    const err = Object.assign(new Error('values ({"pin":"987654"})'), { level: 'error' });
    const out = format.transform(err);
    expect(String(out.message)).not.toContain('987654');
    expect(String(out.stack)).not.toContain('987654');
  });
});

describe('personalDataRedactor', () => {
  const redact = personalDataRedactor({ name: 'Elena Kuznetsova', phone: '+44 7700 900123', email: 'Elena.K@example.test' })!;

  it.each([
    ['the whole name, any case', 'Call ELENA KUZNETSOVA back', `Call ${ERASED_TEXT} back`],
    ['a part of the name as a word', 'Ms Kuznetsova wrote again', `Ms ${ERASED_TEXT} wrote again`],
    ['not a part inside another word', 'Elenabad office', 'Elenabad office'],
    ['the email, any case', 'reply to elena.k@EXAMPLE.test', `reply to ${ERASED_TEXT}`],
    ['the phone as stored', 'from +44 7700 900123.', `from ${ERASED_TEXT}.`],
    ['the phone without separators', 'from +447700900123', `from ${ERASED_TEXT}`],
    ['the phone with other separators', 'from 44-7700-900-123', `from ${ERASED_TEXT}`],
    ['the phone in a national form', 'call 07700 900123', `call ${ERASED_TEXT}`],
    ['the phone in Persian digits', 'شماره ۴۴۷۷۰۰۹۰۰۱۲۳', `شماره ${ERASED_TEXT}`],
    ['other numbers stay', 'order 900124 of 2026', 'order 900124 of 2026'],
  ])('%s', (_label, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('redacts a name without spaces anywhere (Chinese)', () => {
    expect(personalDataRedactor({ name: '王芳' })!('王芳投诉了两次')).toBe(`${ERASED_TEXT}投诉了两次`);
  });

  it('has nothing to look for once the customer is erased', () => {
    expect(personalDataRedactor({ name: '(erased)', phone: null, email: null })).toBeNull();
  });

  it('redacts every string of a JSON value and says whether anything changed', () => {
    const value = { message: 'Dear Ms Kuznetsova', list: ['+447700900123', 3], keep: { x: 'ok' } };
    expect(redactDeep(value, redact)).toEqual({ value: { message: `Dear Ms ${ERASED_TEXT}`, list: [ERASED_TEXT, 3], keep: { x: 'ok' } }, changed: true });
    const clean = { a: 'nothing here' };
    expect(redactDeep(clean, redact)).toEqual({ value: clean, changed: false });
  });
});

describe('personalDataWrites (an erased customer)', () => {
  const erased = { name: '(erased)', phone: null, email: null, address: null, externalRef: null };
  const fields = ['name', 'phone', 'email', 'address', 'externalRef'];
  it.each([
    ['the erased record sent back', { ...erased, valueTier: 2 }, []],
    ['empty strings for empty fields', { phone: '', email: '' }, []],
    ['a name', { name: 'Elena' }, ['name']],
    ['a phone and an email', { phone: '+1', email: 'a@b.test' }, ['phone', 'email']],
    ['an external reference', { externalRef: 'C-1' }, ['externalRef']],
    ['other fields only', { valueTier: 3 }, []],
  ])('%s', (_label, data, expected) => {
    expect(personalDataWrites(erased, data, fields)).toEqual(expected);
  });
});
