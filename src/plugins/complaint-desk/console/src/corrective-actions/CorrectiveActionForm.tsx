import { CORRECTIVE_ACTION_STATUSES } from '@contract';
import { formatTrackingCode } from '../common/trackingCode';
import {
  AutocompleteInput,
  DateInput,
  DateTimeInput,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { kindChoices, statusChoices } from './correctiveActionStatus';

export const CorrectiveActionForm = () => (
  <SimpleForm defaultValues={{ status: 'open', kind: 'corrective' }}>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={2} fullWidth />
    <SelectInput source="kind" choices={kindChoices} validate={required()} />
    <SelectInput source="status" choices={statusChoices(CORRECTIVE_ACTION_STATUSES)} />
    <ReferenceInput source="ownerId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={(text: string) => (text ? { username_contains: text } : {})} />
    </ReferenceInput>
    <DateInput source="dueAt" />
    <ReferenceInput source="complaintId" reference="complaints">
      <AutocompleteInput optionText={(c: { trackingCode?: string; subject?: string }) => `${formatTrackingCode(c.trackingCode)} — ${c.subject ?? ''}`} filterToQuery={(text: string) => (text ? { q: text } : {})} />
    </ReferenceInput>
    <ReferenceInput source="rootCauseId" reference="root-causes" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(text: string) => (text ? { code_contains: text } : {})} />
    </ReferenceInput>
    <ReferenceInput source="cftReviewId" reference="cft-reviews">
      <AutocompleteInput optionText="title" filterToQuery={(text: string) => (text ? { title_contains: text } : {})} />
    </ReferenceInput>
    <DateTimeInput source="implementedAt" />
    <NullableBooleanInput source="effective" />
    <TextInput source="effectivenessCheck" multiline minRows={2} fullWidth />
  </SimpleForm>
);
