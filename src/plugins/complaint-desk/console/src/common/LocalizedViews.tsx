import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { directionOf } from '../i18n/locales';
import { Edit, EditButton, Show, ShowButton, TopToolbar, type EditProps, type ShowProps } from 'react-admin';
import { ContentLocaleNotice, ContentLocaleScope, ContentLocaleSwitcher, useContentLocale } from './contentLocale';

/**
 * Edit page of a localized resource: a language switcher in the toolbar (`?locale=` in the URL),
 * the record read and saved in that language version (saving a missing version creates it).
 */
export const LocalizedEdit = ({ children, ...props }: Omit<EditProps, 'children'> & { children: ReactNode }) => {
  const [locale, setLocale] = useContentLocale();
  return (
    <ContentLocaleScope>
      <Edit
        key={locale}
        mutationMode="pessimistic"
        redirect={false}
        {...props}
        queryOptions={{ meta: { locale } }}
        mutationOptions={{ meta: { locale } }}
        actions={
          <TopToolbar sx={{ alignItems: 'center' }}>
            <ContentLocaleSwitcher value={locale} onChange={setLocale} />
            <ShowButton />
          </TopToolbar>
        }
      >
        <ContentLocaleNotice locale={locale} />
        {/* Texts are typed in the version's language: Persian right-to-left, the others left-to-right. */}
        <Box sx={{ '& input:not([type=number]), & textarea': { direction: directionOf(locale) } }}>{children}</Box>
      </Edit>
    </ContentLocaleScope>
  );
};

/** Show page of a localized resource, with the same language switcher. */
export const LocalizedShow = ({ children, ...props }: Omit<ShowProps, 'children'> & { children: ReactNode }) => {
  const [locale, setLocale] = useContentLocale();
  return (
    <ContentLocaleScope>
      <Show
        key={locale}
        {...props}
        queryOptions={{ meta: { locale } }}
        actions={
          <TopToolbar sx={{ alignItems: 'center' }}>
            <ContentLocaleSwitcher value={locale} onChange={setLocale} />
            <EditButton />
          </TopToolbar>
        }
      >
        <ContentLocaleNotice locale={locale} mode="show" />
        {children}
      </Show>
    </ContentLocaleScope>
  );
};
