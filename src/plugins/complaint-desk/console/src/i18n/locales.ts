/**
 * Console languages (SPEC §6): English, Persian (right-to-left, Persian calendar and digits),
 * Russian, Chinese. Pure helpers, unit-tested.
 */
export const LOCALES = ['en', 'fa', 'ru', 'zh'] as const;
export type ConsoleLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: ConsoleLocale = 'en';

export const isConsoleLocale = (value: unknown): value is ConsoleLocale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<ConsoleLocale, string> = {
  en: 'English',
  fa: 'فارسی',
  ru: 'Русский',
  zh: '中文',
};

export const directionOf = (locale: string): 'rtl' | 'ltr' => (locale === 'fa' ? 'rtl' : 'ltr');

/**
 * The `Intl` locale for dates and numbers: Persian dates use the Solar Hijri calendar with
 * Persian digits (`fa-IR` defaults to both; the calendar is pinned explicitly).
 */
export const intlLocale = (locale: string): string => {
  switch (locale) {
    case 'fa':
      return 'fa-IR-u-ca-persian-nu-arabext';
    case 'ru':
      return 'ru-RU';
    case 'zh':
      return 'zh-CN';
    default:
      return 'en-GB';
  }
};

const parse = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * Intl formatters are costly to build (a list page formats ~50 dates): one per locale and
 * options, built once and kept (a handful at most: four locales, a few styles and time zones).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return format;
};

/** A date and time in the console's language ('' for no date). */
export const formatDateTime = (value: unknown, locale: string, timeZone?: string): string => {
  const date = parse(value);
  if (!date) return '';
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
};

/** A date and time in the short form a table cell has room for ("20/11/2026, 10:24"). */
export const formatShortDateTime = (value: unknown, locale: string, timeZone?: string): string => {
  const date = parse(value);
  if (!date) return '';
  return dateFormat(locale, { dateStyle: 'short', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
};

/** A calendar date in the console's language ('' for no date). */
export const formatDate = (value: unknown, locale: string, timeZone?: string): string => {
  const date = parse(value);
  if (!date) return '';
  return dateFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(date);
};

/** A number in the console's language (Persian digits in Persian). */
export const formatNumber = (value: number, locale: string, options?: Intl.NumberFormatOptions): string => {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
  return format.format(value);
};
