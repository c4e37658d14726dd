import {
  Create,
  DeleteButton,
  Edit,
  EditButton,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
  type CreateProps,
  type EditProps,
  type ShowProps,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ReferenceTrackingCode } from '../common/ReferenceTrackingCode';
import { TrackingCodeField } from '../common/TrackingCodeField';
import { CapaActionButtons } from './CapaActionButtons';
import { CorrectiveActionForm } from './CorrectiveActionForm';
import { DueDateField } from './DueDateField';
import { EffectivenessPanel } from './EffectivenessPanel';
import { KindField, StatusChip } from './StatusChip';

const ShowActions = () => (
  <TopToolbar>
    <CapaActionButtons />
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
      <ReferenceField source="rootCauseId" reference="root-causes" emptyText="—">
        <TextField source="title" />
      </ReferenceField>
      <ReferenceField source="categoryId" reference="categories" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="cftReviewId" reference="cft-reviews" emptyText="—">
        <TextField source="title" />
      </ReferenceField>
      <ReferenceField source="followUpOfId" reference="corrective-actions" emptyText="—">
        <TextField source="title" />
      </ReferenceField>
      <DateTimeField source="implementedAt" />
      <NumberField source="verificationWindowDays" />
      <EffectivenessPanel />
      <TextField source="effectivenessCheck" emptyText="—" />
      <TextField source="cancelReason" emptyText="—" />
      <ReferenceArrayField source="complaintIds" reference="complaints" emptyText="—">
        <SingleFieldList>
          <TrackingCodeField source="trackingCode" />
        </SingleFieldList>
      </ReferenceArrayField>
    </SimpleShowLayout>
  </Show>
);

export const CorrectiveActionEdit = (props: EditProps) => (
  <Edit {...props} mutationMode="pessimistic" redirect="show">
    <CorrectiveActionForm />
  </Edit>
);

export const CorrectiveActionCreate = (props: CreateProps) => (
  <Create {...props} redirect="show">
    <CorrectiveActionForm />
  </Create>
);
