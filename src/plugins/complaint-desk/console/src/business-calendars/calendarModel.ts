import { intlLocale } from '../i18n/locales';

/** The stored shapes (server `domain/working-time.ts`, `Calendar`). */
export const WEEKDAYS = ['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Span = [string, string];
export interface HalfDay {
  weekday?: Weekday;
  date?: string;
  hours: Span[];
}

/** 2024-01-06 was a Saturday: WEEKDAYS[i] is 2024-01-(6+i), in UTC. */
const weekdayDate = (weekday: Weekday) => new Date(Date.UTC(2024, 0, 6 + WEEKDAYS.indexOf(weekday)));

/** A weekday's name in the console's language (from Intl, so no messages are needed). */
export const weekdayName = (weekday: Weekday, locale: string, width: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(intlLocale(locale), { weekday: width, timeZone: 'UTC' }).format(weekdayDate(weekday));

/** Gregorian month names (yearly holidays are Gregorian MM-DD, also in Persian). */
export const monthName = (month: number, locale: string) =>
  new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, month - 1, 15))
  );

/** 'MM-DD' → a day and month in the console's language (Gregorian). */
export const formatMonthDay = (value: string, locale: string) => {
  const [m, d] = value.split('-').map(Number);
  if (!m || !d) return value;
  return new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, m - 1, d))
  );
};

const minutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};

/** Length of a regular working day in hours (a "working day" of the SLA arithmetic). */
export const workingHoursPerDay = (hours: unknown): number => {
  if (!Array.isArray(hours)) return 0;
  let total = 0;
  for (const span of hours) {
    if (Array.isArray(span) && typeof span[0] === 'string' && typeof span[1] === 'string') {
      total += Math.max(0, minutes(span[1]) - minutes(span[0]));
    }
  }
  return total / 60;
};

let zones: string[] | null = null;
/** Every IANA time zone the browser knows (plus UTC). */
export const timeZones = (): string[] => {
  if (!zones) {
    const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    const list = supported ? supported('timeZone') : [];
    zones = list.includes('UTC') ? list : ['UTC', ...list];
  }
  return zones;
};
