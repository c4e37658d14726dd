/**
 * Digits as people type them. Persian (۰–۹) and Arabic-Indic (٠–٩) keyboards give digits that
 * `Number()`, SQL `LIKE` and phone-number matching do not read as 0–9; every numeric input and
 * every search term passes through here first, on the server and in the console alike.
 */
const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Persian and Arabic-Indic digits to ASCII digits; everything else unchanged. */
export function toAsciiDigits(input: string): string {
  return input.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}

/**
 * A number typed in any of those digit sets, with the Persian and Arabic decimal separator (٫) and
 * thousands separators (٬, Latin commas, spaces) accepted; null for an empty or malformed text.
 */
export function parseLocalizedNumber(input: string): number | null {
  const text = toAsciiDigits(input.normalize('NFKC'))
    .trim()
    .replace(/\u066B/g, '.')
    .replace(/[\u066C,\s\u00A0\u202F]/g, '')
    .replace(/^\u2212/, '-');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
