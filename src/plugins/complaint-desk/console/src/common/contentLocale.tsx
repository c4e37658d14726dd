import { Alert, ToggleButton, ToggleButtonGroup, Typography, Box } from '@mui/material';
import { useContext, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  DataProviderContext,
  required,
  SelectInput,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type DataProvider,
  type RaRecord,
} from 'react-admin';
import { LANGUAGES } from '@contract';

/**
 * Localized content (categories, channels, response templates) in one language version at a time.
 *
 * The API answers these resources in English unless asked otherwise: `filter.locale` on lists,
 * `?locale=` on one record, `locale` in a PUT/POST body (a PUT in a new locale creates that
 * version; docs/API.md). ra-data-simple-rest has no query string on getOne, so inside
 * `<ContentLocaleScope>` a `meta.locale` on getOne/getMany reads through the list endpoint
 * (`filter: {id, locale}`), and on update/create puts `locale` into the body.
 */
export type ContentLocale = (typeof LANGUAGES)[number];

export const isContentLocale = (value: unknown): value is ContentLocale =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

type LocaleMeta = { locale?: unknown } | undefined;
const metaLocale = (meta: unknown): ContentLocale | undefined => {
  const locale = (meta as LocaleMeta)?.locale;
  return isContentLocale(locale) ? locale : undefined;
};

export const withContentLocale = (dataProvider: DataProvider): DataProvider => ({
  ...dataProvider,
  getOne: async (resource, params) => {
    const locale = metaLocale(params.meta);
    if (!locale) return dataProvider.getOne(resource, params);
    const { data } = await dataProvider.getList(resource, {
      filter: { id: [String(params.id)], locale },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      signal: params.signal,
    });
    if (data[0]) return { data: data[0] };
    // No version in this language yet: start from the English one (its `locale` stays 'en',
    // which is how the form knows the version is missing).
    return dataProvider.getOne(resource, { id: params.id, signal: params.signal });
  },
  getMany: async (resource, params) => {
    const locale = metaLocale(params.meta);
    if (!locale) return dataProvider.getMany(resource, params);
    const ids = params.ids.map(String);
    const { data } = await dataProvider.getList(resource, {
      filter: { id: ids, locale },
      pagination: { page: 1, perPage: Math.max(ids.length, 1) },
      sort: { field: 'id', order: 'ASC' },
      signal: params.signal,
    });
    const found = new Set(data.map((r) => String(r.id)));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length === 0) return { data };
    const { data: fallback } = await dataProvider.getMany(resource, { ids: missing, signal: params.signal });
    return { data: [...data, ...fallback] };
  },
  update: (resource, params) => {
    const locale = metaLocale(params.meta);
    if (!locale) return dataProvider.update(resource, params);
    return dataProvider.update(resource, { ...params, data: { ...params.data, locale } });
  },
  create: (resource, params) => {
    const locale = metaLocale(params.meta);
    if (!locale) return dataProvider.create(resource, params);
    return dataProvider.create(resource, { ...params, data: { ...params.data, locale } });
  },
});

/** Makes `meta.locale` work for the views below it (see withContentLocale). */
export const ContentLocaleScope = ({ children }: { children: ReactNode }) => {
  const dataProvider = useContext(DataProviderContext);
  const wrapped = useMemo(() => (dataProvider ? withContentLocale(dataProvider) : null), [dataProvider]);
  if (!wrapped) return <>{children}</>;
  return <DataProviderContext.Provider value={wrapped}>{children}</DataProviderContext.Provider>;
};

/** The console's language when it is a content language, else English. */
export const useDefaultContentLocale = (): ContentLocale => {
  const [uiLocale] = useLocaleState();
  return isContentLocale(uiLocale) ? uiLocale : 'en';
};

/** The language version named by `?locale=` in the URL (default: the console's language). */
export const useContentLocale = (): [ContentLocale, (locale: ContentLocale) => void] => {
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultContentLocale();
  const fromUrl = params.get('locale');
  const locale = isContentLocale(fromUrl) ? fromUrl : fallback;
  const setLocale = (next: ContentLocale) =>
    setParams(
      (previous) => {
        const copy = new URLSearchParams(previous);
        copy.set('locale', next);
        return copy;
      },
      { replace: true }
    );
  return [locale, setLocale];
};

/** Four buttons, one per language version. */
export const ContentLocaleSwitcher = ({
  value,
  onChange,
}: {
  value: ContentLocale;
  onChange: (locale: ContentLocale) => void;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.common.content_locale.label')}
      </Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={value}
        onChange={(_, next) => isContentLocale(next) && onChange(next)}
        data-testid="content-locale-switcher"
      >
        {LANGUAGES.map((language) => (
          <ToggleButton key={language} value={language} data-testid={`content-locale-${language}`}>
            {translate(`app.language.${language}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
};

/** Inside an Edit/Show: says which language version is shown, and when it does not exist yet. */
export const ContentLocaleNotice = ({ locale, mode = 'edit' }: { locale: ContentLocale; mode?: 'edit' | 'show' }) => {
  const record = useRecordContext<RaRecord & { locale?: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const language = translate(`app.language.${locale}`);
  if (record.locale && record.locale !== locale) {
    return (
      <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="content-locale-missing">
        {translate('resources.common.content_locale.missing', { language })}
      </Alert>
    );
  }
  return (
    <Typography variant="caption" color="text.secondary" sx={{ mb: 1, display: 'block' }}>
      {translate(mode === 'edit' ? 'resources.common.content_locale.editing' : 'resources.common.content_locale.showing', {
        language,
      })}
    </Typography>
  );
};

/** Path to a record's page in the list row's language version. */
export const localizedRecordPath =
  (view: 'edit' | 'show') =>
  (id: RaRecord['id'], resource: string, record: RaRecord): string => {
    const locale = isContentLocale(record.locale) ? record.locale : 'en';
    return `/${resource}/${encodeURIComponent(String(id))}${view === 'show' ? '/show' : ''}?locale=${locale}`;
  };

const LANGUAGE_CHOICES = LANGUAGES.map((language) => ({ id: language, name: `app.language.${language}` }));

/** The list filter choosing a language version (pair it with `filterDefaultValues={{ locale }}`). */
export const ContentLocaleFilterInput = (props: { source?: string; alwaysOn?: boolean }) => (
  <SelectInput
    source="locale"
    {...props}
    choices={LANGUAGE_CHOICES}
    validate={required()}
    label="resources.common.content_locale.label"
    data-testid="content-locale-filter"
  />
);

/** `locale` as a create-form input (a new document may start in any language). */
export const ContentLocaleInput = () => (
  <SelectInput source="locale" choices={LANGUAGE_CHOICES} validate={required()} label="resources.common.content_locale.label" />
);
