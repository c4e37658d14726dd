import { Box } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { directionOf } from '../i18n/locales';
import {
  Confirm,
  Create,
  Edit,
  EditButton,
  Show,
  ShowButton,
  TopToolbar,
  useNotify,
  useRedirect,
  useResourceContext,
  useTranslate,
  type CreateProps,
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

/**
 * Create page of a localized resource: the first version may be in any language (its `locale`
 * input); the message names the record and its language, then the page goes to `after` (the list,
 * or the new version's edit page).
 */
export const LocalizedCreate = ({
  children,
  after = 'list',
  ...props
}: Omit<CreateProps, 'children' | 'redirect'> & { children: ReactNode; after?: 'list' | 'edit' }) => {
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext(props);
  const created = useSavedNotice(resource);
  return (
    <ContentLocaleScope>
      <Create
        {...props}
        mutationOptions={{
          onSuccess: (data: RaRecord & { locale?: string }) => {
            notify(created(data, data.locale ?? 'en', 'created'), { type: 'success' });
            if (after === 'edit' && resource) redirect(`/${resource}/${encodeURIComponent(String(data.id))}?locale=${String(data.locale ?? 'en')}`);
            else redirect('list', resource);
          },
          onError: (error: unknown) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
        }}
      >
        {children}
      </Create>
    </ContentLocaleScope>
  );
};
