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

/** A date and time in the console's language ('' for no date). */
export const formatDateTime = (value: unknown, locale: string, timeZone?: string): string => {
  const date = parse(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
};

/** A calendar date in the console's language ('' for no date). */
export const formatDate = (value: unknown, locale: string, timeZone?: string): string => {
  const date = parse(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
};

/** A number in the console's language (Persian digits in Persian). */
export const formatNumber = (value: number, locale: string, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(intlLocale(locale), options).format(value);
