import { LinearProgress } from '@mui/material';
import { lazy, Suspense } from 'react';
import { CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';
import { canSeeReports } from './reportAccess';

// Lazy: the pages bring the charts and date pickers, which must not weigh on the console's first load.
const ReportsIndex = lazy(() => import('./ReportsIndex'));
const ReportPage = lazy(() => import('./ReportPage'));

const loading = <LinearProgress sx={{ mt: 2 }} />;

/** `#/reports` and `#/reports/:name`, for the roles that read reports (react-admin's `<Admin>` child). */
export const reportRoutes = (role: unknown) =>
  canSeeReports(role) ? (
    <CustomRoutes key="reports">
      <Route
        path="/reports"
        element={
          <Suspense fallback={loading}>
            <ReportsIndex />
          </Suspense>
        }
      />
      <Route
        path="/reports/:name"
        element={
          <Suspense fallback={loading}>
            <ReportPage />
          </Suspense>
        }
      />
    </CustomRoutes>
  ) : null;
