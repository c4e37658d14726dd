import AddIcon from '@mui/icons-material/Add';
import ExportIcon from '@mui/icons-material/Download';
import EraseIcon from '@mui/icons-material/PersonRemove';
import { Alert, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  DataTable,
  DeleteWithConfirmButton,
  Edit,
  EditButton,
  Labeled,
  List,
  ListButton,
  NumberField,
  ReferenceManyField,
  SelectInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  email,
  maxLength,
  required,
  useCanAccess,
  useDataProvider,
  useCreatePath,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField, enumChoices } from '../common/EnumField';
import { CONTACT_PREFERENCES, LANGUAGES, VALUE_TIERS } from '@contract';
import { formatDateTime, intlLocale } from '../i18n/locales';
import { TrackingCodeField } from '../common/TrackingCodeField';
import type { ComplaintDeskDataProvider } from '../dataProvider';

/** The customer record of the console API; personal data is null for roles without access. */
export interface Customer extends RaRecord<string> {
  name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  preferredLanguage: string;
  contactPreference: string;
  valueTier: number;
  externalRef: string | null;
  consentAt: string | null;
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const VALUE_TIER_CHOICES = VALUE_TIERS.map((tier) => ({ id: tier, name: String(tier) }));

/** Personal data only for the roles that may see it (the API answers null to the others). */
const useCanSeePii = () => useCanAccess({ action: 'pii', resource: 'customers' }).canAccess === true;

const useNumberLocale = () => {
  const [locale] = useLocaleState();
  return intlLocale(locale);
};

/** A phone number reads left to right in every language (an attribute: the RTL plugin leaves it alone). */
const PhoneField = () => {
  const record = useRecordContext<Customer>();
  if (!record?.phone) return null;
  return (
    <Typography component="span" variant="body2" dir="ltr" sx={{ whiteSpace: 'nowrap' }}>
      {record.phone}
    </Typography>
  );
};

const customerFilters = [
  <SelectInput key="preferredLanguage" source="preferredLanguage" choices={enumChoices('language', LANGUAGES)} />,
  <SelectInput key="contactPreference" source="contactPreference" choices={enumChoices('contact_preference', CONTACT_PREFERENCES)} />,
  <SelectInput key="valueTier" source="valueTier" choices={VALUE_TIER_CHOICES} translateChoice={false} />,
  <TextInput key="externalRef" source="externalRef" />,
];

const PiiHiddenNote = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }} data-testid="customer-hidden">
      {translate('resources.customers.pii_hidden')}
    </Alert>
  );
};

/** Customers: who complained, their language and value tier; name and contact only for roles with access. */
export const CustomerList = () => {
  const canSeePii = useCanSeePii();
  const locales = useNumberLocale();
  return (
    <List<Customer> sort={{ field: 'createdAt', order: 'DESC' }} filters={customerFilters} exporter={false}>
      {!canSeePii && <PiiHiddenNote />}
      <DataTable<Customer> rowClick="show" bulkActionButtons={false}>
        {canSeePii && <DataTable.Col source="name" disableSort />}
        {canSeePii && (
          <DataTable.Col source="phone" disableSort>
            <PhoneField />
          </DataTable.Col>
        )}
        {canSeePii && <DataTable.Col source="email" disableSort />}
        <DataTable.NumberCol source="valueTier" locales={locales} />
        <DataTable.Col source="preferredLanguage" disableSort>
          <EnumField source="preferredLanguage" namespace="language" />
        </DataTable.Col>
        <DataTable.Col source="contactPreference" disableSort>
          <EnumField source="contactPreference" namespace="contact_preference" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};

const CustomerTitle = () => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate('resources.customers.title', { name: record.name ?? translate('resources.customers.hidden_name') })}</>;
};

