import { Box, Card, CardContent, Typography, useTheme } from '@mui/material';
import { forwardRef, memo, useCallback } from 'react';
import {
  ColumnsButton,
  CreateButton,
  DataTable,
  DataTableBody,
  DataTableRow,
  type DataTableBodyProps,
  type DataTableColumnProps,
  type DataTableRowProps,
  FilterButton,
  List,
  SavedQueriesList,
  TextField,
  TopToolbar,
  useDataTableRenderContext,
  useLocaleState,
  useRecordContext,
  useSavedQueries,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { LocalizedReferenceField } from '../common/localizedReference';
import { BulkAssignButton } from './BulkAssignButton';
import { ComplaintActionButton } from './actions/ComplaintActionButton';
import { ComplaintExportButton } from './ComplaintExportButton';
import { complaintFilters } from './complaintFilters';
import { QueueTabs } from './QueueTabs';
import { useIntlLocale } from './useIntlLocale';
import { SlaClockField } from './SlaClockField';
import { currentSlaClock, type Complaint } from './types';
import { CATEGORY_NAME_LOCALE, COMPLAINT_LIST_DEFAULTS } from './listDefaults';
import { TrackingCodeField } from '../common/TrackingCodeField';
import { useRoleCan } from '../permissions/useRoleCan';
import { getStoredRole } from '../session';
import { columnsStoreKey, defaultHiddenColumns } from './listColumns';
import { QueueEmpty } from './QueueEmpty';

const ListActions = ({ storeKey }: { storeKey: string }) => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton storeKey={storeKey} />
    <ComplaintExportButton />
    <CreateButton label="resources.complaints.register.action" />
  </TopToolbar>
);

/**
 * Breached and at-risk rows carry a coloured edge on the reading side (start: right in Persian).
 * Logical border properties do not resolve palette names, hence the colours from the theme.
 */
const useRowSx = () => {
  const { palette } = useTheme();
  return useCallback(
    (record: Complaint) => {
      const state = currentSlaClock(record)?.state;
      if (state === 'breached') return { borderInlineStart: `4px solid ${palette.error.main}` };
      if (state === 'at_risk') return { borderInlineStart: `4px solid ${palette.warning.main}` };
      return {};
    },
    [palette]
  );
};

/**
 * Saved filters (react-admin's saved queries, kept per browser): the current filters, sort and
 * queue saved under a name, one click to come back to them. The filter button offers the same
 * (save, and pick a saved one), so the side panel appears only once something is saved, and only
 * on screens wide enough to keep the table whole beside it.
 */
const SavedFiltersAside = () => {
  const [saved] = useSavedQueries('complaints');
  if (!saved?.length) return null;
  return (
    <Card
      variant="outlined"
      sx={{ order: -1, flex: '0 0 200px', alignSelf: 'flex-start', marginInlineEnd: 2, mt: 8, display: 'none', '@media (min-width: 1600px)': { display: 'block' } }}
      data-testid="saved-filters"
    >
      <CardContent>
        <SavedQueriesList />
      </CardContent>
    </Card>
  );
};

/** A column the column chooser does not offer: it is always shown. */
const PinnedCol = <R extends Complaint>(props: DataTableColumnProps<R>) =>
  useDataTableRenderContext() === 'columnsSelector' ? null : <DataTable.Col<R> {...props} />;

/** Clipped to two lines (the whole text in the tooltip): long subjects do not widen the table. */
const SubjectCell = () => {
  const record = useRecordContext<Complaint>();
  if (!record?.subject) return null;
  return (
    <Typography
      variant="body2"
      title={record.subject}
      sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' }}
    >
      {record.subject}
    </Typography>
  );
};

/**
 * The assignee, with the team under the name: one column says who and which queue. The director
 * assigns from here too (the same dialog as in the workspace), without opening the complaint.
 */
const AssigneeCell = () => {
  const record = useRecordContext<Complaint>();
  const quick = getStoredRole() === 'director' && record?.availableActions?.includes('assign');
  if (!record) return null;
  return (
    <Box data-testid="assignee-cell">
      <Typography variant="body2" component="div">
        {record.assigneeName ?? '—'}
        {quick && <ComplaintActionButton action="assign" compact />}
      </Typography>
      {record.teamName && (
        <Typography variant="caption" color="text.secondary" component="div">
          {record.teamName}
        </Typography>
      )}
    </Box>
  );
};

/**
 * Fit 1,280 px in every language: compact cell padding, dates and codes on one line, and a floor
 * under the text columns (Chinese text may break after any character, so without one the table
 * squeezes a column down to one character).
 */
