import { Box, Chip, Stack, Typography } from '@mui/material';
import {
  Create,
  DataTable,
  Edit,
  FunctionField,
  Labeled,
  List,
  SearchInput,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { formatDate, formatNumber } from '../i18n/locales';
import { BusinessCalendarForm, calendarDefaults, useCalendarSaveErrors } from './BusinessCalendarForm';
import { formatMonthDay, WEEKDAYS, weekdayName, workingHoursPerDay, type HalfDay, type Span, type Weekday } from './calendarModel';
import { SlaPreviewPanel } from './SlaPreviewPanel';

type CalendarRecord = RaRecord & {
  timezone?: string;
  workingDays?: Weekday[];
  hours?: Span[];
  halfDays?: HalfDay[];
  holidays?: string[];
  yearlyHolidays?: string[];
};

const spansText = (spans: Span[] | undefined) => (spans ?? []).map(([s, e]) => `${s}–${e}`).join(', ');

/** Working days in week order, short names. */
const WorkingDaysField = () => {
  const record = useRecordContext<CalendarRecord>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const days = new Set(record.workingDays ?? []);
  return (
    <Stack direction="row" spacing={0.5} data-testid="calendar-working-days-field">
      {WEEKDAYS.map((w) => (
        <Chip
          key={w}
          size="small"
          label={weekdayName(w, locale, 'short')}
          color={days.has(w) ? 'primary' : 'default'}
          variant={days.has(w) ? 'filled' : 'outlined'}
        />
      ))}
    </Stack>
  );
};

const HoursField = () => {
  const record = useRecordContext<CalendarRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const total = workingHoursPerDay(record.hours);
  return (
    <Typography variant="body2" component="span">
      <bdi dir="ltr">{spansText(record.hours)}</bdi>{' '}
      <Typography variant="caption" color="text.secondary" component="span">
        ({translate('resources.business-calendars.summary.working_hours', {
          hours: formatNumber(total, locale, { maximumFractionDigits: 2 }),
        })})
      </Typography>
    </Typography>
  );
};

const CalendarDetails = () => {
  const record = useRecordContext<CalendarRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const none = translate('resources.business-calendars.holidays.empty');
  return (
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="timezone" />
      <Labeled source="workingDays">
        <WorkingDaysField />
      </Labeled>
      <Labeled source="hours">
        <HoursField />
      </Labeled>
      <Labeled source="halfDays">
        <Box>
          {(record.halfDays ?? []).length === 0 && <Typography variant="body2">{none}</Typography>}
          {(record.halfDays ?? []).map((h, i) => (
            <Typography key={i} variant="body2">
              {h.weekday ? weekdayName(h.weekday, locale) : formatDate(h.date, locale, 'UTC')}: <bdi dir="ltr">{spansText(h.hours)}</bdi>
            </Typography>
          ))}
        </Box>
      </Labeled>
      <Labeled source="holidays">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {(record.holidays ?? []).length === 0 && <Typography variant="body2">{none}</Typography>}
          {(record.holidays ?? []).map((d) => (
            <Chip key={d} size="small" label={formatDate(d, locale, 'UTC')} title={d} />
          ))}
        </Box>
      </Labeled>
      <Labeled source="yearlyHolidays">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {(record.yearlyHolidays ?? []).length === 0 && <Typography variant="body2">{none}</Typography>}
          {(record.yearlyHolidays ?? []).map((d) => (
            <Chip key={d} size="small" label={formatMonthDay(d, locale)} title={d} />
          ))}
        </Box>
      </Labeled>
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  );
};

const calendarFilters = [<SearchInput key="name" source="name_contains" alwaysOn />];

export const BusinessCalendarList = () => (
  <List filters={calendarFilters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="timezone" disableSort />
      <DataTable.Col source="workingDays" disableSort>
        <WorkingDaysField />
      </DataTable.Col>
      <DataTable.Col source="hours" disableSort>
        <FunctionField<CalendarRecord> render={(r) => <bdi dir="ltr">{spansText(r.hours)}</bdi>} />
      </DataTable.Col>
    </DataTable>
  </List>
);

export const BusinessCalendarShow = () => (
  <Show>
    <CalendarDetails />
    <Box sx={{ px: 2, pb: 2 }}>
      <SlaPreviewPanel />
    </Box>
  </Show>
);

export const BusinessCalendarEdit = () => {
  const { issues, onError } = useCalendarSaveErrors();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
      <BusinessCalendarForm issues={issues} />
      <Box sx={{ px: 2, pb: 2 }}>
        <SlaPreviewPanel />
      </Box>
    </Edit>
  );
};

export const BusinessCalendarCreate = () => {
  const { issues, onError } = useCalendarSaveErrors();
  return (
    <Create mutationOptions={{ onError }} redirect="show">
      <BusinessCalendarForm issues={issues} defaults={calendarDefaults} />
    </Create>
  );
};
