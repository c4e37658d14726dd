import { ReferenceTrackingCode } from '../common/ReferenceTrackingCode';
import {
  BooleanField,
  Create,
  DeleteButton,
  Edit,
  EditButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  type CreateProps,
  type EditProps,
  type ShowProps,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { CorrectiveActionForm } from './CorrectiveActionForm';
import { DueDateField } from './DueDateField';
import { KindField, StatusChip } from './StatusChip';
import { VerifyEffectivenessButton } from './VerifyEffectivenessButton';

const ShowActions = () => (
  <TopToolbar>
    <VerifyEffectivenessButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const CorrectiveActionShow = (props: ShowProps) => (
  <Show {...props} actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="description" emptyText="—" />
      <KindField source="kind" />
      <StatusChip source="status" />
      <ReferenceField source="ownerId" reference="users" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <DueDateField source="dueAt" />
      <ReferenceTrackingCode source="complaintId" />
      <ReferenceField source="rootCauseId" reference="root-causes" emptyText="—" />
      <ReferenceField source="cftReviewId" reference="cft-reviews" emptyText="—">
        <TextField source="title" />
      </ReferenceField>
      <DateTimeField source="implementedAt" />
      <BooleanField source="effective" />
      <TextField source="effectivenessCheck" emptyText="—" />
      <DateTimeField source="effectivenessEvaluatedAt" />
    </SimpleShowLayout>
  </Show>
);

export const CorrectiveActionEdit = (props: EditProps) => (
  <Edit {...props} mutationMode="undoable" redirect="show">
    <CorrectiveActionForm />
  </Edit>
);

export const CorrectiveActionCreate = (props: CreateProps) => (
  <Create {...props} redirect="show">
    <CorrectiveActionForm />
  </Create>
);
