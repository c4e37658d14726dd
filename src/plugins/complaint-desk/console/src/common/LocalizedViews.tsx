import { Box } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { directionOf } from '../i18n/locales';
import {
  Confirm,
  Edit,
  EditButton,
  Show,
  ShowButton,
  TopToolbar,
  useNotify,
  useResourceContext,
  useTranslate,
  type EditProps,
  type RaRecord,
  type ShowProps,
} from 'react-admin';
import { ContentLocaleNotice, ContentLocaleScope, ContentLocaleSwitcher, useContentLocale, type ContentLocale } from './contentLocale';
import { UnsavedEditsScope, useUnsavedEditsTracker } from './unsavedEdits';
import { useSavedNotice } from './notices';

/**
 * Edit page of a localized resource: a language switcher in the toolbar (`?locale=` in the URL),
 * the record read and saved in that language version (saving a missing version creates it).
 * Switching the version with unsaved edits asks first: the form of the other version replaces them.
 */
export const LocalizedEdit = ({ children, ...props }: Omit<EditProps, 'children'> & { children: ReactNode }) => {
  const [locale, setLocale] = useContentLocale();
  const tracker = useUnsavedEditsTracker();
  const [pending, setPending] = useState<ContentLocale | null>(null);
  const translate = useTranslate();
  const notify = useNotify();
  const resource = useResourceContext(props);
  const saved = useSavedNotice(resource);
  const switchTo = (next: ContentLocale) => {
    if (next === locale) return;
    if (tracker.current) setPending(next);
    else setLocale(next);
  };
  return (
    <ContentLocaleScope>
      <UnsavedEditsScope tracker={tracker}>
        <Edit
          key={locale}
          mutationMode="pessimistic"
          redirect={false}
          {...props}
          queryOptions={{ meta: { locale } }}
          mutationOptions={{
            meta: { locale },
            onSuccess: (data: RaRecord) => notify(saved(data, locale), { type: 'success' }),
            onError: (error: unknown) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
          }}
          actions={
            <TopToolbar sx={{ alignItems: 'center' }}>
              <ContentLocaleSwitcher value={locale} onChange={switchTo} />
              <ShowButton />
            </TopToolbar>
          }
        >
          <ContentLocaleNotice locale={locale} />
          {/* Texts are typed in the version's language: Persian right-to-left, the others left-to-right. */}
          <Box sx={{ '& input:not([type=number]), & textarea': { direction: directionOf(locale) } }}>{children}</Box>
        </Edit>
        <Confirm
          isOpen={pending !== null}
          title="resources.common.unsaved.title"
          content={translate('resources.common.unsaved.switch', {
            from: translate(`app.language.${locale}`),
            to: pending ? translate(`app.language.${pending}`) : '',
          })}
          confirm="resources.common.unsaved.discard"
          cancel="resources.common.unsaved.stay"
          confirmColor="warning"
          onConfirm={() => {
            if (pending) setLocale(pending);
            tracker.current = false;
            setPending(null);
          }}
          onClose={() => setPending(null)}
        />
      </UnsavedEditsScope>
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
