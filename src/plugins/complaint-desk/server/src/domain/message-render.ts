/**
 * Messages rendered from response templates (SPEC §7): `{{variable}}` placeholders filled from the
 * notification's payload (and its sealed secrets, at send time only), a plain-text and an HTML part
 * for email, right-to-left HTML for Persian. A notification names its template `<purpose>.<channel>`;
 * the template is picked by purpose, channel and the customer's language, falling back to English,
 * then to a plain built-in text so that a missing template never blocks a message. Framework-free.
 */
export const TEMPLATE_LOCALES = ['en', 'fa', 'ru', 'zh'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

export const RTL_LOCALES: readonly string[] = ['fa'];

export interface TemplateText {
  subject?: string | null;
  body: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  /** Email only. */
  html?: string;
}

/** Notification template names whose purpose is named differently in the template table. */
const PURPOSE_ALIASES: Readonly<Record<string, string>> = {
  sla_at_risk: 'escalation',
  sla_breached: 'escalation',
  mass_incident: 'bulk_message',
};

/** The template table's purpose and channel for a notification's template name `<purpose>.<channel>`. */
export function templateKey(name: string): { purpose: string; channel: string } {
  const dot = name.lastIndexOf('.');
  const purpose = dot > 0 ? name.slice(0, dot) : name;
  const channel = dot > 0 ? name.slice(dot + 1) : 'email';
  return { purpose: PURPOSE_ALIASES[purpose] ?? purpose, channel };
}

/** The locales to look a template up in, best first. */
export function localeChain(locale: string | null | undefined): TemplateLocale[] {
  const wanted = (TEMPLATE_LOCALES as readonly string[]).includes(locale ?? '') ? (locale as TemplateLocale) : 'en';
  return wanted === 'en' ? ['en'] : [wanted, 'en'];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

const asText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Fills `{{name}}` placeholders; an unknown name becomes empty. */
export function fill(text: string, vars: Readonly<Record<string, unknown>>): string {
  return text.replace(PLACEHOLDER, (_m, name: string) => asText(vars[name]));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The HTML part: the plain text in paragraphs, `dir="rtl"` for right-to-left languages. */
export function toHtml(text: string, locale: string): string {
  const dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html>\n<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"></head>\n<body dir="${dir}" style="text-align:${dir === 'rtl' ? 'right' : 'left'}">\n${paragraphs}\n</body></html>`;
}

/** The built-in text when no template exists in any locale of the chain. */
function builtIn(templateName: string, vars: Readonly<Record<string, unknown>>): TemplateText {
  const lines = Object.entries(vars)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${asText(v)}`);
  const code = asText(vars.trackingCode);
  return { subject: code ? `${templateName} – ${code}` : templateName, body: lines.join('\n') };
}

/** Renders a notification: the template (or the built-in text) filled with `vars`. */
export function renderMessage(template: TemplateText | null, opts: { templateName: string; channel: 'email' | 'sms'; locale: string; vars: Readonly<Record<string, unknown>> }): RenderedMessage {
  const t = template ?? builtIn(opts.templateName, opts.vars);
  const subject = fill(t.subject ?? '', opts.vars).replace(/\s+/g, ' ').trim();
  const text = fill(t.body, opts.vars);
  return opts.channel === 'email' ? { subject, text, html: toHtml(text, opts.locale) } : { subject, text };
}

/** The domain of a sender address (`Desk <desk@example.org>` → `example.org`), for Message-IDs. */
export function senderDomain(from: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return m ? m[1].toLowerCase() : 'localhost';
}

/**
 * Runs of four or more digits (ASCII, Persian or Arabic-Indic) replaced by asterisks: a sent
 * message shown to staff (the development drop) keeps its PIN and numbers to itself.
 */
export function maskDigitRuns(text: string): string {
  return text.replace(/[0-9\u06F0-\u06F9\u0660-\u0669]{4,}/g, (m) => '*'.repeat(m.length));
}
