/**
 * Inbound email's rules (SPEC §6, §8 "Inbound"): which recipients the intake listener takes, which
 * mail it drops to avoid loops, how a reply finds its complaint, and what a new mail's complaint
 * says. The listener (services/inbound-email.ts) parses the mail and asks these functions.
 * Framework-free: no Strapi imports.
 */
import { createHash } from 'node:crypto';
import { LANGUAGES, type Language } from './lifecycle';
import { trackingCodesInReferences } from './message-id';
import { normaliseDigits, parseTrackingCode } from './tracking-code';

/** An intake address and the language a mail to it is in when its text says nothing clearer. */
export interface IntakeAddress {
  address: string;
  language: Language;
}

const isLanguage = (v: string): v is Language => (LANGUAGES as readonly string[]).includes(v);

/**
 * `INTAKE_ADDRESSES`: addresses separated by commas or spaces, each optionally followed by
 * `=<language>` (`complaints@desk.example, shekayat@desk.example=fa`). Addresses compare without
 * regard to case. Throws on an entry that is not an address or names an unknown language, so a
 * typo stops the start instead of silently refusing mail.
 */
export function parseIntakeAddresses(value: string | undefined | null, fallback: Language = 'en'): IntakeAddress[] {
  const out: IntakeAddress[] = [];
  for (const entry of (value ?? '').split(/[\s,;]+/).filter(Boolean)) {
    const eq = entry.lastIndexOf('=');
    const tail = eq > 0 ? entry.slice(eq + 1).toLowerCase() : '';
    const language = isLanguage(tail) ? tail : fallback;
    const address = (isLanguage(tail) ? entry.slice(0, eq) : entry).trim().toLowerCase();
    if (!/^[^\s@<>=]+@[^\s@<>=]+\.[^\s@<>=]+$/.test(address)) throw new Error(`INTAKE_ADDRESSES: "${entry}" is not an address (optionally followed by =en, =fa, =ru or =zh)`);
    if (!out.some((a) => a.address === address)) out.push({ address, language });
  }
  return out;
}

/** The intake address a recipient names, or null (the listener answers 550 to the others). */
export function intakeAddressFor(addresses: readonly IntakeAddress[], recipient: string): IntakeAddress | null {
  const r = recipient.trim().toLowerCase();
  return addresses.find((a) => a.address === r) ?? null;
}

/** What of a mail's headers and envelope the loop rule reads (header names lower case, as mailparser gives them). */
export interface LoopSignals {
  /** MAIL FROM of the SMTP envelope; '' for the null sender `<>` of bounces. */
  envelopeFrom: string | null;
  /** The From header's address. */
  from: string | null;
  autoSubmitted?: string | null;
  precedence?: string | null;
  /** Microsoft's and others' auto-reply markers (`X-Auto-Response-Suppress` is not one: it asks others). */
  xAutoreply?: string | null;
  xAutorespond?: string | null;
  /** The top-level content type: bounces are `multipart/report` with `report-type=delivery-status`. */
  contentType?: string | null;
}

const ROBOT_LOCAL_PARTS = new Set(['mailer-daemon', 'postmaster', 'mail-daemon', 'maildaemon']);

/**
 * Why the mail is dropped without a complaint, or null for a mail a person wrote. Answering an
 * auto-reply or a bounce would start a mail loop with the desk's own acknowledgment (RFC 3834).
 */
export function loopReason(s: LoopSignals, intake: readonly IntakeAddress[] = []): string | null {
  if (s.envelopeFrom !== null && s.envelopeFrom.trim() === '') return 'null sender (a bounce)';
  const auto = (s.autoSubmitted ?? '').trim().toLowerCase();
  if (auto && !auto.startsWith('no')) return `Auto-Submitted: ${auto.split(';')[0]}`;
  const precedence = (s.precedence ?? '').trim().toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  if (s.xAutoreply || s.xAutorespond) return 'auto-reply header';
  if (/^multipart\/report\b/i.test(s.contentType ?? '') && /delivery-status|disposition-notification/i.test(s.contentType ?? '')) return 'delivery or read report';
  for (const address of [s.envelopeFrom, s.from]) {
    const local = (address ?? '').trim().toLowerCase().split('@')[0];
    if (ROBOT_LOCAL_PARTS.has(local)) return `sender ${local}`;
    if (address && intakeAddressFor(intake, address)) return 'sent by an intake address';
  }
  if (!s.from && !s.envelopeFrom) return 'no sender';
  return null;
}

