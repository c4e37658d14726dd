import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  CardHeader,
  Link as MuiLink,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Skeleton,
  Typography,
} from '@mui/material';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReportName, StaffRole } from '@contract';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useDataProvider, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatTrackingCode } from '../common/trackingCode';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { formatDate, formatDateTime, formatNumber } from '../i18n/locales';
import { complaintListFilter, complaintListPath, filtersToSearch, formatShare } from '../reports/reportModel';
import {
  compareRootCauses,
  dashboardPeriods,
  dueSoonCorrectiveActions,
  dueTodayFilter,
  listPath,
  openComplaintsFilter,
  overallCompliance,
  overdueCorrectiveActions,
  PANELS_BY_ROLE,
} from './dashboardModel';

// The charts library loads after the figures, in its own chunk: the dashboard is the landing page.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

const chartFallback = (height: number) => <Skeleton variant="rectangular" height={height} />;

const useT = () => {
  const translate = useTranslate();
  return (key: string, options?: object) => translate(`resources.dashboard.${key}`, options);
};

/** A report's JSON through the data provider, cached by react-query like any list. */
const useReport = <N extends ReportName>(name: N, query: Record<string, string>) => {
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  return useQuery({
    queryKey: ['complaint-desk-report', name, query],
    queryFn: () => dataProvider.report(name, query),
    retry: false,
    staleTime: 60_000,
  });
};

/** One key figure, linking to the list or report behind it. */
const Figure = ({ testId, title, value, to, caption, isPending, error }: { testId: string; title: string; value: ReactNode; to: string; caption?: string; isPending: boolean; error?: unknown }) => {
  const t = useT();
  return (
    <Card data-testid={testId}>
      <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
        <CardContent sx={{ textAlign: 'start' }}>
          <Typography variant="body2" color="text.secondary">
            {title}
          </Typography>
          {isPending ? (
            <Skeleton variant="text" width={60} sx={{ fontSize: '2.5rem' }} />
          ) : error ? (
            <Typography variant="h4" component="p" color="error" title={t('count_error')}>
              —
            </Typography>
          ) : (
            <Typography variant="h4" component="p" data-testid={`${testId}-value`}>
              {value}
            </Typography>
          )}
          {caption && (
            <Typography variant="caption" color="primary">
              {caption}
            </Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** A count of a filtered list (its total), as a figure. */
const CountFigure = ({ testId, title, resource, filter, caption }: { testId: string; title: string; resource: string; filter: Record<string, unknown>; caption?: string }) => {
  const [locale] = useLocaleState();
  const { total, isPending, error } = useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } });
  return (
    <Figure testId={testId} title={title} value={formatNumber(total ?? 0, locale)} to={listPath(resource, filter)} caption={caption} isPending={isPending} error={error} />
  );
};

const Section = ({ title, action, children, testId, wide = false }: { title: string; action?: ReactNode; children: ReactNode; testId: string; wide?: boolean }) => (
  <Card data-testid={testId} sx={{ display: 'flex', flexDirection: 'column', ...(wide ? { gridColumn: '1 / -1' } : {}) }}>
    <CardHeader title={title} slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }} action={action} sx={{ textAlign: 'start', pb: 0 }} />
    <CardContent sx={{ flex: 1 }}>{children}</CardContent>
  </Card>
);

const SectionLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <MuiLink component={Link} to={to} variant="body2" sx={{ display: 'inline-block', mt: 1, marginInlineEnd: 1 }}>
    {children}
  </MuiLink>
);

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 2 } as const;
const figures = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 } as const;

interface ComplaintRow {
  id: string | number;
  trackingCode?: string;
  subject?: string;
  status?: string;
  receivedAt?: string;
  slaDueAt?: string | null;
}

