import { normalizeEmail, normalizePhone } from '../../src/plugins/complaint-desk/server/src/domain/contact';

it.each([
  ['+98 (912) 000-0001', '+989120000001'],
  ['0098 912 000 0001', '+989120000001'],
  ['+98 912 000 0001', '+989120000001'],
  ['۰۹۱۲ ۰۰۰ ۰۰۰۱', '09120000001'],
  ['٠٩١٢٠٠٠٠٠٠١', '09120000001'],
  ['+۹۸ ۹۱۲ ۰۰۰ ۰۰۰۱', '+989120000001'],
  ['8 (495) 123-45-67', '84951234567'],
  ['1+2', '12'],
])('phone %s → %s', (input, expected) => {
  expect(normalizePhone(input)).toBe(expected);
});

it('no phone, or no digit in it, normalizes to null', () => {
  expect(normalizePhone(null)).toBeNull();
  expect(normalizePhone('')).toBeNull();
  expect(normalizePhone('n/a')).toBeNull();
});

it('emails compare without case or surrounding space', () => {
  expect(normalizeEmail('  Maryam@Example.TEST ')).toBe('maryam@example.test');
  expect(normalizeEmail(undefined)).toBeNull();
});
