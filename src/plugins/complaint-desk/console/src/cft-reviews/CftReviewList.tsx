import { CFT_REVIEW_STATUSES } from '@contract';
import { Create, Datagrid, Edit, List, ReferenceField, SelectInput, TextField, TextInput, useRecordContext, useTranslate, type CreateProps, type EditProps, type ListProps } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { fromFormValues } from './cftReviewShape';
import { CftReviewForm } from './CftReviewForm';

const statusChoices = CFT_REVIEW_STATUSES.map((s) => ({ id: s, name: `resources.cft-reviews.statuses.${s}` }));

const reviewFilters = [
  <TextInput key="title" source="title_contains" label="resources.cft-reviews.fields.title" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
];

const StatusText = (_props: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.status ? <span>{translate(`resources.cft-reviews.statuses.${record.status}`)}</span> : null;
};

export const CftReviewList = (props: ListProps) => (
  <List {...props} filters={reviewFilters} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <StatusText source="status" />
      <ReferenceField source="leaderId" reference="users" sortable={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="massIncidentId" reference="mass-incidents" sortable={false} emptyText="—">
        <TextField source="title" />
      </ReferenceField>
      <DateTimeField source="fieldVisitAt" />
      <DateTimeField source="updatedAt" />
    </Datagrid>
  </List>
);

export const CftReviewEdit = (props: EditProps) => (
  <Edit {...props} mutationMode="pessimistic" redirect="show" transform={fromFormValues}>
    <CftReviewForm />
  </Edit>
);

export const CftReviewCreate = (props: CreateProps) => (
  <Create {...props} redirect="show" transform={fromFormValues}>
    <CftReviewForm />
  </Create>
);
