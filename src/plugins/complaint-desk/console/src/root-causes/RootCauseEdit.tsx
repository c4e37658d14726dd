import { Create, Edit, type CreateProps, type EditProps } from 'react-admin';
import { RootCauseForm } from './RootCauseForm';

export const RootCauseEdit = (props: EditProps) => (
  <Edit {...props} mutationMode="pessimistic">
    <RootCauseForm />
  </Edit>
);

export const RootCauseCreate = (props: CreateProps) => (
  <Create {...props} redirect="list">
    <RootCauseForm />
  </Create>
);
