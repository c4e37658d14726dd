import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Autocomplete,
  Box,
  Button,
  Chip,
  FormControl,
  FormHelperText,
  FormLabel,
  IconButton,
  MenuItem,
  Paper,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import {
  CheckboxGroupInput,
  FieldTitle,
  useInput,
  useLocaleState,
  useTranslate,
  type InputProps,
  type Validator,
} from 'react-admin';
import { formatDate, formatNumber } from '../i18n/locales';
import {
  formatMonthDay,
  monthName,
  timeZones,
  WEEKDAYS,
  weekdayName,
  workingHoursPerDay,
  type HalfDay,
  type Span,
  type Weekday,
} from './calendarModel';

const T = 'resources.business-calendars.';

const errorText = (translate: ReturnType<typeof useTranslate>, error: unknown): string | undefined => {
  if (!error) return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? translate(message, { _: message }) : undefined;
};

/** IANA time zone with autocomplete over `Intl.supportedValuesOf('timeZone')`. */
export const TimezoneInput = (props: InputProps) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput(props);
  const options = useMemo(() => {
    const all = timeZones();
    return typeof field.value === 'string' && field.value && !all.includes(field.value) ? [field.value, ...all] : all;
  }, [field.value]);
  return (
    <Autocomplete
      options={options}
      value={typeof field.value === 'string' && field.value ? field.value : null}
      onChange={(_, value) => field.onChange(value ?? '')}
      onBlur={field.onBlur}
      sx={{ width: 320, mb: 1 }}
      renderInput={(params) => (
        <TextField
          {...params}
          size="small"
          name={field.name}
          label={<FieldTitle source={props.source} resource="business-calendars" isRequired={isRequired} />}
          error={fieldState.invalid}
          helperText={errorText(translate, fieldState.error) ?? ' '}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'calendar-timezone' },
          }}
        />
      )}
    />
  );
};

/** Working weekdays, Saturday to Friday, named by Intl in the console's language. */
export const WorkingDaysInput = (props: { source: string; validate?: Validator | Validator[] }) => {
  const [locale] = useLocaleState();
  const choices = useMemo(() => WEEKDAYS.map((w) => ({ id: w, name: weekdayName(w, locale) })), [locale]);
  return <CheckboxGroupInput {...props} choices={choices} translateChoice={false} data-testid="calendar-working-days" />;
};

const isSpanList = (value: unknown): value is Span[] =>
  Array.isArray(value) && value.every((s) => Array.isArray(s) && s.length === 2);

