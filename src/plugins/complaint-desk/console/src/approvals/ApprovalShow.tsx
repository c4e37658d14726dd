import { ReferenceTrackingCode } from '../common/ReferenceTrackingCode';
import { Stack } from '@mui/material';
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField, type ShowProps } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { AmountField } from './AmountField';
import { ApprovalDecisionButton } from './ApprovalDecisionButton';
import { DecisionField } from './DecisionField';

export const ApprovalShow = (props: ShowProps) => (
  <Show {...props}>
    <SimpleShowLayout>
      <ReferenceTrackingCode source="complaintId" />
      <TextField source="subject" />
      <EnumField source="requiredRole" namespace="roles" />
      <NumberField source="step" />
      <AmountField source="amount" />
      <NumberField source="round" />
      <DecisionField source="decision" />
      <TextField source="comment" emptyText="—" />
      <ReferenceField source="decidedById" reference="users" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <DateTimeField source="decidedAt" />
      <DateTimeField source="createdAt" />
      <Stack direction="row" spacing={1}>
        <ApprovalDecisionButton decision="approve" />
        <ApprovalDecisionButton decision="decline" />
      </Stack>
    </SimpleShowLayout>
  </Show>
);
