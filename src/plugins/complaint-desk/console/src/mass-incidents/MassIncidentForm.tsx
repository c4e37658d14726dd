import { LocalizedDateTimeInput } from '../common/pickers';
import {
  AutocompleteInput,
  Create,
  Edit,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  type CreateProps,
  type EditProps,
} from 'react-admin';
import { areaChoices, statusChoices } from './massIncidentApi';

const MassIncidentForm = ({ defaultValues }: { defaultValues?: Record<string, unknown> }) => (
  <SimpleForm defaultValues={defaultValues} warnWhenUnsavedChanges>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
    <TextInput source="handlingAlgorithm" multiline minRows={3} fullWidth />
    <SelectInput source="status" choices={statusChoices} />
    <SelectInput source="area" choices={areaChoices} />
    <TextInput source="region" />
    <LocalizedDateTimeInput source="startedAt" validate={required()} />
    <LocalizedDateTimeInput source="endedAt" />
    <ReferenceInput source="categoryId" reference="categories" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={(text: string) => (text ? { name_contains: text } : {})} />
    </ReferenceInput>
  </SimpleForm>
);

export const MassIncidentEdit = (props: EditProps) => (
  <Edit {...props} mutationMode="pessimistic" redirect="show">
    <MassIncidentForm />
  </Edit>
);

export const MassIncidentCreate = (props: CreateProps) => (
  <Create {...props} redirect="show">
    <MassIncidentForm defaultValues={{ status: 'open', startedAt: new Date().toISOString() }} />
  </Create>
);
