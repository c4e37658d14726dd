import { Alert, Box, Button, Grid, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import {
  Create,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  email,
  maxLength,
  required,
  useCreate,
  useGetOne,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { enumChoices } from '../common/EnumField';
import { CONTACT_PREFERENCES, LANGUAGES, type Channel } from '@contract';
import { directionOf, isConsoleLocale } from '../i18n/locales';
import { compact, fieldErrorsOf } from './actions/serverErrors';
import { CategoryInput, StaffInput, VALUE_TIER_CHOICES } from './complaintFilters';
import { DuplicateWarning } from './DuplicateWarning';
import { CallerLookup } from './CallerLookup';
import { LocalizedDateTimeInput } from '../common/pickers';
import { RegisteredDialog, SEND_CODE_ACTION } from './RegisteredDialog';
import { CONSOLE_API_URL } from '../config';
import { httpClient } from '../dataProvider';
import type { Complaint } from './types';

type Values = Record<string, unknown>;

/** The channels staff register by hand in the console; the others arrive on their own (portal, email, SMS …). */
const INTAKE_CHANNELS = ['phone', 'letter', 'fax', 'in_person'] as const satisfies readonly Channel[];

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Grid container columnSpacing={2}>
        {children}
      </Grid>
    </Box>
  );
};

const Cell = ({ children, wide = false }: { children: ReactNode; wide?: boolean }) => (
  <Grid size={{ xs: 12, md: wide ? 12 : 6 }}>{children}</Grid>
);

/** A customer already on file (from "same customer" or `?source={"customerId":…}`). */
const ExistingCustomer = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { setValue, setFocus } = useFormContext();
  const { data, isPending } = useGetOne<{
    id: string;
    name: string;
    phone: string | null;
    email: string | null;
    contactPreference: string | null;
    valueTier: number | null;
  }>('customers', { id });
  // The customer on file brings their contact preference and value tier (still editable).
  useEffect(() => {
    if (data?.contactPreference) setValue('contactPreference', data.contactPreference);
    if (data?.valueTier) setValue('valueTier', data.valueTier);
  }, [data, setValue]);
  return (
    <Cell wide>
      <Alert
        severity="success"
        sx={{ mb: 2 }}
        data-existing-customer
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              setValue('customerId', null, { shouldDirty: true });
              requestAnimationFrame(() => setFocus('customer.name'));
            }}
          >
            {translate('resources.complaints.register.new_customer')}
          </Button>
        }
      >
        {isPending ? (
          translate('app.common.loading')
        ) : (
          <>
            {data?.name}
            {[data?.phone, data?.email].filter(Boolean).map((value) => (
              <bdi key={value} dir="ltr">
                {' · '}
                {value}
              </bdi>
            ))}
          </>
        )}
      </Alert>
    </Cell>
  );
};

const CustomerSection = () => {
  const [locale] = useLocaleState();
  const customerId = useWatch({ name: 'customerId' }) as string | null | undefined;
  return (
    <Section title="resources.complaints.register.customer">
      {customerId ? (
        <ExistingCustomer id={customerId} />
      ) : (
        <>
          <Cell wide>
            {/* Intake starts with who is calling: the cursor is in the lookup when the form opens (keyboard-only entry). */}
            <CallerLookup />
          </Cell>
          <Cell>
            <TextInput source="customer.name" validate={[required(), maxLength(200)]} fullWidth />
          </Cell>
          <Cell>
            <TextInput
              source="customer.phone"
              type="tel"
              validate={maxLength(40)}
              helperText="resources.complaints.register.phone_or_email"
              fullWidth
              // Left to right in a right-to-left page, but starting where the label starts.
              slotProps={{ htmlInput: { dir: 'ltr', style: { textAlign: directionOf(locale) === 'rtl' ? 'right' : 'left' } } }}
            />
          </Cell>
          <Cell>
            <TextInput source="customer.email" type="email" validate={[email(), maxLength(254)]} fullWidth />
          </Cell>
          <Cell>
            <TextInput source="customer.address" validate={maxLength(2000)} fullWidth />
          </Cell>
          <Cell wide>
            <DuplicateWarning />
          </Cell>
        </>
      )}
      <Cell>
        <SelectInput source="contactPreference" choices={enumChoices('contact_preference', CONTACT_PREFERENCES)} validate={required()} fullWidth />
      </Cell>
      <Cell>
        <SelectInput
          source="valueTier"
          choices={VALUE_TIER_CHOICES}
          translateChoice={false}
          helperText="resources.complaints.register.value_tier_help"
          fullWidth
        />
      </Cell>
    </Section>
  );
};

/** A phone number or an email is required for a new customer (the API says the same). */
const validateRegistration = (values: Values) => {
  const customer = (values.customer ?? {}) as Values;
  if (values.customerId || customer.phone || customer.email) return {};
  return { customer: { phone: 'resources.complaints.register.phone_or_email' } };
};

