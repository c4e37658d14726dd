import { AREAS, TEAM_LINES } from '@contract';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ChipField,
  Create,
  DataTable,
  Edit,
  FunctionField,
  List,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField, enumChoices } from '../common/EnumField';

const areaChoices = AREAS.map((a) => ({ id: a, name: `resources.teams.area.${a}` }));
const lineChoices = enumChoices('escalation', TEAM_LINES);

const teamFilters = [
  <SearchInput key="q" source="name_contains" alwaysOn />,
  <SelectInput key="line" source="line" choices={lineChoices} />,
  <SelectInput key="area" source="area" choices={areaChoices} />,
];

const MembersCount = () => {
  const translate = useTranslate();
  return (
    <FunctionField<RaRecord & { memberIds?: string[] }>
      render={(r) => translate('resources.teams.members_count', { smart_count: r.memberIds?.length ?? 0 })}
    />
  );
};

export const TeamList = () => (
  <List filters={teamFilters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="line">
        <EnumField source="line" namespace="escalation" chip />
      </DataTable.Col>
      <DataTable.Col source="area">
        <SelectField source="area" choices={areaChoices} />
      </DataTable.Col>
      <DataTable.Col source="leadId" disableSort>
        <ReferenceField source="leadId" reference="users" link="show" />
      </DataTable.Col>
      <DataTable.Col source="memberIds" disableSort>
        <MembersCount />
      </DataTable.Col>
      <DataTable.Col source="calendarId" disableSort>
        <ReferenceField source="calendarId" reference="business-calendars" link="show" />
      </DataTable.Col>
    </DataTable>
  </List>
);

export const TeamShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="line" namespace="escalation" />
      <SelectField source="area" choices={areaChoices} />
      <ReferenceField source="leadId" reference="users" link="show" />
      <ReferenceArrayField source="memberIds" reference="users">
        <SingleFieldList linkType="show">
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ReferenceField source="calendarId" reference="business-calendars" link="show" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);

const TeamForm = () => (
  <SimpleForm warnWhenUnsavedChanges>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <SelectInput source="line" choices={lineChoices} validate={required()} helperText="resources.teams.helper.line" />
    <SelectInput source="area" choices={areaChoices} validate={required()} />
    <ReferenceInput source="leadId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q) => ({ username_contains: q })} />
    </ReferenceInput>
    <ReferenceArrayInput source="memberIds" reference="users" sort={{ field: 'username', order: 'ASC' }}>
      <AutocompleteArrayInput filterToQuery={(q) => ({ username_contains: q })} />
    </ReferenceArrayInput>
    <ReferenceInput source="calendarId" reference="business-calendars" sort={{ field: 'code', order: 'ASC' }}>
      <SelectInput helperText="resources.teams.helper.calendar" />
    </ReferenceInput>
  </SimpleForm>
);

export const TeamEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <TeamForm />
  </Edit>
);

export const TeamCreate = () => (
  <Create redirect="show">
    <TeamForm />
  </Create>
);
