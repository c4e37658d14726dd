import { LocalizedNumberInput } from '../common/LocalizedNumberInput';
import { SLA_TARGET_DEFAULTS, SLA_THRESHOLD_ACTIONS, VALUE_TIERS } from '@contract';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  DataTable,
  Edit,
  FunctionField,
  List,
  maxValue,
  minValue,
  NumberField,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  AutocompleteInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { ContentLocaleScope, useDefaultContentLocale } from '../common/contentLocale';
import { DateTimeField } from '../common/DateTimeField';

const T = 'resources.sla-policies.';

const escalationChoices = SLA_THRESHOLD_ACTIONS.map((a) => ({ id: a, name: `${T}escalation_action.${a}` }));
const tierChoices = VALUE_TIERS.map((n) => ({ id: n, name: String(n) }));

type PolicyRecord = RaRecord & {
  acknowledgmentHours?: number;
  assessmentDays?: number;
  evaluationDays?: number;
  resolutionDays?: number;
  atRiskShare?: number;
  onAtRisk?: string[];
  onBreach?: string[];
};

/** Categories are localized: name them in the console's language. */
const CategoryReference = () => {
  const locale = useDefaultContentLocale();
  return (
    <ReferenceField source="categoryId" reference="categories" link={false} queryOptions={{ meta: { locale } }} emptyText="—" />
  );
};

const StagesSummary = () => {
  const translate = useTranslate();
  return (
    <FunctionField<PolicyRecord>
      render={(r) =>
        translate(`${T}stages_summary`, {
          ack: r.acknowledgmentHours ?? 0,
          assessment: r.assessmentDays ?? 0,
          evaluation: r.evaluationDays ?? 0,
          resolution: r.resolutionDays ?? 0,
        })
      }
    />
  );
};

const ActionsField = ({ source }: { source: 'onAtRisk' | 'onBreach'; label?: string }) => {
  const record = useRecordContext<PolicyRecord>();
  const translate = useTranslate();
  const values = record?.[source] ?? [];
  return (
    <Typography variant="body2" component="span">
      {values.length ? values.map((v) => translate(`${T}escalation_action.${v}`, { _: v })).join(', ') : '—'}
    </Typography>
  );
};

const policyFilters = [<SearchInput key="q" source="name_contains" alwaysOn />];

export const SlaPolicyList = () => (
  <ContentLocaleScope>
    <List filters={policyFilters} sort={{ field: 'priority', order: 'DESC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="isDefault" disableSort>
          <BooleanField source="isDefault" />
        </DataTable.Col>
        <DataTable.Col source="priority" />
        <DataTable.Col source="categoryId" disableSort>
          <CategoryReference />
        </DataTable.Col>
        <DataTable.Col source="assessmentDays" disableSort label={`${T}sections.stages`}>
          <StagesSummary />
        </DataTable.Col>
        <DataTable.Col source="calendarId" disableSort>
          <ReferenceField source="calendarId" reference="business-calendars" link="show" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  </ContentLocaleScope>
);

const percent = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 10 : value);

export const SlaPolicyShow = () => (
  <ContentLocaleScope>
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <BooleanField source="isDefault" />
        <NumberField source="priority" />
        <CategoryReference />
        <NumberField source="minValueTier" emptyText="—" />
        <NumberField source="maxValueTier" emptyText="—" />
        <ReferenceField source="calendarId" reference="business-calendars" link="show" emptyText="—" />
        <NumberField source="acknowledgmentHours" />
        <NumberField source="assessmentDays" />
        <NumberField source="evaluationDays" />
        <NumberField source="resolutionDays" />
        <FunctionField<PolicyRecord> source="atRiskShare" render={(r) => `${percent(r.atRiskShare ?? 0.75)}%`} />
        <ActionsField source="onAtRisk" />
        <ActionsField source="onBreach" />
        <DateTimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  </ContentLocaleScope>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      <Typography variant="subtitle1" sx={{ mt: 1, mb: 1, textAlign: 'start' }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>{children}</Box>
    </Box>
  );
};

const NARROW = { width: 260 };
const tierRange = [minValue(1), maxValue(4)];
const nonNegative = [required(), minValue(0)];

/** SPEC §5 defaults, on create only (on edit, react-admin would merge default arrays into the record's). */
const POLICY_DEFAULTS = {
  isDefault: false,
  priority: 0,
  ...SLA_TARGET_DEFAULTS,
  onAtRisk: ['notify_assignee'],
  onBreach: ['notify_team_lead'],
};

const SlaPolicyForm = ({ defaults }: { defaults?: object }) => {
  const locale = useDefaultContentLocale();
  return (
    <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
        <TextInput source="code" validate={required()} />
        <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
      </Box>
      <Section title={`${T}sections.scope`}>
        <BooleanInput source="isDefault" />
        <LocalizedNumberInput source="priority" sx={NARROW} step={1} helperText={`${T}helper.priority`} />
        <ReferenceInput
          source="categoryId"
          reference="categories"
          sort={{ field: 'code', order: 'ASC' }}
          filter={{ locale }}
          queryOptions={{ meta: { locale } }}
          perPage={100}
        >
          <AutocompleteInput
            sx={{ width: 540 }}
            filterToQuery={(q) => ({ name_contains: q })}
            optionText={(r: RaRecord) => `${String(r.name)} (${String(r.code)})`}
            helperText={`${T}helper.category`}
          />
        </ReferenceInput>
        <SelectInput source="minValueTier" sx={NARROW} choices={tierChoices} validate={tierRange} helperText={`${T}helper.value_tier`} />
        <SelectInput source="maxValueTier" sx={NARROW} choices={tierChoices} validate={tierRange} helperText={`${T}helper.value_tier`} />
      </Section>
      <Section title={`${T}sections.stages`}>
        <ReferenceInput source="calendarId" reference="business-calendars" sort={{ field: 'code', order: 'ASC' }}>
          <SelectInput helperText={`${T}helper.calendar`} sx={{ width: 540 }} />
        </ReferenceInput>
        <LocalizedNumberInput source="acknowledgmentHours" sx={NARROW} step={1} min={0} validate={nonNegative} helperText={`${T}helper.acknowledgment`} />
        <LocalizedNumberInput source="assessmentDays" sx={NARROW} step={0.5} min={0} validate={nonNegative} />
        <LocalizedNumberInput source="evaluationDays" sx={NARROW} step={0.5} min={0} validate={nonNegative} />
        <LocalizedNumberInput source="resolutionDays" sx={NARROW} step={0.5} min={0} validate={nonNegative} />
      </Section>
      <Section title={`${T}sections.escalation`}>
        <LocalizedNumberInput
          source="atRiskShare"
          sx={NARROW}
          min={1}
          max={99}
          step={1}
          format={(v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 10 : v)}
          parse={(v: number | null) => (v === null ? null : v / 100)}
          validate={[required(), minValue(0.01), maxValue(0.99)]}
        />
        <Box sx={{ width: '100%' }} />
        <CheckboxGroupInput source="onAtRisk" choices={escalationChoices} />
        <CheckboxGroupInput source="onBreach" choices={escalationChoices} />
      </Section>
    </SimpleForm>
  );
};

export const SlaPolicyEdit = () => (
  <ContentLocaleScope>
    <Edit mutationMode="pessimistic" redirect="show">
      <SlaPolicyForm />
    </Edit>
  </ContentLocaleScope>
);

export const SlaPolicyCreate = () => (
  <ContentLocaleScope>
    <Create redirect="show">
      <SlaPolicyForm defaults={POLICY_DEFAULTS} />
    </Create>
  </ContentLocaleScope>
);
