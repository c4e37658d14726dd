/**
 * Names and subjects as lists show them. Bidirectional controls (U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates) and invisible characters (U+200B zero-width space, U+2060 word
 * joiner, U+FEFF) can make a name read as something else ("‮gpj.exe" shows as "exe.jpg") or two
 * different names look the same. They are kept as stored, and list answers show each one as a
 * visible marker such as ⟦U+202E⟧.
 *
 * U+200C (zero-width non-joiner) and U+200D (zero-width joiner) are part of ordinary Persian and
 * Arabic spelling (and of emoji sequences): between two letters, marks or pictographs they stay;
 * elsewhere (at an edge, doubled, beside a space or a digit) they are marked too. Framework-free.
 */

const ALWAYS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/u;
const CANDIDATES = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/u;
const JOINABLE = /[\p{L}\p{M}\p{Extended_Pictographic}]/u;

const marker = (ch: string) => `⟦U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`;

/** True when the text holds a character `neutralizeText` would mark. */
export function hasHiddenControls(text: string): boolean {
  return neutralizeText(text) !== text;
}

/** The text with every bidi control and out-of-place invisible character shown as a marker. */
export function neutralizeText(text: string): string;
export function neutralizeText(text: string | null | undefined): string | null | undefined;
export function neutralizeText(text: string | null | undefined): string | null | undefined {
  if (typeof text !== 'string' || !CANDIDATES.test(text)) return text;
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      if (ALWAYS.test(ch)) return marker(ch);
      if (ch !== '\u200C' && ch !== '\u200D') return ch;
      const before = chars[i - 1];
      const after = chars[i + 1];
      return before !== undefined && after !== undefined && JOINABLE.test(before) && JOINABLE.test(after) ? ch : marker(ch);
    })
    .join('');
}
