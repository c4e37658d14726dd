import { MESSAGE_CHANNELS, TEMPLATE_PURPOSES } from '@contract';
import { Box, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  DataTable,
  List,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useCanAccess,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { EnumField, enumChoices } from '../common/EnumField';
import {
  ContentLocaleFilterInput,
  ContentLocaleInput,
  localizedRecordPath,
  useDefaultContentLocale,
} from '../common/contentLocale';
import { DateTimeField } from '../common/DateTimeField';
import { TrackUnsavedEdits } from '../common/unsavedEdits';
import { LocalizedCreate, LocalizedEdit, LocalizedShow } from '../common/LocalizedViews';
import { formatNumber } from '../i18n/locales';

const T = 'resources.response-templates.';
/** Placeholders the outbox fills in (database/seed/data/response-templates.ts). */
export const PLACEHOLDERS = [
  'trackingCode',
  'pin',
  'customerName',
  'dueDate',
  'proposal',
  'portalUrl',
  'recourse',
  'message',
] as const;

const purposeChoices = TEMPLATE_PURPOSES.map((p) => ({ id: p, name: `${T}purpose.${p}` }));
const channelChoices = enumChoices('channel', MESSAGE_CHANNELS);

const templateFilters = [
  <ContentLocaleFilterInput key="locale" alwaysOn />,
  <SearchInput key="q" source="name_contains" alwaysOn />,
  <SelectInput key="purpose" source="purpose" choices={purposeChoices} />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
];

const TemplateRows = () => {
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'response-templates' });
  return (
    <DataTable rowClick={localizedRecordPath(canEdit ? 'edit' : 'show')}>
      <DataTable.Col source="code" />
      <DataTable.Col source="purpose">
        <SelectField source="purpose" choices={purposeChoices} />
      </DataTable.Col>
      <DataTable.Col source="channel" disableSort>
        <EnumField source="channel" namespace="channel" chip />
      </DataTable.Col>
      <DataTable.Col source="name" />
    </DataTable>
  );
};

export const ResponseTemplateList = () => {
  const locale = useDefaultContentLocale();
  return (
    <List filters={templateFilters} filterDefaultValues={{ locale }} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <TemplateRows />
    </List>
  );
};

/** Subject only for email; the body with its length (SMS) and the placeholders. */
const MessageInputs = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const channel = useWatch({ name: 'channel' }) as string | undefined;
  const body = (useWatch({ name: 'body' }) as string | undefined) ?? '';
  return (
    <>
      {channel === 'sms' ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(`${T}subject_sms`)}
        </Typography>
      ) : (
        <TextInput source="subject" />
      )}
      <TextInput source="body" multiline minRows={channel === 'sms' ? 3 : 12} validate={required()} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="caption" color="text.secondary" data-testid="template-length">
          {translate(`${T}characters`, { smart_count: body.length, _: String(body.length) }).replace(
            String(body.length),
            formatNumber(body.length, locale)
          )}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ direction: 'ltr' }}>
          {translate(`${T}placeholders`, { list: PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ') })}
        </Typography>
      </Box>
    </>
  );
};

const TemplateFields = () => (
  <>
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
      <TextInput source="code" validate={required()} sx={{ width: 300 }} />
      <SelectInput source="purpose" choices={purposeChoices} validate={required()} sx={{ width: 280 }} />
      <SelectInput source="channel" choices={channelChoices} validate={required()} sx={{ width: 200 }} />
    </Box>
    <TextInput source="name" validate={required()} />
    <MessageInputs />
  </>
);

export const ResponseTemplateEdit = () => (
  <LocalizedEdit>
    <SimpleForm warnWhenUnsavedChanges>
      <TrackUnsavedEdits />
      <TemplateFields />
    </SimpleForm>
  </LocalizedEdit>
);

export const ResponseTemplateCreate = () => (
  <LocalizedCreate>
      <SimpleForm defaultValues={{ locale: 'en', channel: 'email' }} warnWhenUnsavedChanges>
        <ContentLocaleInput />
        <TemplateFields />
      </SimpleForm>
  </LocalizedCreate>
);

export const ResponseTemplateShow = () => (
  <LocalizedShow>
    <SimpleShowLayout>
      <TextField source="code" />
      <SelectField source="purpose" choices={purposeChoices} />
      <EnumField source="channel" namespace="channel" />
      <TextField source="name" />
      <TextField source="subject" emptyText="—" />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </LocalizedShow>
);
