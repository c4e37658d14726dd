import { useTheme } from '@mui/material';
import { BarPlot, FocusedBar } from '@mui/x-charts/BarChart';
import { ChartsAxisHighlight } from '@mui/x-charts/ChartsAxisHighlight';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsGrid } from '@mui/x-charts/ChartsGrid';
import { ChartsLegend } from '@mui/x-charts/ChartsLegend';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { ChartsWrapper } from '@mui/x-charts/ChartsWrapper';
import { LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { directionOf } from '../../i18n/locales';
import { formatCount, formatPercent, PARETO_MARK, type ParetoBar } from '../reportModel';

interface ParetoChartProps {
  bars: readonly ParetoBar[];
  /** A bar chosen by click, Enter or Space (not called for the tail's "other" bar). */
  onSelect?: (bar: ParetoBar) => void;
  height?: number;
  /** A dashboard's small version: no legend, no mark label, short tick labels. */
  compact?: boolean;
}

/** Long titles are cut on the axis; the tooltip and the table show them whole. */
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The root-cause Pareto: bars by count, largest first, on the left axis; the cumulative share as a
 * line on a second axis from 0 to 100 %; a dashed mark at 80 %. The causes that make up the first
 * 80 % (the "vital few") are drawn in the primary colour, the rest muted. The axis tooltip shows
 * each cause's count, share and cumulative share. Bars are reached with the keyboard (Tab into the
 * chart, arrows between bars) and opened with Enter, as with a click. In Persian the chart reads
 * right to left: the largest cause on the right, the count axis on the right.
 */
export const ParetoChart = ({ bars, onSelect, height = 420, compact = false }: ParetoChartProps) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const rtl = directionOf(locale) === 'rtl';
  const labels = useMemo(() => bars.map((b) => b.label), [bars]);
  const muted = theme.palette.mode === 'dark' ? theme.palette.grey[600] : theme.palette.grey[400];
  const count = (v: number | null) => (v === null ? '' : formatCount(v, locale));
  const percent = (v: number | null) => (v === null ? '' : formatPercent(v, locale));
  const barsLabel = translate('resources.reports.axis.complaints');
  const lineLabel = translate('resources.reports.axis.cumulative_share');

  return (
    <ChartsDataProvider
      height={height}
      disableKeyboardNavigation={false}
      // Enter or Space on the focused bar opens it, as a click does.
      experimentalFeatures={{ keyboardActivation: true }}
      margin={{ top: 16, bottom: compact ? 8 : 16, left: 8, right: 8 }}
      xAxis={[
        {
          id: 'causes',
          scaleType: 'band',
          data: labels,
          reverse: rtl,
          categoryGapRatio: 0.25,
          height: compact ? 40 : 96,
          tickLabelStyle: compact ? { fontSize: 10 } : { angle: -35, textAnchor: 'end', fontSize: 12 },
          valueFormatter: (value: string, context) => (context.location === 'tick' ? shorten(value, compact ? 10 : 26) : value),
        },
      ]}
      yAxis={[
        {
          id: 'count',
          scaleType: 'linear',
          position: rtl ? 'right' : 'left',
          label: compact ? undefined : translate('resources.reports.axis.complaints'),
          valueFormatter: (v: number) => formatCount(v, locale),
          tickMinStep: 1,
          width: compact ? 36 : 64,
        },
        {
          id: 'share',
          scaleType: 'linear',
          position: rtl ? 'left' : 'right',
          min: 0,
          max: 100,
          label: compact ? undefined : translate('resources.reports.axis.cumulative_share'),
          valueFormatter: (v: number) => formatPercent(v, locale, 0),
          width: compact ? 44 : 64,
        },
      ]}
      series={[
        {
          id: 'count',
          type: 'bar',
          label: barsLabel,
          data: bars.map((b) => b.count),
          yAxisId: 'count',
          color: theme.palette.primary.main,
          // One colour for the vital few, a muted one for the rest.
          colorGetter: ({ dataIndex }) => (bars[dataIndex]?.vital ? theme.palette.primary.main : muted),
          valueFormatter: (v, { dataIndex }) =>
            v === null
              ? ''
              : translate('resources.reports.pareto.tooltip_count', {
                  count: count(v),
                  share: percent(bars[dataIndex]?.share ?? null),
                }),
        },
        {
          id: 'cumulative',
          type: 'line',
          label: lineLabel,
          data: bars.map((b) => b.cumulative),
          yAxisId: 'share',
          color: theme.palette.warning.dark,
          showMark: !compact,
          valueFormatter: (v) => percent(v),
        },
      ]}
    >
      <ChartsWrapper legendPosition={{ vertical: 'top', horizontal: 'center' }} hideLegend={compact}>
        {!compact && <ChartsLegend />}
        <ChartsSurface title={translate('resources.reports.pareto.title')} desc={translate('resources.reports.pareto.desc')}>
          <ChartsGrid horizontal />
          <BarPlot
            borderRadius={2}
            onItemClick={
              onSelect
                ? (_event, item) => {
                    const bar = bars[item.dataIndex];
                    if (bar && bar.id !== null) onSelect(bar);
                  }
                : undefined
            }
          />
          <LinePlot />
          <MarkPlot />
          <ChartsReferenceLine
            y={PARETO_MARK}
            axisId="share"
            label={
              compact
                ? undefined
                : translate('resources.reports.pareto.mark', {
                    percent: formatPercent(PARETO_MARK, locale, 0),
                  })
            }
            labelAlign={rtl ? 'start' : 'end'}
            lineStyle={{
              strokeDasharray: '6 4',
              stroke: theme.palette.error.main,
            }}
            labelStyle={{ fill: theme.palette.error.main, fontSize: 12 }}
          />
          <ChartsXAxis axisId="causes" />
          <ChartsYAxis axisId="count" />
          <ChartsYAxis axisId="share" />
          <ChartsAxisHighlight x="band" />
          <FocusedBar />
        </ChartsSurface>
        <ChartsTooltip trigger="axis" />
      </ChartsWrapper>
    </ChartsDataProvider>
  );
};

export default ParetoChart;
