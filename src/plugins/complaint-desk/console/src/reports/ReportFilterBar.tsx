import { Box, Button, MenuItem, TextField } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { CHANNELS, LANGUAGES, TREND_INTERVALS, type ReportName } from '@contract';
import { useMemo } from 'react';
import { useGetList, useTranslate, type RaRecord } from 'react-admin';
import { useLocalizedRecords } from '../common/localizedReference';
import { addDays, dayString, defaultFilters, parseDay, type ReportFilters } from './reportModel';
import { PickersProvider } from './PickersProvider';

interface ReportFilterBarProps {
  name: ReportName;
  filters: ReportFilters;
  onChange: (filters: ReportFilters) => void;
}

/** Categories as a tree in reading order, each with its depth (for the indented select). */
const treeOrder = (records: readonly RaRecord[]) => {
  const children = new Map<string, RaRecord[]>();
  const ids = new Set(records.map((r) => String(r.id)));
  const roots: RaRecord[] = [];
  for (const r of records) {
    const parent = r.parentId === null || r.parentId === undefined ? null : String(r.parentId);
    if (parent && ids.has(parent)) children.set(parent, [...(children.get(parent) ?? []), r]);
    else roots.push(r);
  }
  const out: Array<{ record: RaRecord; depth: number }> = [];
  const walk = (list: RaRecord[], depth: number) => {
    for (const r of list) {
      out.push({ record: r, depth });
      walk(children.get(String(r.id)) ?? [], depth + 1);
    }
  };
  walk(roots, 0);
  return out;
};

const SELECT_WIDTH = { width: 180 };

/**
 * The filters every report takes (SPEC §8): the period with date pickers in the console's calendar
 * (Jalali in Persian; the "to" day is inclusive on screen and exclusive in the query), the category
 * with its subtree, channel, team, the complaint's language, and for trends the interval.
 */
export const ReportFilterBar = ({ name, filters, onChange }: ReportFilterBarProps) => {
  const translate = useTranslate();
  const { records: categories } = useLocalizedRecords('categories');
  const { data: teams } = useGetList('teams', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { staleTime: 5 * 60_000 });
  const categoryOptions = useMemo(() => treeOrder(categories), [categories]);
  const from = parseDay(filters.from);
  const lastDay = parseDay(addDays(filters.to, -1));
  const set = (patch: Partial<ReportFilters>) => {
    const next: ReportFilters = { ...filters, ...patch };
    for (const key of Object.keys(patch) as Array<keyof ReportFilters>) if (!next[key]) delete next[key];
    onChange(next);
  };
  const all = <MenuItem value="">{translate('resources.reports.filters.all')}</MenuItem>;

  return (
    <PickersProvider>
      <Box
        component="form"
        role="search"
        aria-label={translate('resources.reports.filters.label')}
        onSubmit={(e) => e.preventDefault()}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', '@media print': { display: 'none' } }}
        data-testid="report-filters"
      >
        <DatePicker
          label={translate('resources.reports.filters.from')}
          value={from}
          maxDate={lastDay ?? undefined}
          onChange={(value) => value && !Number.isNaN(value.getTime()) && set({ from: dayString(value) })}
          slotProps={{ textField: { size: 'small', name: 'from', sx: { width: 170 } } }}
        />
        <DatePicker
          label={translate('resources.reports.filters.to')}
          value={lastDay}
          minDate={from ?? undefined}
          onChange={(value) => value && !Number.isNaN(value.getTime()) && set({ to: addDays(dayString(value), 1) })}
          slotProps={{ textField: { size: 'small', name: 'to', sx: { width: 170 } } }}
        />
        {name === 'trends' && (
          <TextField
            select
            fullWidth={false}
            size="small"
            name="interval"
            label={translate('resources.reports.filters.interval')}
            value={filters.interval ?? 'month'}
            onChange={(e) => set({ interval: e.target.value as ReportFilters['interval'] })}
            sx={{ width: 130 }}
          >
            {TREND_INTERVALS.map((i) => (
              <MenuItem key={i} value={i}>
                {translate(`resources.reports.intervals.${i}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          select
          fullWidth={false}
          size="small"
          name="categoryId"
          label={translate('resources.reports.filters.category')}
          value={filters.categoryId ?? ''}
          onChange={(e) => set({ categoryId: e.target.value })}
          sx={{ width: 240 }}
        >
          {all}
          {categoryOptions.map(({ record, depth }) => (
            <MenuItem key={record.id} value={String(record.id)} sx={{ ps: 2 + depth * 2 }}>
              {String(record.name ?? record.code ?? record.id)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          fullWidth={false}
          size="small"
          name="channel"
          label={translate('resources.reports.filters.channel')}
          value={filters.channel ?? ''}
          onChange={(e) => set({ channel: e.target.value as ReportFilters['channel'] })}
          sx={SELECT_WIDTH}
        >
          {all}
          {CHANNELS.map((c) => (
            <MenuItem key={c} value={c}>
              {translate(`app.channel.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          fullWidth={false}
          size="small"
          name="teamId"
          label={translate('resources.reports.filters.team')}
          value={filters.teamId ?? ''}
          onChange={(e) => set({ teamId: e.target.value })}
          sx={SELECT_WIDTH}
        >
          {all}
          {(teams ?? []).map((t) => (
            <MenuItem key={t.id} value={String(t.id)}>
              {String(t.name ?? t.code ?? t.id)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          fullWidth={false}
          size="small"
          name="language"
          label={translate('resources.reports.filters.language')}
          value={filters.language ?? ''}
          onChange={(e) => set({ language: e.target.value as ReportFilters['language'] })}
          sx={{ width: 150 }}
        >
          {all}
          {LANGUAGES.map((l) => (
            <MenuItem key={l} value={l}>
              {translate(`app.language.${l}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button size="small" onClick={() => onChange({ ...defaultFilters(), ...(filters.interval ? { interval: filters.interval } : {}) })}>
          {translate('resources.reports.filters.reset')}
        </Button>
      </Box>
    </PickersProvider>
  );
};