/** A tracking code a mail names, and where: our Message-ID in its headers, or its subject. */
export interface ThreadCandidate {
  trackingCode: string;
  via: 'header' | 'subject';
}

/**
 * Tracking codes in a subject: runs of 12 code symbols, grouped 4-4-4 by a dash or a space or
 * written together, that pass the check symbol (domain/tracking-code.ts). Persian digits count.
 */
export function trackingCodesInText(text: string | null | undefined): string[] {
  if (!text) return [];
  const ascii = normaliseDigits(text.normalize('NFKC'));
  const codes: string[] = [];
  // The two separators must be the same: "code 7PJY-XWBM-J07R" then cannot read as "code" + "7PJY" + "XWBM",
  // which passes the check symbol for one code in 31.
  const re = /(?<![0-9A-Za-z])([0-9A-Za-z]{4})([-‐‑ ]?)([0-9A-Za-z]{4})\2([0-9A-Za-z]{4})(?![0-9A-Za-z])/g;
  for (let m = re.exec(ascii); m; m = re.exec(ascii)) {
    const code = parseTrackingCode(`${m[1]}${m[3]}${m[4]}`);
    if (code && !codes.includes(code)) codes.push(code);
    // A word before a code ("code 7PJY-XWBM-J07R") can take the code's first group: try again one word on.
    if (!code) re.lastIndex = m.index + 1;
  }
  return codes;
}

/** The tracking codes a mail names, in the order to try them: its headers first, then its subject. */
export function threadCandidates(mail: { inReplyTo?: string | null; references?: string | readonly string[] | null; subject?: string | null }): ThreadCandidate[] {
  const refs = Array.isArray(mail.references) ? mail.references.join(' ') : ((mail.references as string | null | undefined) ?? '');
  const out: ThreadCandidate[] = [];
  const add = (code: string, via: ThreadCandidate['via']) => {
    if (!out.some((c) => c.trackingCode === code)) out.push({ trackingCode: code, via });
  };
  for (const code of trackingCodesInReferences(mail.inReplyTo ?? '')) add(code, 'header');
  for (const code of trackingCodesInReferences(refs)) add(code, 'header');
  for (const code of trackingCodesInText(mail.subject)) add(code, 'subject');
  return out;
}

/** A complaint a candidate names, as the service finds it. */
export interface ThreadTarget {
  trackingCode: string;
  documentId: string;
  /** The complaint customer's normalized email; null when it has none or was erased. */
  customerEmail: string | null;
}

export type ThreadDecision =
  | { kind: 'reply'; documentId: string; trackingCode: string; via: ThreadCandidate['via'] }
  | { kind: 'new'; reason: 'no tracking code' | 'unknown tracking code' | 'sender differs' };

/**
 * Whether a mail is a reply on an existing complaint. It is when a code it names belongs to a
 * complaint whose customer has the sender's address. A code of someone else's complaint does not
 * thread: a subject is easy to copy and a mail is easy to forward, and a message on a complaint
 * goes into that customer's record. Such mail becomes a new complaint of its sender.
 */
export function threadDecision(candidates: readonly ThreadCandidate[], targets: readonly ThreadTarget[], sender: string | null): ThreadDecision {
  if (candidates.length === 0) return { kind: 'new', reason: 'no tracking code' };
  let known = false;
  for (const c of candidates) {
    const t = targets.find((x) => x.trackingCode === c.trackingCode);
    if (!t) continue;
    known = true;
    if (sender && t.customerEmail && t.customerEmail === sender.trim().toLowerCase()) {
      return { kind: 'reply', documentId: t.documentId, trackingCode: t.trackingCode, via: c.via };
    }
  }
  return { kind: 'new', reason: known ? 'sender differs' : 'unknown tracking code' };
}

