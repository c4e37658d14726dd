/**
 * Which language versions of localized records are missing or incomplete: the overview content
 * editors work from. Pure: the page feeds it the lists it read, one per language.
 */
export type CellState = 'ok' | 'incomplete' | 'missing';

export interface LocalizedRow {
  id: string | number;
  [field: string]: unknown;
}

export interface StatusRow<L extends string> {
  id: string;
  label: string;
  cells: Record<L, { state: CellState; emptyFields: string[] }>;
  gaps: number;
}

const filled = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined);

/**
 * One row per record (the union of ids over the languages): per language `missing` when there is
 * no version, `incomplete` when a text another version has is empty in it, else `ok`. Rows with
 * gaps first, then by label (the first language's version names a row, else any).
 */
export function translationStatus<L extends string>(
  locales: readonly L[],
  byLocale: Record<L, readonly LocalizedRow[]>,
  fields: readonly string[],
  labelField = 'name'
): StatusRow<L>[] {
  const index = Object.fromEntries(locales.map((l) => [l, new Map((byLocale[l] ?? []).map((r) => [String(r.id), r]))])) as Record<L, Map<string, LocalizedRow>>;
  const ids = [...new Set(locales.flatMap((l) => [...index[l].keys()]))];
  const rows = ids.map((id) => {
    const versions = locales.map((l) => index[l].get(id)).filter((r): r is LocalizedRow => Boolean(r));
    const expected = fields.filter((f) => versions.some((v) => filled(v[f])));
    const cells = {} as StatusRow<L>['cells'];
    let gaps = 0;
    for (const l of locales) {
      const row = index[l].get(id);
      if (!row) {
        cells[l] = { state: 'missing', emptyFields: [...expected] };
        gaps += 1;
        continue;
      }
      const emptyFields = expected.filter((f) => !filled(row[f]));
      cells[l] = { state: emptyFields.length ? 'incomplete' : 'ok', emptyFields };
      if (emptyFields.length) gaps += 1;
    }
    const named = locales.map((l) => index[l].get(id)?.[labelField]).find(filled);
    return { id, label: named === undefined ? id : String(named), cells, gaps };
  });
  return rows.sort((a, b) => Number(b.gaps > 0) - Number(a.gaps > 0) || a.label.localeCompare(b.label));
}
