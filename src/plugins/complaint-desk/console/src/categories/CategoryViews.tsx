import { AREAS, CATEGORY_SCHEMES, REGULATOR_CLASSES, VALUE_TIERS } from '@contract';
import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useCanAccess,
  useListContext,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import {
  ContentLocaleFilterInput,
  ContentLocaleInput,
  ContentLocaleScope,
  isContentLocale,
  localizedRecordPath,
  useContentLocale,
  useDefaultContentLocale,
  type ContentLocale,
} from '../common/contentLocale';
import { DateTimeField } from '../common/DateTimeField';
import { TrackUnsavedEdits } from '../common/unsavedEdits';
import { LocalizedCreate, LocalizedEdit, LocalizedShow } from '../common/LocalizedViews';

const T = 'resources.categories.';
const schemeChoices = CATEGORY_SCHEMES.map((s) => ({ id: s, name: `${T}scheme.${s}` }));
const areaChoices = AREAS.map((a) => ({ id: a, name: `${T}area.${a}` }));
const regulatorChoices = REGULATOR_CLASSES.map((c) => ({ id: c, name: `${T}regulatorClass.${c}` }));
const tierChoices = VALUE_TIERS.map((n) => ({ id: n, name: String(n) }));

type CategoryRecord = RaRecord & { code?: string; name?: string; locale?: string };

/** The category's name indented by its depth in the tree (codes are dot-separated paths). */
const TreeNameField = () => {
  const record = useRecordContext<CategoryRecord>();
  if (!record) return null;
  const depth = (record.code ?? '').split('.').length - 1;
  return (
    <Typography
      variant="body2"
      component="span"
      sx={{ ps: depth * 2.5, fontWeight: depth === 0 ? 600 : 400, display: 'inline-block' }}
      data-depth={depth}
    >
      {depth > 0 && '└ '}
      {record.name}
    </Typography>
  );
};

const ParentField = ({ locale }: { locale: ContentLocale }) => (
  <ReferenceField source="parentId" reference="categories" link={false} queryOptions={{ meta: { locale } }} emptyText="—" />
);

const categoryFilters = [
  <ContentLocaleFilterInput key="locale" alwaysOn />,
  <SearchInput key="q" source="name_contains" alwaysOn />,
  <SelectInput key="scheme" source="scheme" choices={schemeChoices} />,
  <SelectInput key="area" source="area" choices={areaChoices} />,
  <NullableBooleanInput key="active" source="active" />,
];

const CategoryRows = () => {
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'categories' });
  const { filterValues } = useListContext();
  const fallback = useDefaultContentLocale();
  const locale = isContentLocale(filterValues.locale) ? filterValues.locale : fallback;
  return (
    <DataTable rowClick={localizedRecordPath(canEdit ? 'edit' : 'show')}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name">
        <TreeNameField />
      </DataTable.Col>
      <DataTable.Col source="scheme">
        <SelectField source="scheme" choices={schemeChoices} />
      </DataTable.Col>
      <DataTable.Col source="area" disableSort>
        <SelectField source="area" choices={areaChoices} />
      </DataTable.Col>
      <DataTable.Col source="parentId" disableSort>
        <ParentField locale={locale} />
      </DataTable.Col>
      <DataTable.Col source="teamId" disableSort>
        <ReferenceField source="teamId" reference="teams" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  );
};

export const CategoryList = () => {
  const locale = useDefaultContentLocale();
  return (
    <ContentLocaleScope>
      <List
        filters={categoryFilters}
        filterDefaultValues={{ locale }}
        sort={{ field: 'code', order: 'ASC' }}
        perPage={50}
      >
        <CategoryRows />
      </List>
    </ContentLocaleScope>
  );
};

const CategoryFields = ({ locale }: { locale: ContentLocale }) => (
  <>
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
      <TextInput source="code" validate={required()} helperText={`${T}helper.code`} sx={{ width: 360 }} />
      <SelectInput source="scheme" choices={schemeChoices} validate={required()} sx={{ width: 240 }} />
      <SelectInput source="area" choices={areaChoices} sx={{ width: 240 }} />
      <SelectInput source="regulatorClass" choices={regulatorChoices} emptyText={`${T}helper.regulatorInherited`} helperText={`${T}helper.regulator`} sx={{ width: 300 }} />
    </Box>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline minRows={2} />
    <TextInput source="recourseText" multiline minRows={3} helperText={`${T}helper.recourse`} />
    <ReferenceInput
      source="parentId"
      reference="categories"
      sort={{ field: 'code', order: 'ASC' }}
      filter={{ locale }}
      queryOptions={{ meta: { locale } }}
      perPage={100}
    >
      <AutocompleteInput
        filterToQuery={(q) => ({ name_contains: q })}
        optionText={(r: CategoryRecord) => `${String(r.name)} (${String(r.code)})`}
      />
    </ReferenceInput>
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
      <ReferenceInput source="teamId" reference="teams" sort={{ field: 'code', order: 'ASC' }}>
        <SelectInput helperText={`${T}helper.team`} sx={{ width: 360 }} />
      </ReferenceInput>
      <SelectInput source="claimMinValueTier" choices={tierChoices} helperText={`${T}helper.claim`} sx={{ width: 360 }} />
    </Box>
    <BooleanInput source="active" />
  </>
);

const CategoryEditForm = () => {
  const [locale] = useContentLocale();
  return (
    <SimpleForm warnWhenUnsavedChanges>
      <TrackUnsavedEdits />
      <CategoryFields locale={locale} />
    </SimpleForm>
  );
};

export const CategoryEdit = () => (
  <LocalizedEdit>
    <CategoryEditForm />
  </LocalizedEdit>
);

export const CategoryCreate = () => {
  const locale = useDefaultContentLocale();
  return (
    <LocalizedCreate after="edit">
      <SimpleForm defaultValues={{ locale: 'en', scheme: 'general', active: true }} warnWhenUnsavedChanges>
        <ContentLocaleInput />
        <CategoryFields locale={locale} />
      </SimpleForm>
    </LocalizedCreate>
  );
};

const CategoryShowLayout = () => {
  const [locale] = useContentLocale();
  return (
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="scheme" choices={schemeChoices} />
      <SelectField source="area" choices={areaChoices} emptyText="—" />
      <SelectField source="regulatorClass" choices={regulatorChoices} emptyText={`${T}helper.regulatorInherited`} />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="recourseText" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <ParentField locale={locale} />
      <ReferenceField source="teamId" reference="teams" link="show" emptyText="—" />
      <TextField source="claimMinValueTier" emptyText="—" />
      <BooleanField source="active" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  );
};

export const CategoryShow = () => (
  <LocalizedShow>
    <CategoryShowLayout />
  </LocalizedShow>
);
