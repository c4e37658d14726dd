import { TrackingCodeField } from '../common/TrackingCodeField';
import { Typography } from '@mui/material';
import {
  Datagrid,
  EditButton,
  Pagination,
  ReferenceField,
  ReferenceManyCount,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
  type ShowProps,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { BulkMessageForm } from './BulkMessageForm';
import { LinkComplaintsButton } from './LinkComplaintsButton';
import { MassIncidentEnumField } from './MassIncidentFields';
import { UnlinkComplaintButton } from './UnlinkComplaintButton';

const ShowActions = () => (
  <TopToolbar>
    <LinkComplaintsButton />
    <EditButton />
  </TopToolbar>
);

const LinkedComplaintsLabel = () => {
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.mass-incidents.tabs.complaints')} (<ReferenceManyCount reference="complaints" target="massIncidentId" />)
    </span>
  );
};

export const MassIncidentShow = (props: ShowProps) => {
  const translate = useTranslate();
  return (
    <Show {...props} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.mass-incidents.tabs.details">
          <TextField source="title" />
          <MassIncidentEnumField source="status" group="statuses" chip />
          <MassIncidentEnumField source="area" group="areas" />
          <TextField source="region" emptyText="—" />
          <ReferenceField source="categoryId" reference="categories" emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <DateTimeField source="startedAt" />
          <DateTimeField source="endedAt" />
          <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          <TextField source="handlingAlgorithm" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={<LinkedComplaintsLabel />} path="complaints">
          <Typography variant="body2" color="text.secondary">
            {translate('resources.mass-incidents.link.help')}
          </Typography>
          <ReferenceManyField
            reference="complaints"
            target="massIncidentId"
            sort={{ field: 'receivedAt', order: 'DESC' }}
            perPage={25}
            pagination={<Pagination />}
            label={false}
          >
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<Typography variant="body2">{translate('resources.mass-incidents.link.none')}</Typography>}>
              <TrackingCodeField source="trackingCode" label="resources.mass-incidents.complaint.trackingCode" />
              <TextField source="subject" label="resources.mass-incidents.complaint.subject" />
              <TextField source="customer.name" label="resources.mass-incidents.complaint.customer" sortable={false} />
              <EnumField source="status" namespace="status" chip label="resources.mass-incidents.complaint.status" />
              <DateTimeField source="receivedAt" label="resources.mass-incidents.complaint.receivedAt" />
              <UnlinkComplaintButton />
            </Datagrid>
          </ReferenceManyField>
          <BulkMessageForm />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
