/** The translation overview's table (console/src/translation-status/translationStatus.ts), by hand. */
import { translationStatus } from '../../src/plugins/complaint-desk/console/src/translation-status/translationStatus';

const LOCALES = ['en', 'fa', 'ru', 'zh'] as const;
const FIELDS = ['name', 'description', 'recourseText'];

describe('translationStatus', () => {
  const rows = translationStatus(
    LOCALES,
    {
      en: [
        { id: 'a', name: 'Billing', description: 'Money', recourseText: '' },
        { id: 'b', name: 'Double charge', description: 'Twice', recourseText: 'Regulator' },
        { id: 'c', name: 'Coverage', description: null, recourseText: null },
      ],
      fa: [
        { id: 'a', name: 'صورتحساب', description: 'پول', recourseText: '' },
        { id: 'b', name: 'کسر دوباره', description: '  ', recourseText: 'نهاد ناظر' },
        { id: 'c', name: 'پوشش', description: null, recourseText: null },
      ],
      ru: [
        { id: 'a', name: 'Счета', description: 'Деньги', recourseText: null },
        { id: 'c', name: 'Покрытие', description: null, recourseText: null },
      ],
      zh: [
        { id: 'a', name: '账单', description: '费用', recourseText: null },
        { id: 'c', name: '覆盖', description: null, recourseText: null },
        // Only in Chinese: an English version is missing too.
        { id: 'd', name: '新类别', description: '', recourseText: null },
      ],
    },
    FIELDS
  );
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));

  it.each([
    ['a', { en: 'ok', fa: 'ok', ru: 'ok', zh: 'ok' }, 0],
    ['b', { en: 'ok', fa: 'incomplete', ru: 'missing', zh: 'missing' }, 3],
    ['c', { en: 'ok', fa: 'ok', ru: 'ok', zh: 'ok' }, 0],
    ['d', { en: 'missing', fa: 'missing', ru: 'missing', zh: 'ok' }, 3],
  ] as const)('record %s: %j, %d gaps', (id, states, gaps) => {
    const row = byId[id];
    expect(Object.fromEntries(LOCALES.map((l) => [l, row.cells[l].state]))).toEqual(states);
    expect(row.gaps).toBe(gaps);
  });

  it('names the texts a version lacks: those another version has', () => {
    expect(byId.b.cells.fa.emptyFields).toEqual(['description']);
    expect(byId.b.cells.ru.emptyFields).toEqual(['name', 'description', 'recourseText']);
    expect(byId.d.cells.en.emptyFields).toEqual(['name']);
  });

  it('lists records with gaps first, then by the first language’s name, else any', () => {
    expect(rows.map((r) => r.label)).toEqual(['Double charge', '新类别', 'Billing', 'Coverage']);
  });

  it('gives an empty table for empty lists', () => {
    expect(translationStatus(LOCALES, { en: [], fa: [], ru: [], zh: [] }, FIELDS)).toEqual([]);
  });
});
