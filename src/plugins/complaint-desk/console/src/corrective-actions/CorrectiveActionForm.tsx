import { formatTrackingCode } from '../common/trackingCode';
import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, maxValue, minValue, required, useRecordContext } from 'react-admin';
import { kindChoices } from './correctiveActionStatus';

/** States after which the root cause, the category and the window are fixed (the server refuses changes). */
const SCOPE_FIXED = ['verification', 'effective', 'ineffective', 'cancelled'];

/**
 * The plan of an action. Its status, implementation date and result are written by the lifecycle
 * actions on the show page, never here.
 */
export const CorrectiveActionForm = () => {
  const record = useRecordContext();
  const fixed = !!record && SCOPE_FIXED.includes(String(record.status));
  return (
    <SimpleForm defaultValues={{ kind: 'corrective', verificationWindowDays: 90 }}>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <SelectInput source="kind" choices={kindChoices} validate={required()} />
      <ReferenceInput source="ownerId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(text: string) => (text ? { username_contains: text } : {})} />
      </ReferenceInput>
      <DateInput source="dueAt" />
      <ReferenceInput source="complaintId" reference="complaints">
        <AutocompleteInput optionText={(c: { trackingCode?: string; subject?: string }) => `${formatTrackingCode(c.trackingCode)} — ${c.subject ?? ''}`} filterToQuery={(text: string) => (text ? { q: text } : {})} />
      </ReferenceInput>
      <ReferenceInput source="rootCauseId" reference="root-causes" sort={{ field: 'title', order: 'ASC' }}>
        <AutocompleteInput optionText="title" disabled={fixed} filterToQuery={(text: string) => (text ? { title_contains: text } : {})} />
      </ReferenceInput>
      <ReferenceInput source="categoryId" reference="categories" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" disabled={fixed} filterToQuery={(text: string) => (text ? { name_contains: text } : {})} />
      </ReferenceInput>
      <NumberInput source="verificationWindowDays" disabled={fixed} min={1} max={3650} validate={[minValue(1), maxValue(3650)]} />
      <ReferenceInput source="cftReviewId" reference="cft-reviews">
        <AutocompleteInput optionText="title" filterToQuery={(text: string) => (text ? { title_contains: text } : {})} />
      </ReferenceInput>
      <TextInput source="effectivenessCheck" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
};