const TABLE_SX = {
  '& .MuiTableCell-root': { paddingInline: 1 },
  '& .MuiTableCell-head': { whiteSpace: 'nowrap' },
  '& .column-receivedAt': { whiteSpace: 'nowrap' },
  '& .column-subject': { minWidth: '8em', maxWidth: 320 },
  '& .column-categoryId, & .column-assigneeId, & .column-teamId, & .column-customer\\.name': { minWidth: '6em' },
} as const;

/** A row that names its complaint (`data-code`): the end-to-end tests find rows by tracking code. */
const ComplaintRow = memo(
  forwardRef<HTMLTableRowElement, DataTableRowProps>((props, ref) => {
    const record = useRecordContext<Complaint>();
    return <DataTableRow ref={ref} {...props} data-testid="complaint-row" data-code={record?.trackingCode} />;
  })
);
ComplaintRow.displayName = 'ComplaintRow';

const ComplaintBody = (props: DataTableBodyProps) => <DataTableBody {...props} row={ComplaintRow} />;

/**
 * The rows' names come with the records (`categoryName`, `teamName`, `assigneeName`, docs/API.md):
 * the list asks for no teams, users or (in English) categories, and renders plain text.
 * The category's name is its English one: other languages name it from the categories in theirs.
 */
const CategoryName = () => {
  const [locale] = useLocaleState();
  return locale === CATEGORY_NAME_LOCALE ? (
    <TextField source="categoryName" />
  ) : (
    <LocalizedReferenceField source="categoryId" reference="categories" link={false} />
  );
};
const teamName = (record: Complaint) => record.teamName ?? '—';
const customerName = (record: Complaint) => record.customer?.name ?? '—';

/**
 * The complaint list: work queues as tabs, the API's filters, the SLA clock of the running stage.
 * Export is the server's CSV of the current selection (ComplaintExportButton), not react-admin's
 * exporter, which would page through getList.
 */
export const ComplaintList = () => {
  // Personal data only for the roles that may see it (the API sends nulls to the others anyway).
  // Synchronous checks: the table renders its final columns on its first render.
  const role = getStoredRole();
  const canSeePii = useRoleCan({ action: 'pii', resource: 'complaints' });
  // Assigning others (bulk or per row) is the director's; the others assign themselves in the workspace.
  const canAssign = role === 'director';
  const rowSx = useRowSx();
  const locales = useIntlLocale();
  const storeKey = columnsStoreKey(role);

  return (
    <List<Complaint>
      sort={COMPLAINT_LIST_DEFAULTS.sort}
      perPage={COMPLAINT_LIST_DEFAULTS.pagination.perPage}
      filters={complaintFilters}
      actions={<ListActions storeKey={storeKey} />}
      exporter={false}
      aside={<SavedFiltersAside />}
      // No separate empty page: the queue tabs stay, and the table says what its queue lacks.
      empty={false}
      // The table scrolls sideways inside the page when the columns a user chose are wider than
      // the window, instead of pushing the filter button and the last columns off screen.
      sx={{ '& .RaList-main': { minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' } }}
    >
      <QueueTabs />
      <DataTable<Complaint>
        rowClick="show"
        bulkActionButtons={canAssign ? <BulkAssignButton /> : false}
        rowSx={rowSx}
        body={ComplaintBody}
        storeKey={storeKey}
        hiddenColumns={defaultHiddenColumns(role)}
        empty={<QueueEmpty />}
        sx={TABLE_SX}
      >
        <DataTable.Col source="trackingCode">
          <TrackingCodeField source="trackingCode" />
        </DataTable.Col>
        <DataTable.Col source="receivedAt">
          <DateTimeField source="receivedAt" short />
        </DataTable.Col>
        <DataTable.Col source="subject">
          <SubjectCell />
        </DataTable.Col>
        {canSeePii && <DataTable.Col source="customer.name" disableSort render={customerName} />}
        <DataTable.Col source="status">
          <EnumField source="status" namespace="status" chip />
        </DataTable.Col>
        <DataTable.Col source="channel">
          <EnumField source="channel" namespace="channel" />
        </DataTable.Col>
        <DataTable.Col source="categoryId" disableSort>
          <CategoryName />
        </DataTable.Col>
        <DataTable.Col source="teamId" disableSort render={teamName} />
        <PinnedCol source="assigneeId" disableSort>
          <AssigneeCell />
        </PinnedCol>
        <DataTable.Col source="escalationLevel">
          <EnumField source="escalationLevel" namespace="escalation" />
        </DataTable.Col>
        <PinnedCol source="slaDueAt" label="resources.complaints.fields.sla">
          <SlaClockField />
        </PinnedCol>
        <DataTable.Col source="language">
          <EnumField source="language" namespace="language" />
        </DataTable.Col>
        <DataTable.NumberCol source="valueTier" locales={locales} />
      </DataTable>
    </List>
  );
};

export default ComplaintList;
