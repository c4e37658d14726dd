import { Stack } from '@mui/material';
import { Datagrid, FunctionField, List, useTranslate, type ListProps } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { ApprovalDecisionButton } from './ApprovalDecisionButton';
import { ComplaintCell, EarlierCell, ProposalCell } from './ApprovalContext';
import { INBOX_FILTER, type InboxItem } from './types';

/**
 * The approvals inbox: the steps the caller can decide now (GET /approvals/inbox), oldest first,
 * each row with what it approves; a click opens the complaint. Its total is the dashboard's count.
 */
export const ApprovalInbox = ({ actions, ...props }: ListProps) => {
  const translate = useTranslate();
  return (
    <List
      {...props}
      title={translate('resources.approvals.inbox.title')}
      filter={INBOX_FILTER}
      storeKey="approvals.inbox"
      actions={actions}
      exporter={false}
      empty={false}
      disableSyncWithLocation
    >
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => `/complaints/${(record as InboxItem).complaintId}/show`}
        empty={<div data-testid="approvals-inbox-empty" style={{ padding: 24 }}>{translate('resources.approvals.inbox.empty')}</div>}
        data-testid="approvals-inbox"
      >
        <FunctionField label="resources.approvals.fields.complaintId" render={() => <ComplaintCell />} />
        <FunctionField label="resources.approvals.inbox.proposal" render={() => <ProposalCell />} />
        <FunctionField label="resources.approvals.inbox.earlier_title" render={() => <EarlierCell />} />
        <EnumField source="requiredRole" namespace="roles" sortable={false} />
        <DateTimeField source="createdAt" short sortable={false} />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <ApprovalDecisionButton decision="approve" />
          <ApprovalDecisionButton decision="decline" />
        </Stack>
      </Datagrid>
    </List>
  );
};
