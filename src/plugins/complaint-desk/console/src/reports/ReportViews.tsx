import { Box, Chip, Link as MuiLink, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import {
  REGULATOR_CLASSES,
  type CapaEffectivenessReportRow,
  type FirstContactResolutionReportRow,
  type MassIncidentReportRow,
  type RegulatorReportRow,
  type RepeatComplainantReportRow,
  type ReportAnswer,
  type ReportName,
  type RootCauseReportRow,
  type SatisfactionReportRow,
  type SlaComplianceReportRow,
  type TrendReportRow,
} from '@contract';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../i18n/locales';
import { ParetoChart } from './charts/ParetoChart';
import { BucketLineChart, CategoryBarChart } from './charts/SimpleCharts';
import {
  addDays,
  bucketLabel,
  complaintListFilter,
  complaintListPath,
  formatCount,
  formatPercent,
  formatShare,
  paretoBars,
  PARETO_MARK,
  type CategoryNode,
  type ReportFilters,
} from './reportModel';

/** One column of a report's table. */
interface Column<Row> {
  key: string;
  label: string;
  numeric?: boolean;
  render: (row: Row, index: number) => ReactNode;
}

const ReportTable = <Row,>({ columns, rows, caption }: { columns: Column<Row>[]; rows: readonly Row[]; caption: string }) => (
  <TableContainer sx={{ overflowX: 'auto' }}>
    <Table size="small" data-testid="report-table" aria-label={caption}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.key} align={c.numeric ? 'right' : 'left'} sx={{ fontWeight: 600 }}>
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={i} data-testid="report-row">
            {columns.map((c) => (
              <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>
                {c.render(row, i)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);

export interface ReportViewProps<N extends ReportName> {
  answer: ReportAnswer<N>;
  filters: ReportFilters;
  categories: readonly CategoryNode[];
  title: string;
}

const useTools = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = (key: string, options?: object) => translate(`resources.reports.${key}`, options);
  return {
    translate,
    locale,
    f,
    count: (v: number) => formatCount(v, locale),
    share: (v: number | null) => formatShare(v, locale),
    date: (v: string | null) => (v ? formatDate(v, locale) : '—'),
  };
};

const RouterLink = ({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) => (
  <MuiLink component={Link} to={to} data-testid={testId}>
    {children}
  </MuiLink>
);

const RootCausesView = ({ answer, filters, categories }: ReportViewProps<'root-causes'>) => {
  const { f, count, share, translate, locale } = useTools();
  const navigate = useNavigate();
  const bars = paretoBars(answer.rows, { otherLabel: f('pareto.other') });
  const listPath = (row: Pick<RootCauseReportRow, 'rootCauseId'>) =>
    complaintListPath(complaintListFilter(answer.query, filters, { rootCauseIds: row.rootCauseId }, categories));
  const vital = bars.filter((b) => b.vital);
  const total = answer.rows.filter((r) => r.count > 0).length;
  const vitalShare = vital.length ? vital[vital.length - 1].cumulative : 0;
  return (
    <>
      <Box data-testid="pareto-chart" data-bars={bars.length} sx={{ direction: 'ltr' }}>
        <ParetoChart bars={bars} onSelect={(bar) => bar.id && navigate(listPath({ rootCauseId: bar.id }))} />
      </Box>
      <Typography variant="body2" sx={{ textAlign: 'start' }} data-testid="pareto-summary">
        {f('pareto.vital_summary', { causes: count(vital.length), total: count(total), percent: formatPercent(vitalShare, locale) })}{' '}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ '@media print': { display: 'none' } }}>
          {f('pareto.hint')}
        </Typography>
      </Typography>
      <ReportTable<RootCauseReportRow>
        caption={f('pareto.title')}
        rows={answer.rows}
        columns={[
          {
            key: 'rootCause',
            label: f('fields.rootCause'),
            render: (r) => (
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                <RouterLink to={listPath(r)} testId="root-cause-link">
                  {r.title || r.code}
                </RouterLink>
                {(r.cumulativeShare - r.share) * 100 < PARETO_MARK && r.count > 0 && (
                  <Chip size="small" color="primary" variant="outlined" label={f('pareto.vital')} />
                )}
              </Box>
            ),
          },
          { key: 'code', label: f('fields.code'), render: (r) => <code>{r.code}</code> },
          { key: 'sixM', label: f('fields.sixM'), render: (r) => (r.sixM ? translate(`app.six_m.${r.sixM}`, { _: r.sixM }) : '—') },
          { key: 'count', label: f('fields.count'), numeric: true, render: (r) => count(r.count) },
          { key: 'share', label: f('fields.share'), numeric: true, render: (r) => share(r.share) },
          { key: 'cumulativeShare', label: f('fields.cumulativeShare'), numeric: true, render: (r) => share(r.cumulativeShare) },
        ]}
      />
    </>
  );
};

const TrendsView = ({ answer, filters, categories, title }: ReportViewProps<'trends'>) => {
  const { f, count, locale } = useTools();
  const interval = answer.query.interval ?? filters.interval ?? 'month';
  const labels = answer.rows.map((r) => bucketLabel(r.bucket, interval, locale));
  const bucketPath = (r: TrendReportRow) =>
    complaintListPath({ ...complaintListFilter(answer.query, filters, {}, categories), receivedAt_gte: r.start, receivedAt_lt: r.end });
  return (
    <>
      <BucketLineChart
        title={title}
        categories={labels}
        valueLabel={f('axis.complaints')}
        series={[
          { id: 'received', label: f('series.received'), data: answer.rows.map((r) => r.received) },
          { id: 'resolved', label: f('series.resolved'), data: answer.rows.map((r) => r.resolved) },
        ]}
      />
      <ReportTable<TrendReportRow>
        caption={title}
        rows={answer.rows}
        columns={[
          { key: 'bucket', label: f('fields.bucket'), render: (r, i) => <RouterLink to={bucketPath(r)}>{labels[i]}</RouterLink> },
          { key: 'received', label: f('fields.received'), numeric: true, render: (r) => count(r.received) },
          { key: 'resolved', label: f('fields.resolved'), numeric: true, render: (r) => count(r.resolved) },
        ]}
      />
    </>
  );
};

const SlaView = ({ answer, title }: ReportViewProps<'sla-compliance'>) => {
  const { f, count, share, translate } = useTools();
  const teamName = (r: SlaComplianceReportRow) => r.teamName ?? f('values.no_team');
  const teams = [...new Set(answer.rows.map(teamName))];
  const stages = [...new Set(answer.rows.map((r) => r.stage))];
  const value = (team: string, stage: string) => {
    const row = answer.rows.find((r) => teamName(r) === team && r.stage === stage);
    return row && row.compliance !== null ? row.compliance * 100 : null;
  };
  return (
    <>
      <CategoryBarChart
        title={title}
        categories={teams}
        valueLabel={f('axis.compliance')}
        percent
        series={stages.map((stage) => ({ id: stage, label: translate(`app.sla.stage.${stage}`), data: teams.map((t) => value(t, stage)) }))}
      />
      <ReportTable<SlaComplianceReportRow>
        caption={title}
        rows={answer.rows}
        columns={[
          { key: 'stage', label: f('fields.stage'), render: (r) => translate(`app.sla.stage.${r.stage}`) },
          { key: 'team', label: f('fields.team'), render: teamName },
          { key: 'met', label: f('fields.met'), numeric: true, render: (r) => count(r.met) },
          { key: 'breached', label: f('fields.breached'), numeric: true, render: (r) => count(r.breached) },
          { key: 'pending', label: f('fields.pending'), numeric: true, render: (r) => count(r.pending) },
          { key: 'compliance', label: f('fields.compliance'), numeric: true, render: (r) => share(r.compliance) },
        ]}
      />
    </>
  );
};

const CapaView = ({ answer, filters, categories, title }: ReportViewProps<'capa-effectiveness'>) => {
  const { f, count, date, translate } = useTools();
  // The recurring complaints: same root cause, received in the window after implementation.
  const evidencePath = (r: CapaEffectivenessReportRow) => {
    const end = new Date(new Date(r.implementedAt).getTime() + r.verificationWindowDays * 86_400_000).toISOString();
    const base = complaintListFilter(answer.query, { ...filters, categoryId: r.categoryId ?? undefined }, {}, categories);
    return complaintListPath({ ...base, rootCauseIds: r.rootCauseId, receivedAt_gte: r.implementedAt, receivedAt_lt: end });
  };
  return (
    <>
      <CategoryBarChart
        title={title}
        categories={answer.rows.map((r) => r.title)}
        valueLabel={f('axis.complaints')}
        series={[
          { id: 'before', label: f('series.before'), data: answer.rows.map((r) => r.before) },
          { id: 'after', label: f('series.after'), data: answer.rows.map((r) => r.after) },
        ]}
      />
      <ReportTable<CapaEffectivenessReportRow>
        caption={title}
        rows={answer.rows}
        columns={[
          {
            key: 'action',
            label: f('fields.action'),
            render: (r) => <RouterLink to={`/corrective-actions/${encodeURIComponent(r.correctiveActionId)}/show`}>{r.title}</RouterLink>,
          },
          { key: 'status', label: f('fields.status'), render: (r) => translate(`resources.corrective-actions.statuses.${r.status}`, { _: r.status }) },
          { key: 'rootCause', label: f('fields.rootCause'), render: (r) => (r.rootCauseCode ? <code>{r.rootCauseCode}</code> : '—') },
          { key: 'implementedAt', label: f('fields.implementedAt'), render: (r) => date(r.implementedAt) },
          { key: 'window', label: f('fields.window'), numeric: true, render: (r) => count(r.verificationWindowDays) },
          { key: 'before', label: f('fields.before'), numeric: true, render: (r) => count(r.before) },
          { key: 'after', label: f('fields.after'), numeric: true, render: (r) => count(r.after) },
          {
            key: 'result',
            label: f('fields.result'),
            render: (r) =>
              r.result ? (
                <Chip size="small" color={r.result === 'effective' ? 'success' : 'error'} label={f(`values.${r.result}`)} />
              ) : (
                f('values.not_evaluated')
              ),
          },
          {
            key: 'evidence',
            label: f('fields.evidence'),
            render: (r) => (r.rootCauseId ? <RouterLink to={evidencePath(r)}>{f('values.see_evidence')}</RouterLink> : '—'),
          },
        ]}
      />
    </>
  );
};

const FcrView = ({ answer, filters, categories, title }: ReportViewProps<'first-contact-resolution'>) => {
  const { f, count, share, translate } = useTools();
  const navigate = useNavigate();
  return (
    <>
      <CategoryBarChart
        title={title}
        categories={answer.rows.map((r) => translate(`app.channel.${r.channel}`))}
        valueLabel={f('axis.share')}
        percent
        series={[{ id: 'share', label: f('series.first_contact'), data: answer.rows.map((r) => (r.share === null ? null : r.share * 100)) }]}
        onSelect={(i) => answer.rows[i] && navigate(complaintListPath(complaintListFilter(answer.query, filters, { channel: answer.rows[i].channel }, categories)))}
      />
      <ReportTable<FirstContactResolutionReportRow>
        caption={title}
        rows={answer.rows}
        columns={[
          { key: 'channel', label: f('fields.channel'), render: (r) => translate(`app.channel.${r.channel}`) },
          { key: 'concluded', label: f('fields.concluded'), numeric: true, render: (r) => count(r.concluded) },
          { key: 'firstContact', label: f('fields.firstContact'), numeric: true, render: (r) => count(r.firstContact) },
          { key: 'share', label: f('fields.share'), numeric: true, render: (r) => share(r.share) },
        ]}
      />
    </>
  );
};

const SatisfactionView = ({ answer, title }: ReportViewProps<'satisfaction'>) => {
  const { f, count } = useTools();
  return (
    <>
      <CategoryBarChart
        title={title}
        categories={answer.rows.map((r) => count(r.score))}
        valueLabel={f('axis.surveys')}
        series={[
          { id: 'result', label: f('series.result'), data: answer.rows.map((r) => r.result) },
          { id: 'process', label: f('series.process'), data: answer.rows.map((r) => r.process) },
        ]}
      />
      <ReportTable<SatisfactionReportRow>
        caption={title}
        rows={answer.rows}
        columns={[
          { key: 'score', label: f('fields.score'), render: (r) => count(r.score) },
          { key: 'resultScore', label: f('fields.resultScore'), numeric: true, render: (r) => count(r.result) },
          { key: 'processScore', label: f('fields.processScore'), numeric: true, render: (r) => count(r.process) },
        ]}
      />
    </>
  );
};

const RepeatView = ({ answer, title }: ReportViewProps<'repeat-complainants'>) => {
  const { f, count, date } = useTools();
  const name = (r: RepeatComplainantReportRow) => r.name ?? f('values.masked');
  const top = answer.rows.slice(0, 15);
  return (
    <>
      <CategoryBarChart
        title={title}
        horizontal
        height={Math.max(200, top.length * 28 + 60)}
        categories={top.map((r, i) => `${i + 1}. ${name(r)}`)}
        valueLabel={f('axis.complaints')}
        series={[{ id: 'complaints', label: f('series.complaints'), data: top.map((r) => r.complaints) }]}
      />
      <ReportTable<RepeatComplainantReportRow>
        caption={title}
        rows={answer.rows}
        columns={[
          { key: 'customer', label: f('fields.customer'), render: (r) => <RouterLink to={`/customers/${encodeURIComponent(r.customerId)}/show`}>{name(r)}</RouterLink> },
          { key: 'complaints', label: f('fields.complaints'), numeric: true, render: (r) => count(r.complaints) },
          { key: 'firstReceivedAt', label: f('fields.firstReceivedAt'), render: (r) => date(r.firstReceivedAt) },
          { key: 'lastReceivedAt', label: f('fields.lastReceivedAt'), render: (r) => date(r.lastReceivedAt) },
        ]}
      />
    </>
  );
};

const RegulatorView = ({ answer, title }: ReportViewProps<'regulator'>) => {
  const { f, count, share } = useTools();
  const label = (r: RegulatorReportRow) => (r.regulatorClass ? f(`regulator_classes.${r.regulatorClass}`) : f('values.unmapped'));
  const rows = [...answer.rows].sort(
    (a, b) => (a.regulatorClass ? REGULATOR_CLASSES.indexOf(a.regulatorClass) : 99) - (b.regulatorClass ? REGULATOR_CLASSES.indexOf(b.regulatorClass) : 99)
  );
  return (
    <>
      <CategoryBarChart
        title={title}
        categories={rows.map(label)}
        valueLabel={f('axis.complaints')}
        series={[{ id: 'count', label: f('series.complaints'), data: rows.map((r) => r.count) }]}
      />
      <ReportTable<RegulatorReportRow>
        caption={title}
        rows={rows}
        columns={[
          { key: 'regulatorClass', label: f('fields.regulatorClass'), render: label },
          { key: 'count', label: f('fields.count'), numeric: true, render: (r) => count(r.count) },
          { key: 'share', label: f('fields.share'), numeric: true, render: (r) => share(r.share) },
        ]}
      />
    </>
  );
};

const MassIncidentsView = ({ answer, filters, categories, title }: ReportViewProps<'mass-incidents'>) => {
  const { f, count, date } = useTools();
  const navigate = useNavigate();
  const listPath = (r: MassIncidentReportRow) => complaintListPath(complaintListFilter(answer.query, filters, { massIncidentId: r.massIncidentId }, categories));
  return (
    <>
      <CategoryBarChart
        title={title}
        horizontal
        height={Math.max(200, answer.rows.length * 40 + 60)}
        categories={answer.rows.map((r) => r.title)}
        valueLabel={f('axis.complaints')}
        series={[
          { id: 'complaints', label: f('series.complaints'), data: answer.rows.map((r) => r.complaints - r.open) },
          { id: 'open', label: f('series.open'), data: answer.rows.map((r) => r.open) },
        ]}
        stacked
        onSelect={(i) => answer.rows[i] && navigate(listPath(answer.rows[i]))}
      />
      <ReportTable<MassIncidentReportRow>
        caption={title}
        rows={answer.rows}
        columns={[
          { key: 'incident', label: f('fields.incident'), render: (r) => <RouterLink to={`/mass-incidents/${encodeURIComponent(r.massIncidentId)}/show`}>{r.title}</RouterLink> },
          { key: 'startedAt', label: f('fields.startedAt'), render: (r) => date(r.startedAt) },
          { key: 'complaints', label: f('fields.complaints'), numeric: true, render: (r) => <RouterLink to={listPath(r)}>{count(r.complaints)}</RouterLink> },
          { key: 'open', label: f('fields.open'), numeric: true, render: (r) => count(r.open) },
        ]}
      />
    </>
  );
};

/** The chart and the table of one report. */
export const ReportView = (props: ReportViewProps<ReportName>) => {
  switch (props.answer.name) {
    case 'root-causes':
      return <RootCausesView {...(props as ReportViewProps<'root-causes'>)} />;
    case 'trends':
      return <TrendsView {...(props as ReportViewProps<'trends'>)} />;
    case 'sla-compliance':
      return <SlaView {...(props as ReportViewProps<'sla-compliance'>)} />;
    case 'capa-effectiveness':
      return <CapaView {...(props as ReportViewProps<'capa-effectiveness'>)} />;
    case 'first-contact-resolution':
      return <FcrView {...(props as ReportViewProps<'first-contact-resolution'>)} />;
    case 'satisfaction':
      return <SatisfactionView {...(props as ReportViewProps<'satisfaction'>)} />;
    case 'repeat-complainants':
      return <RepeatView {...(props as ReportViewProps<'repeat-complainants'>)} />;
    case 'regulator':
      return <RegulatorView {...(props as ReportViewProps<'regulator'>)} />;
    case 'mass-incidents':
      return <MassIncidentsView {...(props as ReportViewProps<'mass-incidents'>)} />;
    default:
      return null;
  }
};

/** The last day of a period, for the page's subtitle. */
export const lastDayOf = (filters: ReportFilters) => addDays(filters.to, -1);