/** The registration body of docs/API.md: only the keys the API accepts, empty ones left out. */
export const registrationBody = (values: Values): Values => {
  const receivedAt = values.receivedAt ? new Date(values.receivedAt as string | Date) : null;
  const body: Values = compact({
    channel: values.channel,
    subject: typeof values.subject === 'string' ? values.subject.trim() : values.subject,
    description: values.description,
    language: values.language,
    categoryId: values.categoryId,
    valueTier: values.valueTier ? Number(values.valueTier) : undefined,
    requestedRemedy: values.requestedRemedy,
    contactPreference: values.contactPreference,
    receivedAt: receivedAt && !Number.isNaN(receivedAt.getTime()) ? receivedAt.toISOString() : undefined,
    subjectStaffId: values.subjectStaffId,
  });
  if (values.customerId) {
    body.customerId = values.customerId;
  } else {
    const customer = (values.customer ?? {}) as Values;
    body.customer = compact({ name: customer.name, phone: customer.phone, email: customer.email, address: customer.address });
  }
  return body;
};

const RegisterToolbar = () => (
  <Toolbar>
    <SaveButton label="resources.complaints.register.submit" alwaysEnable={false} />
  </Toolbar>
);

/**
 * The register form (SPEC §2 receipt form, §9 records): channel and time of receipt, the customer
 * and how to reach them, the complaint and the remedy asked for. The answer's tracking code and PIN
 * are shown once, then the workspace opens.
 */
export const ComplaintCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [locale] = useLocaleState();
  const [create] = useCreate<Complaint>();
  const [registered, setRegistered] = useState<Complaint | null>(null);
  const [formKey, setFormKey] = useState(0);

  const save = async (values: Values) => {
    try {
      const complaint = await create('complaints', { data: registrationBody(values) }, { returnPromise: true });
      setRegistered(complaint as Complaint);
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      const fieldErrors = fieldErrorsOf(error);
      return Object.keys(fieldErrors).length ? fieldErrors : undefined;
    }
  };

  return (
    <Create title={translate('resources.complaints.register.title')} redirect={false}>
      <SimpleForm
        key={formKey}
        onSubmit={save}
        validate={validateRegistration}
        toolbar={<RegisterToolbar />}
        defaultValues={() => ({
          channel: 'phone',
          language: isConsoleLocale(locale) ? locale : 'en',
          contactPreference: 'phone',
        })}
        sx={{ maxWidth: 960 }}
        warnWhenUnsavedChanges
      >
        <Section title="resources.complaints.register.receipt">
          <Cell>
            <SelectInput source="channel" choices={enumChoices('channel', INTAKE_CHANNELS)} validate={required()} fullWidth />
          </Cell>
          <Cell>
            {/* Empty means the moment of registering (the server's clock); set it for a letter or a call taken earlier. */}
            <LocalizedDateTimeInput source="receivedAt" helperText="resources.complaints.register.received_help" fullWidth />
          </Cell>
        </Section>
        <CustomerSection />
        <Section title="resources.complaints.register.complaint">
          <Cell wide>
            <TextInput source="subject" validate={[required(), maxLength(200)]} fullWidth />
          </Cell>
          <Cell wide>
            <TextInput source="description" validate={[required(), maxLength(20000)]} multiline minRows={4} fullWidth />
          </Cell>
          <Cell wide>
            <TextInput source="requestedRemedy" validate={maxLength(5000)} multiline fullWidth helperText="resources.complaints.register.remedy_help" />
          </Cell>
          <Cell>
            <CategoryInput source="categoryId" fullWidth helperText="resources.complaints.register.category_help" />
          </Cell>
          <Cell>
            <SelectInput source="language" choices={enumChoices('language', LANGUAGES)} validate={required()} fullWidth helperText="resources.complaints.register.language_help" />
          </Cell>
          <Cell>
            <StaffInput source="subjectStaffId" helperText="resources.complaints.register.subject_staff_help" fullWidth />
          </Cell>
        </Section>
      </SimpleForm>
      <RegisteredDialog
        complaint={registered}
        onOpen={() => registered && redirect('show', 'complaints', registered.id)}
        onAnother={() => {
          setRegistered(null);
          setFormKey((key) => key + 1);
        }}
        onSendNow={async () => {
          if (!registered) return;
          try {
            await httpClient(`${CONSOLE_API_URL}/complaints/${encodeURIComponent(String(registered.id))}/actions/${SEND_CODE_ACTION}`, {
              method: 'POST',
              body: JSON.stringify({ version: registered.version }),
            });
            notify('app.action.done', { type: 'success', messageArgs: { action: translate('resources.complaints.register.send_now') } });
          } catch (error) {
            notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
          }
        }}
      />
    </Create>
  );
};

export default ComplaintCreate;
