import {
  BooleanField,
  Datagrid,
  List,
  NullableBooleanInput,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  type ListProps,
} from 'react-admin';
import { EnumField, enumChoices } from '../common/EnumField';
import { SIX_M } from '@contract';

const rootCauseFilters = [
  <TextInput key="code" source="code_contains" label="resources.root-causes.fields.code" alwaysOn />,
  <TextInput key="title" source="title_contains" label="resources.root-causes.fields.title" />,
  <SelectInput key="sixM" source="sixM" choices={enumChoices('six_m', SIX_M)} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export const RootCauseList = (props: ListProps) => (
  <List {...props} filters={rootCauseFilters} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="edit">
      <TextField source="code" />
      <TextField source="title" />
      <EnumField source="sixM" namespace="six_m" chip />
      <ReferenceField source="parentId" reference="root-causes" emptyText="—" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
