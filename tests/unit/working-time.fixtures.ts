/** Shared fixtures for the working-time tests: the demo calendars and generators' raw material. */
import { type Calendar, type Weekday } from '../../src/plugins/complaint-desk/server/src/domain/working-time';

export const TEHRAN: Calendar = {
  timezone: 'Asia/Tehran',
  workingDays: ['sat', 'sun', 'mon', 'tue', 'wed'],
  hours: [['08:00', '17:30']],
  holidays: ['2027-03-21'],
  yearlyHolidays: ['03-21'],
};

export const MOSCOW: Calendar = {
  timezone: 'Europe/Moscow',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  hours: [
    ['09:00', '13:00'],
    ['14:00', '18:00'],
  ],
};

export const SHANGHAI: Calendar = {
  timezone: 'Asia/Shanghai',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  hours: [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ],
};

export const ALL_WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Berlin, every day around the clock: proves real elapsed time is counted across DST changes. */
export const BERLIN_24H: Calendar = { timezone: 'Europe/Berlin', workingDays: ALL_WEEK, hours: [['00:00', '24:00']] };

export const BERLIN_OFFICE: Calendar = {
  timezone: 'Europe/Berlin',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  hours: [['09:00', '17:00']],
};

export const ZONES = ['Asia/Tehran', 'Europe/Berlin', 'Europe/Moscow', 'Asia/Shanghai', 'America/New_York', 'Australia/Sydney', 'UTC'];
/** Zones without DST in 2026–2029 (a single offset each), for the brute-force oracle. */
export const FIXED_ZONES = ['Asia/Tehran', 'Europe/Moscow', 'Asia/Shanghai', 'UTC'];

const HOUR = 3_600_000;

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month, as UTC midnight ms. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return Date.UTC(year, month - 1, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7));
}

/** UTC midnights of the DST change days of Berlin, New York and Sydney in 2026–2029. */
export const DST_CHANGE_DAYS: number[] = [2026, 2027, 2028, 2029].flatMap((y) => [
  nthWeekday(y, 3, 0, -1), // EU: last Sunday of March
  nthWeekday(y, 10, 0, -1), // EU: last Sunday of October
  nthWeekday(y, 3, 0, 2), // US: second Sunday of March
  nthWeekday(y, 11, 0, 1), // US: first Sunday of November
  nthWeekday(y, 4, 0, 1), // AU: first Sunday of April
  nthWeekday(y, 10, 0, 1), // AU: first Sunday of October
]);

/** 'HH:MM' of minutes since midnight ('24:00' for 1440). */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export const at = (iso: string): Date => new Date(iso);
export const hours = (h: number): number => h * HOUR;
