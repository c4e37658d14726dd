import { APPROVAL_DECISIONS, APPROVER_ROLES } from '@contract';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import {
  Datagrid,
  List,
  NumberField,
  SelectInput,
  TopToolbar,
  useGetList,
  useLocaleState,
  useStore,
  useTranslate,
  type ListProps,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField, enumChoices } from '../common/EnumField';
import { ReferenceTrackingCode } from '../common/ReferenceTrackingCode';
import { formatNumber } from '../i18n/locales';
import { useRoleCan } from '../permissions/useRoleCan';
import { AmountField } from './AmountField';
import { ApprovalInbox } from './ApprovalInbox';
import { DecisionField } from './DecisionField';
import { INBOX_FILTER } from './types';

const decisionChoices = APPROVAL_DECISIONS.map((d) => ({ id: d, name: `resources.approvals.decisions.${d}` }));

const approvalFilters = [
  <SelectInput key="decision" source="decision" choices={decisionChoices} alwaysOn />,
  <SelectInput key="requiredRole" source="requiredRole" choices={enumChoices('roles', APPROVER_ROLES)} alwaysOn />,
];

type View = 'inbox' | 'all';

/** "Waiting for your decision · 3" | "All approvals": the inbox and the history of decisions. */
const ViewSwitch = ({ view, onChange }: { view: View; onChange: (view: View) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { total } = useGetList('approvals', { filter: INBOX_FILTER, pagination: { page: 1, perPage: 1 } });
  return (
    <TopToolbar>
      <ToggleButtonGroup size="small" exclusive value={view} onChange={(_e, v: View | null) => v && onChange(v)}>
        <ToggleButton value="inbox" data-testid="approvals-view-inbox" sx={{ textTransform: 'none' }}>
          {translate('resources.approvals.inbox.title')}
          {total !== undefined ? `\u00a0·\u00a0${formatNumber(total, locale)}` : ''}
        </ToggleButton>
        <ToggleButton value="all" data-testid="approvals-view-all" sx={{ textTransform: 'none' }}>
          {translate('resources.approvals.inbox.all')}
        </ToggleButton>
      </ToggleButtonGroup>
    </TopToolbar>
  );
};

/** Every approval, decided or not: a record of who decided what (decisions are taken in the inbox). */
const ApprovalHistory = ({ actions, ...props }: ListProps) => (
  <List {...props} actions={actions} filters={approvalFilters} filterDefaultValues={{ decision: 'pending' }} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceTrackingCode source="complaintId" sortable={false} />
      <EnumField source="requiredRole" namespace="roles" />
      <NumberField source="step" />
      <AmountField source="amount" />
      <NumberField source="round" sortable={false} />
      <DecisionField source="decision" />
      <DateTimeField source="createdAt" />
    </Datagrid>
  </List>
);

/**
 * Approvals: approvers land on their inbox (the steps they can decide now, with what each approves);
 * everyone can read the history. The choice is remembered per browser.
 */
export const ApprovalList = (props: ListProps) => {
  const approver = useRoleCan({ action: 'approve', resource: 'complaints' });
  const [stored, setView] = useStore<View>('approvals.view', 'inbox');
  const view: View = approver ? stored : 'all';
  const actions = approver ? <ViewSwitch view={view} onChange={setView} /> : undefined;
  return view === 'inbox' ? <ApprovalInbox {...props} actions={actions} /> : <ApprovalHistory {...props} actions={actions} />;
};
