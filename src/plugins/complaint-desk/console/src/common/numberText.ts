import { parseLocalizedNumber, toAsciiDigits } from '@contract';

/**
 * Text as typed → the number it means, or the text itself while it is not one yet ("1." on the
 * way to "1.5", or a typo the validator names). Persian and Arabic-Indic digits and separators
 * count (shared/digits.ts).
 */
export const numberFromText = (text: string): number | string | null => {
  if (text.trim() === '') return null;
  const value = parseLocalizedNumber(text);
  if (value === null) return text;
  // Keep what is being typed when the number would rewrite it ("1.", "0.50", "-").
  const typed = toAsciiDigits(text.normalize('NFKC')).trim().replace(/\u066B/g, '.').replace(/[\u066C,\s]/g, '');
  return typed === String(value) ? value : text;
};
