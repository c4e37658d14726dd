import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useLocaleState } from 'react-admin';
import { directionOf } from '../../i18n/locales';
import { formatCount, formatPercent } from '../reportModel';

/** One series of a simple chart: its label (translated) and its values by category. */
export interface ChartSeries {
  id: string;
  label: string;
  data: ReadonlyArray<number | null>;
  color?: string;
}

interface CategoryChartProps {
  /** The categories along the band axis (translated labels). */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** The value axis's label (translated). */
  valueLabel: string;
  /** Values are percentages 0..100 (axis 0–100 %, values as %), otherwise counts. */
  percent?: boolean;
  height?: number;
  /** A category chosen by click, Enter or Space. */
  onSelect?: (index: number) => void;
  /** Horizontal bars (long category names, such as customers or incidents). */
  horizontal?: boolean;
  stacked?: boolean;
  compact?: boolean;
  /** Show the legend even in the compact form (series that must be told apart). */
  legend?: boolean;
  title: string;
}

const useFormat = (percent: boolean | undefined) => {
  const [locale] = useLocaleState();
  return {
    locale,
    rtl: directionOf(locale) === 'rtl',
    value: (v: number | null) => (v === null ? '' : percent ? formatPercent(v, locale) : formatCount(v, locale)),
    tick: (v: number) => (percent ? formatPercent(v, locale, 0) : formatCount(v, locale)),
  };
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Bars by category, one or several series, in the console's language: Persian digits on ticks and
 * in the tooltip, and in Persian the category axis runs right to left.
 */
export const CategoryBarChart = ({
  categories,
  series,
  valueLabel,
  percent,
  height = 340,
  onSelect,
  horizontal = false,
  stacked = false,
  compact = false,
  legend = false,
  title,
}: CategoryChartProps) => {
  const { rtl, value, tick } = useFormat(percent);
  const theme = useTheme();
  const palette = [theme.palette.primary.main, theme.palette.warning.dark, theme.palette.success.main, theme.palette.secondary.main, theme.palette.info.main];
  const band = {
    id: 'band',
    scaleType: 'band' as const,
    data: [...categories],
    valueFormatter: (v: string, context: { location: string }) => (context.location === 'tick' ? shorten(v, horizontal ? (compact ? 20 : 28) : compact ? 10 : 18) : v),
  };
  const linear = {
    id: 'value',
    scaleType: 'linear' as const,
    label: compact ? undefined : valueLabel,
    valueFormatter: tick,
    tickMinStep: percent ? undefined : 1,
    ...(percent ? { min: 0, max: 100 } : {}),
  };
  const side = rtl ? ('right' as const) : ('left' as const);
  return (
    <BarChart
      height={height}
      title={title}
      layout={horizontal ? 'horizontal' : 'vertical'}
      disableKeyboardNavigation={false}
      experimentalFeatures={{ keyboardActivation: true }}
      hideLegend={(compact && !legend) || series.length < 2}
      xAxis={horizontal ? [{ ...linear, reverse: rtl }] : [{ ...band, reverse: rtl }]}
      yAxis={horizontal ? [{ ...band, position: side, width: compact ? 130 : 180 }] : [{ ...linear, position: side, width: compact ? 40 : 64 }]}
      series={series.map((s, i) => ({
        id: s.id,
        label: s.label,
        data: [...s.data],
        color: s.color ?? palette[i % palette.length],
        valueFormatter: value,
        ...(stacked ? { stack: 'total' } : {}),
      }))}
      grid={horizontal ? { vertical: true } : { horizontal: true }}
      onItemClick={onSelect ? (_event, item) => onSelect(item.dataIndex) : undefined}
      slotProps={{ tooltip: { trigger: 'axis' } }}
    />
  );
};

/** Lines over ordered buckets (trends): same language rules as the bars. */
export const BucketLineChart = ({ categories, series, valueLabel, percent, height = 340, compact = false, title }: CategoryChartProps) => {
  const { rtl, value, tick } = useFormat(percent);
  const theme = useTheme();
  const palette = [theme.palette.primary.main, theme.palette.success.main, theme.palette.warning.dark];
  return (
    <LineChart
      height={height}
      title={title}
      disableKeyboardNavigation={false}
      hideLegend={compact || series.length < 2}
      xAxis={[{ id: 'band', scaleType: 'point', data: [...categories], reverse: rtl }]}
      yAxis={[
        {
          id: 'value',
          scaleType: 'linear',
          label: compact ? undefined : valueLabel,
          valueFormatter: tick,
          tickMinStep: percent ? undefined : 1,
          position: rtl ? 'right' : 'left',
          width: compact ? 40 : 64,
          ...(percent ? { min: 0, max: 100 } : { min: 0 }),
        },
      ]}
      series={series.map((s, i) => ({
        id: s.id,
        label: s.label,
        data: [...s.data],
        color: s.color ?? palette[i % palette.length],
        valueFormatter: value,
        showMark: categories.length <= 40,
        area: compact,
      }))}
      grid={{ horizontal: true }}
    />
  );
};
