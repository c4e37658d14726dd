import { useTranslate, type RaRecord } from 'react-admin';

/** What names a record in a message: its name, title or code (tracking codes have their own format). */
export const recordLabel = (record: Partial<RaRecord> | undefined): string => {
  const r = (record ?? {}) as Record<string, unknown>;
  for (const key of ['name', 'title', 'fullName', 'code', 'username']) {
    const value = r[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return String(r.id ?? '');
};

/**
 * "Category 'Double charge' saved" instead of react-admin's generic "Element updated": the
 * resource's own singular name and the record's label, and the language version when there is one.
 */
export const useSavedNotice = (resource: string | undefined) => {
  const translate = useTranslate();
  return (record: Partial<RaRecord> | undefined, locale?: string, kind: 'saved' | 'created' = 'saved'): string => {
    const what = resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: resource }) : '';
    const args = { what, name: recordLabel(record) };
    if (locale) return translate(`resources.common.notice.${kind}_version`, { ...args, language: translate(`app.language.${locale}`) });
    return translate(`resources.common.notice.${kind}`, args);
  };
};
