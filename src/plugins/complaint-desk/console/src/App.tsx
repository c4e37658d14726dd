import { CacheProvider } from '@emotion/react';
import { lazy, useEffect, useState } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { directionOf } from './i18n/locales';
import { i18nProvider, onLocaleChange } from './i18nProvider';
import { Layout } from './layout/Layout';
import { ltrCache, ltrTheme, rtlCache, rtlTheme } from './layout/theme';
import { canAccess } from './permissions/canAccess';
import { queryClient } from './queryClient';
import { reportRoutes } from './reports';
import { RESOURCES } from './resources';
import { TRANSLATION_STATUS_PATH } from './translation-status/route';

const TranslationStatusPage = lazy(() => import('./translation-status/TranslationStatusPage'));

const applyDocumentLocale = (locale: string) => {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
};

export const App = () => {
  const [locale, setLocale] = useState(i18nProvider.getLocale());
  useEffect(() => onLocaleChange(setLocale), []);
  useEffect(() => applyDocumentLocale(locale), [locale]);
  const rtl = directionOf(locale) === 'rtl';

  return (
    <CacheProvider value={rtl ? rtlCache : ltrCache}>
      <Admin
        title="Complaint Desk"
        disableTelemetry
        requireAuth
        dataProvider={dataProvider}
        queryClient={queryClient}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        dashboard={Dashboard}
        layout={Layout}
        theme={rtl ? rtlTheme : ltrTheme}
      >
        {(role) => [
          ...RESOURCES.filter((entry) => canAccess(role, { action: 'list', resource: entry.name })).map(
            ({ group: _group, ...entry }) => <Resource key={entry.name} {...entry} />
          ),
          reportRoutes(role),
          canAccess(role, { action: 'menu', resource: 'translation-status' }) && (
            <CustomRoutes key="translation-status">
              <Route path={TRANSLATION_STATUS_PATH} element={<TranslationStatusPage />} />
            </CustomRoutes>
          ),
        ]}
      </Admin>
    </CacheProvider>
  );
};

export default App;
