import type { TrendReportRow } from '@contract';
import { useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { BucketLineChart, CategoryBarChart } from '../reports/charts/SimpleCharts';
import { bucketLabel } from '../reports/reportModel';
import type { RootCauseComparison } from './dashboardModel';

type DashboardChartProps =
  | { kind: 'trend'; rows: readonly TrendReportRow[]; links?: undefined }
  | { kind: 'backlog'; rows: ReadonlyArray<{ name: string; count: number }>; links: readonly string[] }
  | { kind: 'root-causes'; rows: readonly RootCauseComparison[]; links: readonly string[] };

/**
 * The dashboard's small charts, in a chunk of their own (with the charts library) that loads after
 * the figures. A bar opens the list behind it, by click or by keyboard (Enter on a focused bar).
 */
export const DashboardCharts = (props: DashboardChartProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const r = (key: string, options?: object) => translate(`resources.reports.${key}`, options);
  const d = (key: string, options?: object) => translate(`resources.dashboard.${key}`, options);
  switch (props.kind) {
    case 'trend':
      return (
        <BucketLineChart
          compact
          height={200}
          title={d('panels.volume_trend')}
          categories={props.rows.map((row) => bucketLabel(row.bucket, 'week', locale))}
          valueLabel={r('axis.complaints')}
          series={[{ id: 'received', label: r('series.received'), data: props.rows.map((row) => row.received) }]}
        />
      );
    case 'backlog':
      return (
        <CategoryBarChart
          compact
          horizontal
          height={Math.max(160, props.rows.length * 28 + 40)}
          title={d('panels.backlog_by_team')}
          categories={props.rows.map((row) => row.name)}
          valueLabel={r('axis.complaints')}
          series={[{ id: 'open', label: r('series.open'), data: props.rows.map((row) => row.count) }]}
          onSelect={(i) => props.links[i] && navigate(props.links[i])}
        />
      );
    case 'root-causes':
      return (
        <CategoryBarChart
          horizontal
          height={Math.max(220, props.rows.length * 48 + 80)}
          title={d('panels.top_root_causes', { days: 30 })}
          categories={props.rows.map((row) => row.title)}
          valueLabel={r('axis.complaints')}
          series={[
            { id: 'current', label: d('panels.this_period'), data: props.rows.map((row) => row.current) },
            { id: 'previous', label: d('panels.previous_period'), data: props.rows.map((row) => row.previous) },
          ]}
          legend
          onSelect={(i) => props.links[i] && navigate(props.links[i])}
        />
      );
  }
};

export default DashboardCharts;
