import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Card, CardContent, Chip, GlobalStyles, LinearProgress, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReportName } from '@contract';
import { useState } from 'react';
import { Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { useLocalizedRecords } from '../common/localizedReference';
import { formatDate } from '../i18n/locales';
import { ReportFilterBar } from './ReportFilterBar';
import { ReportView } from './ReportViews';
import { useCanSeeReports } from './reportAccess';
import { csvFileName, filtersFromSearch, filtersToSearch, isEmptyAnswer, isReportName, parseDay, reportQuery, addDays, type ReportFilters } from './reportModel';

/** The print view: the report alone, without the console's bars, menu and controls. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.RaAppBar-root, header.MuiAppBar-root, .RaSidebar-root, .RaSidebar-fixed': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        '.MuiCard-root': { boxShadow: 'none !important' },
      },
    }}
  />
);

/** Saves a blob as a file through a temporary link (the only way a fetched download gets a name). */
const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const ReportContent = ({ name }: { name: ReportName }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const location = useLocation();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const filters = filtersFromSearch(location.search);
  const query = reportQuery(name, filters, locale);
  const { records: categories } = useLocalizedRecords('categories');
  const [downloading, setDownloading] = useState(false);
  const title = translate(`resources.reports.names.${name}`);

  const { data, error, isPending, isFetching, refetch } = useQuery({
    queryKey: ['complaint-desk-report', name, query],
    queryFn: () => dataProvider.report(name, query),
    retry: false,
    staleTime: 30_000,
  });

  const setFilters = (next: ReportFilters) => navigate({ pathname: location.pathname, search: `?${filtersToSearch(next)}` }, { replace: true });

  const downloadCsv = async () => {
    setDownloading(true);
    try {
      saveBlob(await dataProvider.reportCsv(name, query), csvFileName(name, filters));
      notify('resources.reports.actions.csv_done', { type: 'info' });
    } catch (e) {
      notify('resources.reports.actions.csv_error', { type: 'error', messageArgs: { message: e instanceof Error ? e.message : String(e) } });
    } finally {
      setDownloading(false);
    }
  };

  const period = `${formatDate(parseDay(filters.from), locale)} – ${formatDate(parseDay(addDays(filters.to, -1)), locale)}`;

  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }} data-testid={`report-${name}`}>
      <Title title={`${translate('resources.reports.name')} — ${title}`} />
      {printStyles}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline', justifyContent: 'space-between' }}>
        <Box sx={{ textAlign: 'start' }}>
          <Button component={Link} to="/reports" size="small" sx={{ '@media print': { display: 'none' } }}>
            {translate('resources.reports.back')}
          </Button>
          <Typography variant="h5" component="h1">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(`resources.reports.descriptions.${name}`)}
          </Typography>
          <Typography variant="body2" data-testid="report-period">
            {period}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, '@media print': { display: 'none' } }}>
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={downloadCsv} disabled={downloading} data-testid="report-csv">
            {translate('resources.reports.actions.csv')}
          </Button>
          <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
            {translate('resources.reports.actions.print')}
          </Button>
        </Box>
      </Box>
      <ReportFilterBar name={name} filters={filters} onChange={setFilters} />
      {data?.scope === 'team' && <Chip sx={{ alignSelf: 'flex-start' }} label={translate('resources.reports.states.team_scope')} data-testid="report-team-scope" />}
      <Card>
        {isFetching && <LinearProgress aria-label={translate('resources.reports.states.loading')} />}
        <CardContent aria-busy={isPending} aria-live="polite">
          {isPending ? (
            <Box data-testid="report-loading">
              <Typography variant="body2" color="text.secondary">
                {translate('resources.reports.states.loading')}
              </Typography>
              <Skeleton variant="rectangular" height={320} sx={{ mt: 1 }} />
            </Box>
          ) : error ? (
            <Alert
              severity="error"
              data-testid="report-error"
              action={
                <Button color="inherit" size="small" onClick={() => void refetch()}>
                  {translate('resources.reports.actions.retry')}
                </Button>
              }
            >
              {translate('resources.reports.states.error', { message: error instanceof Error ? error.message : String(error) })}
            </Alert>
          ) : data && isEmptyAnswer(data) ? (
            <Alert severity="info" data-testid="report-empty">
              {translate('resources.reports.states.empty')}
            </Alert>
          ) : data ? (
            <Box data-testid="report-ready" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
              <ReportView answer={data} filters={filters} categories={categories} title={title} />
            </Box>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};

/** `#/reports/:name`: one report with its filters, chart, table, CSV download and print view. */
export const ReportPage = () => {
  const translate = useTranslate();
  const { name } = useParams();
  const allowed = useCanSeeReports();
  if (!allowed) return <Alert severity="warning" sx={{ mt: 2 }}>{translate('resources.reports.states.forbidden')}</Alert>;
  if (!isReportName(name)) return <Alert severity="warning" sx={{ mt: 2 }}>{translate('resources.reports.states.unknown')}</Alert>;
  return <ReportContent key={name} name={name} />;
};

export default ReportPage;
