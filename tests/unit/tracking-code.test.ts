import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import {
  ALPHABET,
  CODE_LENGTH,
  DATA_LENGTH,
  checkSymbol,
  formatTrackingCode,
  generateTrackingCode,
  isValidCanonical,
  normaliseDigits,
  parseTrackingCode,
} from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

const symbol = fc.constantFrom(...ALPHABET.split(''));
const dataArb = fc.array(symbol, { minLength: DATA_LENGTH, maxLength: DATA_LENGTH }).map((s) => s.join(''));
const codeArb = dataArb.map((d) => d + checkSymbol(d));

describe('tracking code', () => {
  it('carries at least 40 random bits in a 12-symbol, 31-letter alphabet without look-alikes', () => {
    expect(ALPHABET).toHaveLength(31);
    expect(DATA_LENGTH * Math.log2(ALPHABET.length)).toBeGreaterThanOrEqual(40);
    expect(CODE_LENGTH).toBe(12);
    for (const c of 'ILOUZ') expect(ALPHABET).not.toContain(c);
  });

  it('generates valid canonical codes', () => {
    for (let i = 0; i < 1000; i++) {
      const code = generateTrackingCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Y]{12}$/);
      expect(isValidCanonical(code)).toBe(true);
      expect(parseTrackingCode(code)).toBe(code);
    }
  });

  it('draws every symbol about equally often (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 20000; i++) for (const c of generateTrackingCode().slice(0, DATA_LENGTH)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (20000 * DATA_LENGTH) / 31;
    expect(counts.size).toBe(31);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.06);
  });

  it('has no collision over 1,000,000 codes', () => {
    const seen = new Set<string>();
    const pool = randomBytes(1_000_000 * 16);
    let offset = 0;
    // Feed the generator from one large buffer so the test stays fast; it rejects bytes ≥ 248 itself.
    const source = (n: number) => {
      if (offset + n > pool.length) return randomBytes(n);
      const out = pool.subarray(offset, offset + n);
      offset += n;
      return out;
    };
    for (let i = 0; i < 1_000_000; i++) seen.add(generateTrackingCode(source));
    expect(seen.size).toBe(1_000_000);
  });

  it('detects every single-symbol error (property)', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(CODE_LENGTH - 1), symbol, (code, pos, replacement) => {
        fc.pre(code[pos] !== replacement);
        const wrong = code.slice(0, pos) + replacement + code.slice(pos + 1);
        expect(isValidCanonical(wrong)).toBe(false);
        expect(parseTrackingCode(wrong)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it('detects every adjacent transposition (property)', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(CODE_LENGTH - 2), (code, pos) => {
        fc.pre(code[pos] !== code[pos + 1]);
        const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
        expect(parseTrackingCode(swapped)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it('detects every single error and adjacent swap exhaustively (the check is linear, so one base code suffices per position pair)', () => {
    const base = generateTrackingCode();
    for (let pos = 0; pos < CODE_LENGTH; pos++) {
      for (const a of ALPHABET) {
        for (const b of ALPHABET) {
          if (a === b) continue;
          // Put a at pos, fix the code up so it is valid, then change a to b.
          const data = (base.slice(0, pos) + a + base.slice(pos + 1)).slice(0, DATA_LENGTH);
          const valid = pos < DATA_LENGTH ? data + checkSymbol(data) : base.slice(0, DATA_LENGTH) + a;
          if (!isValidCanonical(valid)) continue; // pos is the check position and a is not its check
          expect(isValidCanonical(valid.slice(0, pos) + b + valid.slice(pos + 1))).toBe(false);
          if (pos < CODE_LENGTH - 1) {
            const withB = valid.slice(0, pos + 1) + b + valid.slice(pos + 2);
            const data2 = withB.slice(0, DATA_LENGTH);
            const valid2 = pos + 1 < DATA_LENGTH ? data2 + checkSymbol(data2) : withB;
            if (!isValidCanonical(valid2)) continue;
            const swapped = valid2.slice(0, pos) + valid2[pos + 1] + valid2[pos] + valid2.slice(pos + 2);
            expect(isValidCanonical(swapped)).toBe(false);
          }
        }
      }
    }
  });

  it('is case-insensitive and ignores separators', () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(parseTrackingCode(code.toLowerCase())).toBe(code);
        expect(parseTrackingCode(formatTrackingCode(code))).toBe(code);
        expect(parseTrackingCode(` ${formatTrackingCode(code).toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
      }),
    );
  });

  it('accepts Persian and Arabic-Indic digits', () => {
    const persian = '۰۱۲۳۴۵۶۷۸۹';
    const arabic = '٠١٢٣٤٥٦٧٨٩';
    expect(normaliseDigits('۱۲۳٤٥')).toBe('12345');
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(parseTrackingCode(code.replace(/[0-9]/g, (d) => persian[Number(d)]))).toBe(code);
        expect(parseTrackingCode(code.replace(/[0-9]/g, (d) => arabic[Number(d)]))).toBe(code);
      }),
    );
  });

  it('reads look-alike letters I, L and O as 1, 1 and 0', () => {
    const data = '0101010101A';
    const code = data + checkSymbol(data);
    expect(parseTrackingCode(code.replace(/0/g, 'O').replace(/1/, 'I').replace(/1/, 'l'))).toBe(code);
  });

  it('rejects garbage', () => {
    for (const bad of ['', 'ABC', 'Z'.repeat(12), 'U'.repeat(12), 'A'.repeat(100), '12345678901234']) {
      expect(parseTrackingCode(bad)).toBeNull();
    }
    expect(parseTrackingCode(undefined as unknown as string)).toBeNull();
  });

  it('formats as XXXX-XXXX-XXXX', () => {
    expect(formatTrackingCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
  });
});
