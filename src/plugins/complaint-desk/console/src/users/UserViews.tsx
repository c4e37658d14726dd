import { Alert } from '@mui/material';
import {
  ChipField,
  DataTable,
  List,
  ReferenceArrayField,
  SearchInput,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';

const userFilters = [<SearchInput key="q" source="username_contains" alwaysOn />];

const TeamChips = () => (
  <ReferenceArrayField source="teamIds" reference="teams">
    <SingleFieldList linkType="show">
      <ChipField source="name" size="small" />
    </SingleFieldList>
  </ReferenceArrayField>
);

/** Staff are read-only here (the API answers 405 to writes). */
export const UserList = () => (
  <List filters={userFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role" disableSort>
        <EnumField source="role" namespace="roles" chip />
      </DataTable.Col>
      <DataTable.Col source="teamIds" disableSort>
        <TeamChips />
      </DataTable.Col>
    </DataTable>
  </List>
);

const ManagedElsewhere = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ m: 2 }}>
      {translate('resources.users.managed_elsewhere')}
    </Alert>
  );
};

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="email" />
      <EnumField source="role" namespace="roles" />
      <TeamChips />
    </SimpleShowLayout>
    <ManagedElsewhere />
  </Show>
);
