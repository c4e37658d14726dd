import { CFT_REVIEW_STATUSES } from '@contract';
import { Create, Datagrid, Edit, List, ReferenceField, SelectInput, TextField, TextInput, useNotify, useRecordContext, useTranslate, type CreateProps, type EditProps, type ListProps } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { useRef } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { fromFormValues, reviewFormErrors } from './cftReviewShape';
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

/** The server's 400 names field paths (`fiveWhys.1.why`, `fishbone.machine.0`): each lands on its input. */
function useServerErrors() {
  const setErrorRef = useRef<UseFormSetError<FieldValues> | null>(null);
  const notify = useNotify();
  const onError = (error: unknown) => {
    const errors = reviewFormErrors((error as { body?: unknown })?.body);
    for (const [path, message] of Object.entries(errors ?? {})) setErrorRef.current?.(path, { type: 'server', message });
    notify(error instanceof Error ? error.message : String(error), { type: 'error' });
  };
  return { setErrorRef, onError };
}

export const CftReviewEdit = (props: EditProps) => {
  const { setErrorRef, onError } = useServerErrors();
  return (
    <Edit {...props} mutationMode="pessimistic" redirect="show" transform={fromFormValues} mutationOptions={{ onError }}>
      <CftReviewForm setErrorRef={setErrorRef} />
    </Edit>
  );
};

export const CftReviewCreate = (props: CreateProps) => {
  const { setErrorRef, onError } = useServerErrors();
  return (
    <Create {...props} redirect="show" transform={fromFormValues} mutationOptions={{ onError }}>
      <CftReviewForm setErrorRef={setErrorRef} />
    </Create>
  );
};