/** Opens the register form with this customer already chosen. */
const RegisterComplaintButton = () => {
  const record = useRecordContext<Customer>();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'complaints' });
  if (!record || !canAccess || record.erasedAt) return null;
  const to = `${createPath({ resource: 'complaints', type: 'create' })}?source=${encodeURIComponent(JSON.stringify({ customerId: record.id }))}`;
  return (
    <Button label="resources.customers.register_complaint" to={to} data-testid="register-complaint">
      <AddIcon />
    </Button>
  );
};

/**
 * The director's erasure of personal data on request (SPEC §9): DELETE /customers/{id} empties
 * name, phone, email and address, and removes them from the complaints' texts, events and
 * notifications; the records stay. Asked for confirmation.
 */
const EraseButton = () => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'delete', resource: 'customers' });
  if (!record || !canAccess || record.erasedAt) return null;
  return (
    <DeleteWithConfirmButton
      label="resources.customers.erase.action"
      icon={<EraseIcon />}
      confirmTitle={translate('resources.customers.erase.title', { name: record.name ?? '' })}
      confirmContent="resources.customers.erase.content"
      confirmColor="warning"
      mutationMode="pessimistic"
      redirect={false}
      mutationOptions={{
        onSuccess: () => {
          notify('resources.customers.erase.done', { type: 'success' });
          refresh();
        },
      }}
      data-testid="customer-erase"
    />
  );
};

/**
 * The export on request (SPEC §9): everything held about the customer as one JSON file, for the
 * director and the quality manager. The server records each export in the audit trail.
 */
const ExportButton = () => {
  const record = useRecordContext<Customer>();
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ action: 'privacy-export', resource: 'customers' });
  if (!record || !canAccess) return null;
  const download = async () => {
    try {
      const document = await dataProvider.exportCustomer(record.id);
      const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
      const link = Object.assign(window.document.createElement('a'), { href: url, download: `customer-${record.id}.json` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      notify('resources.customers.export.done', { type: 'success' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Button label="resources.customers.export.action" onClick={download} data-testid="customer-export">
      <ExportIcon />
    </Button>
  );
};

const CustomerShowActions = () => {
  const record = useRecordContext<Customer>();
  return (
    <TopToolbar>
      <ListButton />
      <RegisterComplaintButton />
      {record && !record.erasedAt && <EditButton />}
      <ExportButton />
      <EraseButton />
    </TopToolbar>
  );
};

const Item = ({ children }: { children: ReactNode }) => <Grid size={{ xs: 12, sm: 6, md: 4 }}>{children}</Grid>;

const ErasedNote = () => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.erasedAt) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="customer-erased">
      {translate('resources.customers.erase.erased_on', { date: formatDateTime(record.erasedAt, locale) })}
    </Alert>
  );
};

const CustomerDetails = () => {
  const canSeePii = useCanSeePii();
  const locales = useNumberLocale();
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="customer-panel">
      <CardContent>
        <ErasedNote />
        {!canSeePii && <PiiHiddenNote />}
        <Grid container spacing={2}>
          {canSeePii && (
            <>
              <Item>
                <Labeled source="name">
                  <TextField source="name" />
                </Labeled>
              </Item>
              <Item>
                <Labeled source="phone">
                  <PhoneField />
                </Labeled>
              </Item>
              <Item>
                <Labeled source="email">
                  <TextField source="email" emptyText="—" />
                </Labeled>
              </Item>
              <Grid size={12}>
                <Labeled source="address">
                  <TextField source="address" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
                </Labeled>
              </Grid>
            </>
          )}
          <Item>
            <Labeled source="preferredLanguage">
              <EnumField source="preferredLanguage" namespace="language" />
            </Labeled>
          </Item>
          <Item>
            <Labeled source="contactPreference">
              <EnumField source="contactPreference" namespace="contact_preference" />
            </Labeled>
          </Item>
          <Item>
            <Labeled source="valueTier">
              <NumberField source="valueTier" locales={locales} />
            </Labeled>
          </Item>
          <Item>
            <Labeled source="externalRef">
              <TextField source="externalRef" emptyText="—" />
            </Labeled>
          </Item>
          <Item>
            <Labeled source="consentAt">
              <DateTimeField source="consentAt" />
            </Labeled>
          </Item>
          <Item>
            <Labeled source="createdAt">
              <DateTimeField source="createdAt" />
            </Labeled>
          </Item>
        </Grid>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('resources.customers.erase.help')}
        </Typography>
      </CardContent>
    </Card>
  );
};

