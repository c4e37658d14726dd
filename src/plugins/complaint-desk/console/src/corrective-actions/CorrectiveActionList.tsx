import { CORRECTIVE_ACTION_STATUSES } from '@contract';
import { ReferenceTrackingCode } from '../common/ReferenceTrackingCode';
import TableRowsIcon from '@mui/icons-material/TableRows';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { ToggleButton, ToggleButtonGroup, Tooltip } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  BooleanInput,
  useStore,
  useTranslate,
  type ListProps,
} from 'react-admin';
import { isOverdue, kindChoices, statusChoices, today, type CorrectiveAction } from './correctiveActionStatus';
import { CorrectiveActionBoard } from './CorrectiveActionBoard';
import { DueDateField } from './DueDateField';
import { KindField, StatusChip } from './StatusChip';
import { CapaActionButtons } from './CapaActionButtons';
import { EFFECTIVENESS_RESULTS } from '@contract';

type View = 'list' | 'board';
export const VIEW_STORE_KEY = 'corrective-actions.view';

const correctiveActionFilters = [
  <TextInput key="title" source="title_contains" label="resources.corrective-actions.fields.title" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices(CORRECTIVE_ACTION_STATUSES)} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <ReferenceInput key="owner" source="ownerId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(text: string) => (text ? { username_contains: text } : {})} />
  </ReferenceInput>,
  <BooleanInput
    key="overdue"
    source="dueAt_lt"
    label="resources.corrective-actions.overdue"
    format={(value: unknown) => !!value}
    parse={(checked: boolean) => (checked ? today() : null)}
    alwaysOn
  />,
  <SelectInput key="effectivenessResult" source="effectivenessResult" choices={statusChoices(EFFECTIVENESS_RESULTS)} />,
];

const ViewSwitch = ({ view, setView }: { view: View; setView: (v: View) => void }) => {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup size="small" exclusive value={view} onChange={(_e, v: View | null) => v && setView(v)}>
      <ToggleButton value="list" data-testid="ca-view-list" aria-label={translate('resources.corrective-actions.board.list')}>
        <Tooltip title={translate('resources.corrective-actions.board.list')}>
          <TableRowsIcon fontSize="small" />
        </Tooltip>
      </ToggleButton>
      <ToggleButton value="board" data-testid="ca-view-board" aria-label={translate('resources.corrective-actions.board.board')}>
        <Tooltip title={translate('resources.corrective-actions.board.board')}>
          <ViewKanbanIcon fontSize="small" />
        </Tooltip>
      </ToggleButton>
    </ToggleButtonGroup>
  );
};

const ListActions = ({ view, setView }: { view: View; setView: (v: View) => void }) => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <ViewSwitch view={view} setView={setView} />
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Corrective actions as a table or as a board by status (the choice is remembered). */
export const CorrectiveActionList = (props: ListProps) => {
  const [view, setView] = useStore<View>(VIEW_STORE_KEY, 'list');
  return (
    <List
      {...props}
      filters={correctiveActionFilters}
      sort={{ field: 'dueAt', order: 'ASC' }}
      actions={<ListActions view={view} setView={setView} />}
      pagination={view === 'board' ? false : undefined}
    >
      {view === 'board' ? (
        <CorrectiveActionBoard />
      ) : (
        <Datagrid
          rowClick="show"
          bulkActionButtons={false}
          rowSx={(record) => (isOverdue(record as CorrectiveAction) ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {})}
        >
          <TextField source="title" />
          <KindField source="kind" />
          <StatusChip source="status" />
          <ReferenceField source="ownerId" reference="users" sortable={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <DueDateField source="dueAt" />
          <ReferenceTrackingCode source="complaintId" sortable={false} />
          <ReferenceField source="rootCauseId" reference="root-causes" sortable={false} emptyText="—">
            <TextField source="title" />
          </ReferenceField>
          <CapaActionButtons />
        </Datagrid>
      )}
    </List>
  );
};
