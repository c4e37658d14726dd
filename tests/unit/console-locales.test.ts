import { directionOf, formatDate, formatDateTime, formatNumber, intlLocale, isConsoleLocale, LOCALES } from '../../src/plugins/complaint-desk/console/src/i18n/locales';
import { formatTrackingCode } from '../../src/plugins/complaint-desk/console/src/common/trackingCode';

it('Persian is right-to-left, the others left-to-right', () => {
  expect(LOCALES.map(directionOf)).toEqual(['ltr', 'rtl', 'ltr', 'ltr']);
  expect(isConsoleLocale('fa')).toBe(true);
  expect(isConsoleLocale('de')).toBe(false);
});

it('Persian dates use the Solar Hijri calendar with Persian digits', () => {
  // Nowruz 1405 = 2026-03-21 (Tehran).
  const text = formatDate('2026-03-21T12:00:00Z', 'fa', 'Asia/Tehran');
  expect(text).toContain('۱۴۰۵');
  expect(text).toMatch(/فروردین/);
  expect(text).not.toMatch(/[0-9]/);
  expect(intlLocale('fa')).toContain('ca-persian');
});

it('other languages use the Gregorian calendar', () => {
  expect(formatDate('2026-03-21T12:00:00Z', 'en', 'UTC')).toBe('21 Mar 2026');
  expect(formatDate('2026-03-21T12:00:00Z', 'ru', 'UTC')).toMatch(/21 мар\.? 2026/);
  expect(formatDate('2026-03-21T12:00:00Z', 'zh', 'UTC')).toBe('2026年3月21日');
  expect(formatDateTime('2026-03-21T08:05:00Z', 'en', 'UTC')).toBe('21 Mar 2026, 08:05');
});

it('empty and invalid dates render as nothing', () => {
  expect(formatDateTime(null, 'en')).toBe('');
  expect(formatDateTime('', 'fa')).toBe('');
  expect(formatDateTime('not a date', 'ru')).toBe('');
});

it('numbers in Persian use Persian digits', () => {
  expect(formatNumber(1234, 'fa')).toBe('۱٬۲۳۴');
  expect(formatNumber(1234, 'en')).toBe('1,234');
});

it('tracking codes read in groups of four', () => {
  expect(formatTrackingCode('RSAQDBGC0MGY')).toBe('RSAQ-DBGC-0MGY');
  expect(formatTrackingCode('RSAQ-DBGC-0MGY')).toBe('RSAQ-DBGC-0MGY');
  expect(formatTrackingCode(null)).toBe('');
});