/** A short list of complaints, each linking to its workspace. */
const ComplaintShortList = ({ filter, sort, testId, when }: { filter: Record<string, unknown>; sort: { field: string; order: 'ASC' | 'DESC' }; testId: string; when: 'receivedAt' | 'slaDueAt' }) => {
  const translate = useTranslate();
  const t = useT();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useGetList<ComplaintRow>('complaints', { filter, sort, pagination: { page: 1, perPage: 5 } });
  if (isPending) return <Skeleton variant="rectangular" height={180} />;
  if (error) return <Typography color="error">{t('count_error')}</Typography>;
  if (!data?.length) return <Typography color="text.secondary">{t('panels.nothing')}</Typography>;
  return (
    <List dense disablePadding data-testid={testId}>
      {/* The link sits inside the list item: a list holds only items. */}
      {data.map((c) => (
        <ListItem key={c.id} disablePadding>
          <ListItemButton component={Link} to={`/complaints/${encodeURIComponent(String(c.id))}/show`} sx={{ color: 'inherit', px: 0 }}>
            <ListItemText
              sx={{ textAlign: 'start' }}
              primary={
                <>
                  <Box component="span" dir="ltr" sx={{ fontFamily: 'monospace', marginInlineEnd: 1 }}>
                    {formatTrackingCode(c.trackingCode)}
                  </Box>
                  {c.subject}
                </>
              }
              secondary={`${c.status ? translate(`app.status.${c.status}`) : ''} · ${
                when === 'receivedAt' ? t('panels.received_on', { date: formatDate(c.receivedAt, locale) }) : t('panels.due_at', { date: formatDateTime(c.slaDueAt, locale) })
              }`}
            />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
};

const DirectorPanel = () => {
  const t = useT();
  const [locale] = useLocaleState();
  const [now] = useState(() => new Date());
  const { current } = dashboardPeriods(now, 30);
  const trendPeriod = dashboardPeriods(now, 84).current;
  const sla = useReport('sla-compliance', { ...current, locale });
  const trends = useReport('trends', { ...trendPeriod, interval: 'week', calendar: locale === 'fa' ? 'jalali' : 'gregorian', locale });
  const compliance = sla.data ? overallCompliance(sla.data.rows) : null;
  const { data: teams } = useGetList('teams', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } }, { staleTime: 5 * 60_000 });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="dashboard-director">
      <Box sx={figures}>
        <Figure
          testId="dashboard-sla-compliance"
          title={t('panels.sla_compliance')}
          value={formatShare(compliance, locale)}
          caption={t('panels.last_days', { days: formatNumber(30, locale) })}
          to={`/reports/sla-compliance?${filtersToSearch(current)}`}
          isPending={sla.isPending}
          error={sla.error}
        />
        <CountFigure testId="dashboard-open-backlog" title={t('panels.open_backlog')} resource="complaints" filter={openComplaintsFilter()} />
      </Box>
      <Box sx={grid}>
        <Section
          testId="dashboard-volume-trend"
          title={t('panels.volume_trend')}
          action={<SectionLink to={`/reports/trends?${filtersToSearch({ ...trendPeriod, interval: 'week' })}`}>{t('panels.open_report')}</SectionLink>}
        >
          {trends.isPending ? chartFallback(200) : trends.error ? <Typography color="error">{t('count_error')}</Typography> : (
            <Suspense fallback={chartFallback(200)}>
              <DashboardCharts kind="trend" rows={trends.data?.rows ?? []} />
            </Suspense>
          )}
        </Section>
        <Section testId="dashboard-backlog-by-team" title={t('panels.backlog_by_team')}>
          <BacklogByTeam teams={(teams ?? []).map((team) => ({ id: String(team.id), name: String(team.name ?? team.code ?? team.id) }))} />
        </Section>
        <Section
          testId="dashboard-oldest-open"
          title={t('panels.oldest_open')}
          action={<SectionLink to={listPath('complaints', openComplaintsFilter(), { field: 'receivedAt', order: 'ASC' })}>{t('panels.see_all')}</SectionLink>}
        >
          <ComplaintShortList testId="dashboard-oldest-list" filter={openComplaintsFilter()} sort={{ field: 'receivedAt', order: 'ASC' }} when="receivedAt" />
        </Section>
      </Box>
    </Box>
  );
};

/** Open complaints per team: one list total per team, asked in parallel. */
const BacklogByTeam = ({ teams }: { teams: Array<{ id: string; name: string }> }) => {
  const t = useT();
  const dataProvider = useDataProvider();
  const totals = useQueries({
    queries: teams.map((team) => ({
      queryKey: ['complaints', 'getList', { team: team.id, backlog: true }],
      queryFn: () =>
        dataProvider.getList('complaints', {
          filter: openComplaintsFilter({ teamId: team.id }),
          pagination: { page: 1, perPage: 1 },
          sort: { field: 'receivedAt', order: 'DESC' },
        }),
      staleTime: 30_000,
    })),
  });
  if (teams.length === 0 || totals.some((q) => q.isPending)) return chartFallback(200);
  if (totals.some((q) => q.error)) return <Typography color="error">{t('count_error')}</Typography>;
  const rows = teams
    .map((team, i) => ({ ...team, count: totals[i].data?.total ?? 0 }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  if (rows.length === 0) return <Typography color="text.secondary">{t('panels.nothing')}</Typography>;
  return (
    <Suspense fallback={chartFallback(200)}>
      <DashboardCharts kind="backlog" rows={rows} links={rows.map((r) => listPath('complaints', openComplaintsFilter({ teamId: r.id })))} />
    </Suspense>
  );
};

const QualityPanel = () => {
  const t = useT();
  const [locale] = useLocaleState();
  const [now] = useState(() => new Date());
  const { current, previous } = dashboardPeriods(now, 30);
  const year = dashboardPeriods(now, 365).current;
  const thisPeriod = useReport('root-causes', { ...current, locale });
  const lastPeriod = useReport('root-causes', { ...previous, locale });
  const capa = useReport('capa-effectiveness', { ...year, locale });
  const comparison = thisPeriod.data && lastPeriod.data ? compareRootCauses(thisPeriod.data.rows, lastPeriod.data.rows) : [];
  const results = capa.data?.rows ?? [];
  const count = (n: number) => formatNumber(n, locale);
  const capaPath = `/reports/capa-effectiveness?${filtersToSearch(year)}`;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="dashboard-quality">
      <Box sx={figures}>
        <CountFigure testId="dashboard-capa-overdue" title={t('panels.capa_overdue')} resource="corrective-actions" filter={overdueCorrectiveActions(now)} />
        <CountFigure
          testId="dashboard-capa-due-soon"
          title={t('panels.capa_due_soon', { days: count(14) })}
          resource="corrective-actions"
          filter={dueSoonCorrectiveActions(now, 14)}
        />
        <Figure testId="dashboard-capa-effective" title={t('panels.capa_effective')} value={count(results.filter((r) => r.result === 'effective').length)} to={capaPath} isPending={capa.isPending} error={capa.error} caption={t('panels.last_year')} />
        <Figure testId="dashboard-capa-ineffective" title={t('panels.capa_ineffective')} value={count(results.filter((r) => r.result === 'ineffective').length)} to={capaPath} isPending={capa.isPending} error={capa.error} caption={t('panels.last_year')} />
        <Figure testId="dashboard-capa-pending" title={t('panels.capa_pending')} value={count(results.filter((r) => r.result === null).length)} to={capaPath} isPending={capa.isPending} error={capa.error} caption={t('panels.last_year')} />
      </Box>
      <Box sx={grid}>
        <Section
          wide
          testId="dashboard-top-root-causes"
          title={t('panels.top_root_causes', { days: count(30) })}
          action={<SectionLink to={`/reports/root-causes?${filtersToSearch(current)}`}>{t('panels.open_pareto')}</SectionLink>}
        >
          {thisPeriod.isPending || lastPeriod.isPending ? (
            chartFallback(240)
          ) : thisPeriod.error || lastPeriod.error ? (
            <Typography color="error">{t('count_error')}</Typography>
          ) : comparison.length === 0 ? (
            <Typography color="text.secondary">{t('panels.nothing')}</Typography>
          ) : (
            <Suspense fallback={chartFallback(240)}>
              <DashboardCharts
                kind="root-causes"
                rows={comparison}
                links={comparison.map((r) => complaintListPath(complaintListFilter(thisPeriod.data!.query, {}, { rootCauseIds: r.rootCauseId })))}
              />
            </Suspense>
          )}
        </Section>
      </Box>
    </Box>
  );
};

const FrontPanel = () => {
  const t = useT();
  const [now] = useState(() => new Date());
  const dueToday = dueTodayFilter(now);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="dashboard-front">
      <Box sx={figures}>
        <CountFigure testId="dashboard-due-today" title={t('panels.due_today')} resource="complaints" filter={dueToday} />
      </Box>
      <Box sx={grid}>
        <Section testId="dashboard-my-queue" title={t('panels.my_queue')} action={<SectionLink to={listPath('complaints', { queue: 'mine' }, { field: 'slaDueAt', order: 'ASC' })}>{t('panels.see_all')}</SectionLink>}>
          <ComplaintShortList testId="dashboard-my-queue-list" filter={{ queue: 'mine' }} sort={{ field: 'slaDueAt', order: 'ASC' }} when="slaDueAt" />
        </Section>
        <Section testId="dashboard-due-today-list" title={t('panels.due_today')} action={<SectionLink to={listPath('complaints', dueToday, { field: 'slaDueAt', order: 'ASC' })}>{t('panels.see_all')}</SectionLink>}>
          <ComplaintShortList testId="dashboard-due-today-items" filter={dueToday} sort={{ field: 'slaDueAt', order: 'ASC' }} when="slaDueAt" />
        </Section>
      </Box>
    </Box>
  );
};

/** The role's own panels under the queue counts: figures first, small charts as they load. */
export const RoleDashboard = ({ role }: { role: StaffRole }) => (
  <Box sx={{ mt: 3, display: 'flex', flexDirection: 'column', gap: 2 }}>
    {PANELS_BY_ROLE[role].map((panel) =>
      panel === 'director' ? <DirectorPanel key={panel} /> : panel === 'quality' ? <QualityPanel key={panel} /> : <FrontPanel key={panel} />
    )}
  </Box>
);

export default RoleDashboard;