/** 'HH:mm' plus some minutes, at most '24:00'. */
const laterBy = (time: string, add: number) => {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min(24 * 60, (h || 0) * 60 + (m || 0) + add);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** Editor of a list of [start, end] wall-clock ranges. */
const SpansEditor = ({
  value,
  onChange,
  testId,
}: {
  value: Span[];
  onChange: (value: Span[]) => void;
  testId: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const set = (index: number, part: 0 | 1, time: string) =>
    onChange(value.map((span, i) => (i === index ? ((part === 0 ? [time, span[1]] : [span[0], time]) as Span) : span)));
  const total = workingHoursPerDay(value);
  return (
    <Box data-testid={testId}>
      {value.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}spans.empty`)}
        </Typography>
      )}
      {value.map((span, index) => (
        <Box key={index} sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }} data-testid={`${testId}-${index}`}>
          <TextField
            type="time"
            size="small"
            label={translate(`${T}spans.start`)}
            value={span[0]}
            sx={{ width: 150 }}
            onChange={(e) => set(index, 0, e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
          />
          <Typography aria-hidden>–</Typography>
          <TextField
            type={span[1] === '24:00' ? 'text' : 'time'}
            size="small"
            label={translate(`${T}spans.end`)}
            value={span[1]}
            sx={{ width: 150 }}
            onChange={(e) => set(index, 1, e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
          />
          <Tooltip title={translate(`${T}spans.remove`)}>
            <IconButton
              size="small"
              aria-label={translate(`${T}spans.remove`)}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
      ))}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => {
            const last = value[value.length - 1];
            onChange([...value, last ? [last[1], laterBy(last[1], 60)] : ['09:00', '17:00']]);
          }}
        >
          {translate(`${T}spans.add`)}
        </Button>
        {total > 0 && (
          <Typography variant="caption" color="text.secondary">
            {translate(`${T}summary.working_hours`, { hours: formatNumber(total, locale, { maximumFractionDigits: 2 }) })}
          </Typography>
        )}
      </Box>
    </Box>
  );
};

/** Daily hours: a list of [start, end] ranges (split days are several ranges). */
export const SpansInput = ({ helper, ...props }: InputProps & { helper?: string }) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput(props);
  const value = isSpanList(field.value) ? field.value : [];
  return (
    <FormControl error={fieldState.invalid} sx={{ mb: 2 }} component="fieldset">
      <FormLabel component="legend" sx={{ mb: 1 }}>
        <FieldTitle source={props.source} resource={props.resource} isRequired={isRequired} />
      </FormLabel>
      <SpansEditor value={value} onChange={field.onChange} testId={`spans-${props.source}`} />
      <FormHelperText>{errorText(translate, fieldState.error) ?? translate(helper ?? `${T}spans.help`)}</FormHelperText>
    </FormControl>
  );
};

/** Half days: by weekday (every week) or by date, each with its own hours. */
export const HalfDaysInput = (props: InputProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { field, fieldState } = useInput(props);
  const value: HalfDay[] = Array.isArray(field.value) ? (field.value as HalfDay[]) : [];
  const update = (index: number, next: HalfDay) => field.onChange(value.map((h, i) => (i === index ? next : h)));
  return (
    <FormControl error={fieldState.invalid} sx={{ mb: 2, width: '100%' }} component="fieldset">
      <FormLabel component="legend" sx={{ mb: 1 }}>
        <FieldTitle source={props.source} resource="business-calendars" />
      </FormLabel>
      {value.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}half_days.empty`)}
        </Typography>
      )}
      {value.map((halfDay, index) => {
        const kind = halfDay.date !== undefined ? 'date' : 'weekday';
        return (
          <Paper key={index} variant="outlined" sx={{ p: 1.5, mb: 1, maxWidth: 560 }} data-testid={`calendar-half-day-${index}`}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
              <ToggleButtonGroup
                size="small"
                exclusive
                value={kind}
                aria-label={translate(`${T}half_days.kind`)}
                onChange={(_, next) => {
                  if (next === 'date') update(index, { date: '', hours: halfDay.hours });
                  if (next === 'weekday') update(index, { weekday: 'thu', hours: halfDay.hours });
                }}
              >
                <ToggleButton value="weekday">{translate(`${T}half_days.weekday`)}</ToggleButton>
                <ToggleButton value="date">{translate(`${T}half_days.date`)}</ToggleButton>
              </ToggleButtonGroup>
              {kind === 'weekday' ? (
                <TextField
                  select
                  size="small"
                  sx={{ minWidth: 160 }}
                  label={translate(`${T}half_days.weekday`)}
                  value={halfDay.weekday ?? ''}
                  onChange={(e) => update(index, { weekday: e.target.value as Weekday, hours: halfDay.hours })}
                >
                  {WEEKDAYS.map((w) => (
                    <MenuItem key={w} value={w}>
                      {weekdayName(w, locale)}
                    </MenuItem>
                  ))}
                </TextField>
              ) : (
                <TextField
                  type="date"
                  size="small"
                  label={translate(`${T}half_days.date`)}
                  value={halfDay.date ?? ''}
                  onChange={(e) => update(index, { date: e.target.value, hours: halfDay.hours })}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
              )}
              <Box sx={{ flex: 1 }} />
              <Tooltip title={translate(`${T}half_days.remove`)}>
                <IconButton
                  size="small"
                  aria-label={translate(`${T}half_days.remove`)}
                  onClick={() => field.onChange(value.filter((_, i) => i !== index))}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Box>
            <SpansEditor
              value={isSpanList(halfDay.hours) ? halfDay.hours : []}
              onChange={(hours) => update(index, { ...halfDay, hours })}
              testId={`calendar-half-day-${index}-hours`}
            />
          </Paper>
        );
      })}
      <Box>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => field.onChange([...value, { weekday: 'thu', hours: [['08:00', '13:00']] }])}
        >
          {translate(`${T}half_days.add`)}
        </Button>
      </Box>
      <FormHelperText>{errorText(translate, fieldState.error) ?? translate(`${T}half_days.help`)}</FormHelperText>
    </FormControl>
  );
};

