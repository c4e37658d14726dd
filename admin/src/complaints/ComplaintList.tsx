import { Card, CardContent, useTheme } from '@mui/material';
import { forwardRef, memo, useCallback } from 'react';
import {
  ColumnsButton,
  CreateButton,
  DataTable,
  DataTableBody,
  DataTableRow,
  type DataTableBodyProps,
  type DataTableRowProps,
  FilterButton,
  List,
  SavedQueriesList,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { LocalizedReferenceField } from '../common/localizedReference';
import { BulkAssignButton } from './BulkAssignButton';
import { complaintFilters } from './complaintFilters';
import { QueueTabs } from './QueueTabs';
import { useIntlLocale } from './useIntlLocale';
import { SlaClockField } from './SlaClockField';
import { currentSlaClock, type Complaint } from './types';
import { CATEGORY_NAME_LOCALE, COMPLAINT_LIST_DEFAULTS } from './listDefaults';
import { TrackingCodeField } from '../common/TrackingCodeField';
import { useRoleCan } from '../permissions/useRoleCan';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton storeKey="complaints.datatable" />
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
 * queue saved under a name, one click to come back to them. The filter button offers the same.
 */
const SavedFiltersAside = () => (
  <Card
    variant="outlined"
    sx={{ order: -1, flex: '0 0 220px', alignSelf: 'flex-start', marginInlineEnd: 2, mt: 8, display: { xs: 'none', lg: 'block' } }}
    data-testid="saved-filters"
  >
    <CardContent>
      <SavedQueriesList />
    </CardContent>
  </Card>
);

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
 * the list asks for no teams, users or (in English) categories, and renders plain text (issue #5).
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
const teamName = (record: Complaint) => record.teamName ?? null;
const assigneeName = (record: Complaint) => record.assigneeName ?? null;

/**
 * The complaint list: work queues as tabs, the API's filters, the SLA clock of the running stage.
 * Export is off: the API serves at most 100 rows a page, and reports (CSV) come with their own issue.
 */
export const ComplaintList = () => {
  // Personal data only for the roles that may see it (the API sends nulls to the others anyway).
  // Synchronous checks: the table renders its final columns on its first render.
  const canSeePii = useRoleCan({ action: 'pii', resource: 'complaints' });
  const canAssign = useRoleCan({ action: 'assign', resource: 'complaints' });
  const rowSx = useRowSx();
  const locales = useIntlLocale();

  return (
    <List<Complaint>
      sort={COMPLAINT_LIST_DEFAULTS.sort}
      perPage={COMPLAINT_LIST_DEFAULTS.pagination.perPage}
      filters={complaintFilters}
      actions={<ListActions />}
      exporter={false}
      aside={<SavedFiltersAside />}
      // The table scrolls sideways inside the page when its columns are wider than the window,
      // instead of pushing the filter button and the last columns off screen.
      sx={{ '& .RaList-main': { minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' } }}
    >
      <QueueTabs />
      <DataTable<Complaint>
        rowClick="show"
        bulkActionButtons={canAssign ? <BulkAssignButton /> : false}
        rowSx={rowSx}
        body={ComplaintBody}
        storeKey="complaints.datatable"
        hiddenColumns={['language', 'valueTier', 'teamId']}
      >
        <DataTable.Col source="trackingCode">
          <TrackingCodeField source="trackingCode" />
        </DataTable.Col>
        <DataTable.Col source="receivedAt" field={DateTimeField} />
        <DataTable.Col source="subject" />
        {canSeePii && <DataTable.Col source="customer.name" disableSort />}
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
        <DataTable.Col source="assigneeId" disableSort render={assigneeName} />
        <DataTable.Col source="escalationLevel">
          <EnumField source="escalationLevel" namespace="escalation" />
        </DataTable.Col>
        <DataTable.Col source="slaDueAt" label="resources.complaints.fields.sla">
          <SlaClockField />
        </DataTable.Col>
        <DataTable.Col source="language">
          <EnumField source="language" namespace="language" />
        </DataTable.Col>
        <DataTable.NumberCol source="valueTier" locales={locales} />
      </DataTable>
    </List>
  );
};

export default ComplaintList;
