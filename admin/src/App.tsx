import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18nProvider';

export const App = () => (
  <Admin
    title="Complaint Desk"
    disableTelemetry
    requireAuth
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
  >
    {/*
      Placeholder: react-admin shows its "empty admin" welcome page unless at
      least one Resource or CustomRoutes child is declared. A Resource without
      views registers no route and no menu entry; replace it with real resources.
    */}
    <Resource name="complaints" />
  </Admin>
);

export default App;