/** A sorted list of strings shown as chips, with an editor to add one. */
const StringChipsInput = ({
  inputProps,
  format,
  editor,
  testId,
}: {
  inputProps: InputProps;
  format: (value: string) => string;
  editor: (add: (value: string) => void) => React.ReactNode;
  testId: string;
}) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput(inputProps);
  const value: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const add = (item: string) => {
    if (!item || value.includes(item)) return;
    field.onChange([...value, item].sort());
  };
  return (
    <FormControl error={fieldState.invalid} sx={{ mb: 2, width: '100%' }} component="fieldset">
      <FormLabel component="legend" sx={{ mb: 1 }}>
        <FieldTitle source={inputProps.source} resource="business-calendars" />
      </FormLabel>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mb: 1, maxWidth: 720 }} data-testid={testId}>
        {value.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate(`${T}holidays.empty`)}
          </Typography>
        )}
        {value.map((item) => (
          <Chip
            key={item}
            size="small"
            label={format(item)}
            title={item}
            data-value={item}
            onDelete={() => field.onChange(value.filter((v) => v !== item))}
          />
        ))}
      </Box>
      {editor(add)}
      {fieldState.error && <FormHelperText>{errorText(translate, fieldState.error)}</FormHelperText>}
    </FormControl>
  );
};

/** Dated holidays 'YYYY-MM-DD' (shown in the console's calendar: Persian in Persian). */
export const HolidaysInput = (props: InputProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [draft, setDraft] = useState('');
  return (
    <StringChipsInput
      inputProps={props}
      testId="calendar-holidays"
      format={(v) => formatDate(v, locale, 'UTC') || v}
      editor={(add) => (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField
            type="date"
            size="small"
            sx={{ width: 200 }}
            label={translate(`${T}holidays.date`)}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'calendar-holiday-date' } }}
          />
          <Button
            size="small"
            startIcon={<AddIcon />}
            disabled={!draft}
            onClick={() => {
              add(draft);
              setDraft('');
            }}
            data-testid="calendar-holiday-add"
          >
            {translate(`${T}holidays.add`)}
          </Button>
        </Box>
      )}
    />
  );
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Yearly holidays 'MM-DD' (Gregorian), picked as month and day. */
export const YearlyHolidaysInput = (props: InputProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [month, setMonth] = useState(1);
  const [day, setDay] = useState(1);
  const daysInMonth = new Date(Date.UTC(2024, month, 0)).getUTCDate();
  return (
    <StringChipsInput
      inputProps={props}
      testId="calendar-yearly-holidays"
      format={(v) => formatMonthDay(v, locale)}
      editor={(add) => (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField
            select
            size="small"
            sx={{ width: 180 }}
            label={translate(`${T}holidays.month`)}
            value={month}
            onChange={(e) => {
              const m = Number(e.target.value);
              setMonth(m);
              setDay((d) => Math.min(d, new Date(Date.UTC(2024, m, 0)).getUTCDate()));
            }}
          >
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <MenuItem key={m} value={m}>
                {monthName(m, locale)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            sx={{ width: 100 }}
            label={translate(`${T}holidays.day`)}
            value={day}
            onChange={(e) => setDay(Number(e.target.value))}
          >
            {Array.from({ length: daysInMonth }, (_, i) => i + 1).map((d) => (
              <MenuItem key={d} value={d}>
                {formatNumber(d, locale)}
              </MenuItem>
            ))}
          </TextField>
          <Button size="small" startIcon={<AddIcon />} onClick={() => add(`${pad(month)}-${pad(day)}`)}>
            {translate(`${T}holidays.add`)}
          </Button>
        </Box>
      )}
    />
  );
};