/** The limits of the complaint's fields (domain/complaint-input.ts registerSchema). */
export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 20000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Plain text of an HTML body, for mail without a text part when the parser gave none: scripts,
 * styles and comments dropped, block ends as line breaks, tags removed, entities decoded.
 */
export function textOfHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|pre)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A reply's own words: the quoted earlier message (lines starting with `>`, and the "On … wrote:"
 * line before them) is cut from the end. A mail that is all quote keeps its text.
 */
export function withoutQuote(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  while (end > 0 && (lines[end - 1].trim() === '' || lines[end - 1].startsWith('>'))) end--;
  if (end === lines.length) return text.trim();
  if (end > 0 && /(wrote|написал|نوشت|写道)\s*:?\s*$/i.test(lines[end - 1])) end--;
  const own = lines.slice(0, end).join('\n').trim();
  return own || text.trim();
}

/**
 * The language of a text by its script: Persian letters (or Arabic script) → fa, Cyrillic → ru,
 * Han → zh; null when Latin or unclear, and the intake address's language applies.
 */
export function guessLanguage(text: string): Language | null {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const scores: Array<[Language, number]> = [
    ['fa', count(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/g)],
    ['ru', count(/[\u0400-\u04FF]/g)],
    ['zh', count(/[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g) * 2],
  ];
  const letters = count(/\p{L}/gu);
  const [lang, score] = scores.sort((a, b) => b[1] - a[1])[0];
  return score > 0 && score * 3 >= letters ? lang : null;
}

const cut = (s: string, max: number) => ([...s].length <= max ? s : `${[...s].slice(0, max - 1).join('')}…`);

/** Subject and description of a new complaint from a mail, with its language. */
export function complaintFields(mail: { subject?: string | null; text?: string | null; html?: string | null }, defaultLanguage: Language): { subject: string; description: string; language: Language } {
  const body = (mail.text && mail.text.trim() ? mail.text : mail.html ? textOfHtml(mail.html) : '').replace(/\r\n?/g, '\n').trim();
  // Reply prefixes say nothing about the complaint; a mail without a subject takes its first line.
  const rawSubject = (mail.subject ?? '').replace(/\s+/g, ' ').replace(/^((re|fwd?|aw|wg|ответ|پاسخ|回复|转发)\s*:\s*)+/i, '').trim();
  const firstLine = body.split('\n').find((l) => l.trim())?.trim() ?? '';
  const subject = cut(rawSubject || firstLine || '(no subject)', SUBJECT_MAX);
  const description = cut(body || rawSubject || '(empty message)', DESCRIPTION_MAX);
  const language = guessLanguage(`${rawSubject}\n${body}`) ?? defaultLanguage;
  return { subject, description, language };
}

/** A customer's name from the From header: its display name, else the address's local part. */
export function senderName(name: string | null | undefined, address: string): string {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  return cut(n || address.split('@')[0] || address, 200);
}

/** The attachment settings (config `inbound.attachmentTypes`, `inbound.attachmentMaxBytes`). */
export interface AttachmentRules {
  /** MIME types taken; `image/*` takes every image type. */
  types: readonly string[];
  maxBytes: number;
  /** At most this many attachments of one mail are stored. */
  maxCount: number;
}

/** Why an attachment is not stored, or null when it is. */
export function attachmentRefusal(a: { contentType: string; size: number }, index: number, rules: AttachmentRules): string | null {
  if (index >= rules.maxCount) return `more than ${rules.maxCount} attachments`;
  const type = a.contentType.toLowerCase().split(';')[0].trim();
  const allowed = rules.types.some((t) => {
    const want = t.toLowerCase().trim();
    return want.endsWith('/*') ? type.startsWith(want.slice(0, -1)) : type === want;
  });
  if (!allowed) return `type ${type} not accepted`;
  if (a.size > rules.maxBytes) return `larger than ${rules.maxBytes} bytes`;
  return null;
}

/**
 * The idempotency key of an inbound message: a SHA-256 of its channel and Message-ID (or, for
 * mail without one, of its raw bytes). A hash, so the table of keys holds no address or host.
 */
export function messageKey(channel: 'email' | 'sms', id: string): string {
  return createHash('sha256').update(`${channel}\n${id.trim()}`).digest('hex');
}
