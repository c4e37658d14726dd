import { BooleanInput, ReferenceInput, AutocompleteInput, SelectInput, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { enumChoices } from '../common/EnumField';
import { SIX_M } from '@contract';

/** Code, title, 6M class, parent and active flag; a cause cannot be its own parent. */
export const RootCauseForm = () => {
  const record = useRecordContext();
  return (
    <SimpleForm defaultValues={{ active: true }}>
      <TextInput source="code" validate={required()} />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <SelectInput source="sixM" choices={enumChoices('six_m', SIX_M)} validate={required()} />
      <ReferenceInput source="parentId" reference="root-causes" filter={record ? { id_ne: record.id } : {}} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput filterToQuery={(text: string) => (text ? { code_contains: text } : {})} />
      </ReferenceInput>
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
