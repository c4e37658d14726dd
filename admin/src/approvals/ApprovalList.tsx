import { Stack } from '@mui/material';
import {
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  SelectInput,
  TextField,
  type ListProps,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField, enumChoices } from '../common/EnumField';
import { AmountField } from './AmountField';
import { ApprovalDecisionButton } from './ApprovalDecisionButton';
import { DECISIONS, DecisionField } from './DecisionField';

export const APPROVER_ROLES = ['director', 'quality-manager'] as const;

const decisionChoices = DECISIONS.map((d) => ({ id: d, name: `resources.approvals.decisions.${d}` }));

const approvalFilters = [
  <SelectInput key="decision" source="decision" choices={decisionChoices} alwaysOn />,
  <SelectInput key="requiredRole" source="requiredRole" choices={enumChoices('roles', APPROVER_ROLES)} alwaysOn />,
];

/** The approvals inbox: pending decisions first, with Approve / Decline for the caller's own steps. */
export const ApprovalList = (props: ListProps) => (
  <List {...props} filters={approvalFilters} filterDefaultValues={{ decision: 'pending' }} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="complaintId" reference="complaints" link="show" sortable={false}>
        <TextField source="trackingCode" />
      </ReferenceField>
      <EnumField source="requiredRole" namespace="roles" />
      <NumberField source="step" />
      <AmountField source="amount" />
      <NumberField source="round" sortable={false} />
      <DecisionField source="decision" />
      <DateTimeField source="createdAt" />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <ApprovalDecisionButton decision="approve" />
        <ApprovalDecisionButton decision="decline" />
      </Stack>
    </Datagrid>
  </List>
);