const CustomerComplaints = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="customer-complaints">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('resources.customers.complaints')}
        </Typography>
        <ReferenceManyField reference="complaints" target="customerId" sort={{ field: 'receivedAt', order: 'DESC' }} perPage={25}>
          <DataTable
            rowClick="show"
            bulkActionButtons={false}
            empty={
              <Typography variant="body2" color="text.secondary">
                {translate('resources.customers.no_complaints')}
              </Typography>
            }
          >
            <DataTable.Col source="trackingCode" label="resources.complaints.fields.trackingCode">
              <TrackingCodeField source="trackingCode" />
            </DataTable.Col>
            <DataTable.Col source="receivedAt" label="resources.complaints.fields.receivedAt" field={DateTimeField} />
            <DataTable.Col source="subject" label="resources.complaints.fields.subject" />
            <DataTable.Col source="status" label="resources.complaints.fields.status">
              <EnumField source="status" namespace="status" chip />
            </DataTable.Col>
            <DataTable.Col source="channel" label="resources.complaints.fields.channel">
              <EnumField source="channel" namespace="channel" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};

/** One customer: details, their complaints, registering another, and the director's erasure. */
export const CustomerShow = () => (
  <Show<Customer> title={<CustomerTitle />} actions={<CustomerShowActions />} component="div">
    <Stack spacing={2} sx={{ mt: 1 }}>
      <CustomerDetails />
      <CustomerComplaints />
    </Stack>
  </Show>
);

/** Empty optional text as null, so an emptied phone or email is removed rather than stored as "". */
const nullIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** The PUT body: only writable fields; personal data only from a form that showed it. */
const customerBody = (data: Customer, withPii: boolean) => ({
  ...(withPii
    ? {
        name: typeof data.name === 'string' ? data.name.trim() : data.name,
        phone: nullIfEmpty(data.phone),
        email: nullIfEmpty(data.email),
        address: nullIfEmpty(data.address),
      }
    : {}),
  preferredLanguage: data.preferredLanguage,
  contactPreference: data.contactPreference,
  valueTier: data.valueTier ? Number(data.valueTier) : undefined,
  externalRef: nullIfEmpty(data.externalRef),
});

/** Correcting a customer's data (front roles). Erased customers are not edited (their data is gone on request). */
export const CustomerEdit = () => {
  const canSeePii = useCanSeePii();
  return (
    <Edit<Customer> title={<CustomerTitle />} mutationMode="pessimistic" transform={(data: Customer) => customerBody(data, canSeePii)} redirect="show">
      <SimpleForm sx={{ maxWidth: 720 }} warnWhenUnsavedChanges>
        {canSeePii && (
          <>
            <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
            <TextInput source="phone" type="tel" validate={maxLength(40)} fullWidth slotProps={{ htmlInput: { dir: 'ltr' } }} />
            <TextInput source="email" type="email" validate={[email(), maxLength(254)]} fullWidth />
            <TextInput source="address" validate={maxLength(2000)} multiline fullWidth />
          </>
        )}
        <SelectInput source="preferredLanguage" choices={enumChoices('language', LANGUAGES)} validate={required()} fullWidth />
        <SelectInput source="contactPreference" choices={enumChoices('contact_preference', CONTACT_PREFERENCES)} validate={required()} fullWidth />
        <SelectInput source="valueTier" choices={VALUE_TIER_CHOICES} translateChoice={false} validate={required()} fullWidth />
        <TextInput source="externalRef" validate={maxLength(80)} fullWidth />
      </SimpleForm>
    </Edit>
  );
};
