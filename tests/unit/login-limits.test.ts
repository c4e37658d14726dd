import { accountKey, DEFAULT_LOGIN_LIMITS, issuedBeforePasswordChange, lockSeconds } from '../../src/plugins/complaint-desk/server/src/domain/login-limits';

describe('lockSeconds', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [7, 1920],
    [8, 3600], // capped
    [1000, 3600],
    [0, 30], // a count below one is the first lock
  ])('lock number %i lasts %i s with the defaults', (n, seconds) => {
    expect(lockSeconds(n, DEFAULT_LOGIN_LIMITS)).toBe(seconds);
  });
});

describe('accountKey', () => {
  it.each([
    ['agent@demo.local', 'agent@demo.local'],
    ['  Agent@Demo.Local ', 'agent@demo.local'],
    ['ＡＧＥＮＴ@demo.local', 'agent@demo.local'], // full-width letters: NFKC
    ['', null],
    ['   ', null],
    [42, null],
    [null, null],
    [{ $ne: '' }, null],
  ])('%j → %j', (identifier, key) => {
    expect(accountKey(identifier)).toBe(key);
  });

  it('bounds the key length', () => {
    expect(accountKey('x'.repeat(10_000))).toHaveLength(200);
  });
});

describe('issuedBeforePasswordChange', () => {
  const changed = '2026-12-03T08:00:10.600Z'; // second 1796284810
  const second = Math.floor(Date.parse(changed) / 1000);
  it.each([
    [second - 1, changed, true],
    [second, changed, false], // the token change-password hands back, issued in the same second
    [second + 5, changed, false],
    [second - 1000, null, false], // never changed
    [second - 1000, undefined, false],
    [undefined, changed, true], // a token without iat cannot prove it is newer
    [second + 5, 'not a date', false],
  ])('iat %p, changed %p → %p', (iat, at, expected) => {
    expect(issuedBeforePasswordChange(iat, at)).toBe(expected);
  });
});
