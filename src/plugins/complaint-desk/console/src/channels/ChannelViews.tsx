import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  DataTable,
  Labeled,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceField,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { SpansInput } from '../business-calendars/CalendarInputs';
import { ANSWERING_DAYS, CHANNELS } from '@contract';
import { enumChoices, EnumField } from '../common/EnumField';
import {
  ContentLocaleFilterInput,
  ContentLocaleInput,
  localizedRecordPath,
  useDefaultContentLocale,
} from '../common/contentLocale';
import { DateTimeField } from '../common/DateTimeField';
import { LocalizedNumberInput } from '../common/LocalizedNumberInput';
import { TrackUnsavedEdits } from '../common/unsavedEdits';
import { LocalizedCreate, LocalizedEdit, LocalizedShow } from '../common/LocalizedViews';

const T = 'resources.channels.';
const answeringChoices = ANSWERING_DAYS.map((d) => ({ id: d, name: `${T}answering_days.${d}` }));
const channelChoices = enumChoices('channel', CHANNELS);

type ChannelRecord = RaRecord & { hours?: Array<[string, string]> | null };

/** Answering hours as text ('07:00–23:00'), or "always open". */
const HoursField = () => {
  const record = useRecordContext<ChannelRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const hours = Array.isArray(record.hours) ? record.hours : [];
  const always = hours.length === 0 || (hours.length === 1 && hours[0][0] === '00:00' && hours[0][1] === '24:00');
  return (
    <Typography variant="body2" component="span">
      {always ? translate(`${T}always_open`) : <bdi dir="ltr">{hours.map(([s, e]) => `${s}–${e}`).join(', ')}</bdi>}
    </Typography>
  );
};

const channelFilters = [
  <ContentLocaleFilterInput key="locale" alwaysOn />,
  <SelectInput key="code" source="code" choices={channelChoices} />,
  <SelectInput key="answeringDays" source="answeringDays" choices={answeringChoices} />,
  <NullableBooleanInput key="active" source="active" />,
];

const ChannelRows = () => {
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'channels' });
  return (
    <DataTable rowClick={localizedRecordPath(canEdit ? 'edit' : 'show')}>
      <DataTable.Col source="sortOrder">
        <NumberField source="sortOrder" />
      </DataTable.Col>
      <DataTable.Col source="code">
        <EnumField source="code" namespace="channel" chip />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="contact" disableSort />
      <DataTable.Col source="answeringDays" disableSort>
        <SelectField source="answeringDays" choices={answeringChoices} />
      </DataTable.Col>
      <DataTable.Col source="hours" disableSort>
        <HoursField />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  );
};

export const ChannelList = () => {
  const locale = useDefaultContentLocale();
  return (
    <List filters={channelFilters} filterDefaultValues={{ locale }} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={25}>
      <ChannelRows />
    </List>
  );
};

const ChannelFields = () => (
  <>
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
      <SelectInput source="code" choices={channelChoices} validate={required()} sx={{ width: 240 }} />
      <LocalizedNumberInput source="sortOrder" sx={{ width: 160 }} />
      <BooleanInput source="active" />
    </Box>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline minRows={3} />
    <TextInput source="contact" helperText={`${T}helper.contact`} />
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
      <SelectInput source="answeringDays" choices={answeringChoices} sx={{ width: 240 }} />
      <ReferenceInput source="calendarId" reference="business-calendars" sort={{ field: 'code', order: 'ASC' }}>
        <SelectInput helperText={`${T}helper.calendar`} sx={{ width: 360 }} />
      </ReferenceInput>
    </Box>
    <SpansInput source="hours" helper={`${T}helper.hours`} />
  </>
);

export const ChannelEdit = () => (
  <LocalizedEdit>
    <SimpleForm warnWhenUnsavedChanges>
      <TrackUnsavedEdits />
      <ChannelFields />
    </SimpleForm>
  </LocalizedEdit>
);

export const ChannelCreate = () => (
  <LocalizedCreate>
      <SimpleForm defaultValues={{ locale: 'en', active: true, answeringDays: 'working_days', hours: [['08:00', '17:00']] }} warnWhenUnsavedChanges>
        <ContentLocaleInput />
        <ChannelFields />
      </SimpleForm>
  </LocalizedCreate>
);

export const ChannelShow = () => (
  <LocalizedShow>
    <SimpleShowLayout>
      <EnumField source="code" namespace="channel" />
      <TextField source="name" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="contact" emptyText="—" />
      <SelectField source="answeringDays" choices={answeringChoices} emptyText="—" />
      <Labeled source="hours">
        <HoursField />
      </Labeled>
      <ReferenceField source="calendarId" reference="business-calendars" link="show" emptyText="—" />
      <NumberField source="sortOrder" />
      <BooleanField source="active" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </LocalizedShow>
);
