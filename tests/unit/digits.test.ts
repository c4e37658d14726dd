/**
 * Digits typed on Persian and Arabic keyboards (shared/digits.ts), the console's numeric input
 * (console/src/common/numberText.ts) and the list search's `q` (domain/rest-query.ts).
 */
import { parseLocalizedNumber, toAsciiDigits } from '../../src/plugins/complaint-desk/shared/digits';
import { normaliseDigits } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';
import { normalizePhone } from '../../src/plugins/complaint-desk/server/src/domain/contact';
import { parseListQuery } from '../../src/plugins/complaint-desk/server/src/domain/rest-query';
import { numberFromText } from '../../src/plugins/complaint-desk/console/src/common/numberText';

describe('toAsciiDigits', () => {
  it.each([
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['+۹۸ ۹۱۲ ۵۵۵ ۰۱۰۱', '+98 912 555 0101'],
    ['٠٩١٢-٥٥٥', '0912-555'],
    ['mixed ۱a٢b3', 'mixed 1a2b3'],
    ['no digits', 'no digits'],
    ['', ''],
    // Other scripts' digits are not Persian or Arabic-Indic: left as they are.
    ['१२३', '१२३'],
  ])('%j → %j', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });

  it('is the one definition the tracking codes and phone numbers use', () => {
    expect(normaliseDigits).toBe(toAsciiDigits);
    expect(normalizePhone('۰۰۹۸ ۹۱۲ ۵۵۵ ۰۱۰۱')).toBe('+989125550101');
  });
});

describe('parseLocalizedNumber', () => {
  it.each([
    ['12', 12],
    ['۱۲', 12],
    ['١٢', 12],
    ['۱۲٫۵', 12.5],
    ['1,250.75', 1250.75],
    ['۱٬۲۵۰', 1250],
    [' 7 ', 7],
    ['-3', -3],
    ['−3', -3],
    ['.5', 0.5],
    ['0', 0],
  ] as const)('%j → %d', (input, expected) => {
    expect(parseLocalizedNumber(input)).toBe(expected);
  });

  it.each(['', ' ', 'abc', '1.2.3', '12a', '۱۲ تومان', '--1', 'Infinity', 'NaN', '1e5'])('%j → null', (input) => {
    expect(parseLocalizedNumber(input)).toBeNull();
  });
});

describe('numberFromText (the console numeric input)', () => {
  it.each([
    ['', null],
    ['۱۲', 12],
    ['٣', 3],
    ['42', 42],
    ['۱۲٫۵', 12.5],
    // Half-typed numbers stay text until they are numbers, so the cursor is not moved under the user.
    ['1.', '1.'],
    ['0.50', '0.50'],
    ['-', '-'],
    ['abc', 'abc'],
  ] as const)('%j → %j', (input, expected) => {
    expect(numberFromText(input)).toBe(expected);
  });
});

describe('the list search', () => {
  const spec = { resource: 'complaints', filters: {}, sorts: [], defaultSort: { field: 'id', order: 'ASC' as const }, fullText: true };
  it.each([
    ['۹۱۲ ۵۵۵ ۰۱۰۱', '912 555 0101'],
    ['٩١٢٥٥٥٠١٠١', '9125550101'],
    ['  Double charge ۲  ', 'Double charge 2'],
  ])('q %j searches %j', (q, expected) => {
    const parsed = parseListQuery({ filter: JSON.stringify({ q }) }, spec);
    expect(parsed).toMatchObject({ ok: true, query: { q: expected } });
  });
});
