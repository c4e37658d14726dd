import { Datagrid, List, ReferenceField, SelectInput, TextField, TextInput, type ListProps } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { areaChoices, statusChoices } from './massIncidentApi';
import { MassIncidentEnumField } from './MassIncidentFields';

const massIncidentFilters = [
  <TextInput key="title" source="title_contains" label="resources.mass-incidents.fields.title" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="area" source="area" choices={areaChoices} />,
  <TextInput key="region" source="region_contains" label="resources.mass-incidents.fields.region" />,
];

export const MassIncidentList = (props: ListProps) => (
  <List {...props} filters={massIncidentFilters} sort={{ field: 'startedAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <MassIncidentEnumField source="status" group="statuses" chip />
      <MassIncidentEnumField source="area" group="areas" sortable={false} />
      <TextField source="region" sortable={false} />
      <ReferenceField source="categoryId" reference="categories" sortable={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <DateTimeField source="startedAt" />
      <DateTimeField source="endedAt" />
    </Datagrid>
  </List>
);
