import { Box, Paper, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  EditButton,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SingleFieldList,
  ChipField,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type ShowProps,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EIGHT_D, readEightD, readFiveWhys } from './cftReviewShape';
import { FishboneDiagram } from './FishboneDiagram';
import { CftReviewPrint, PrintButton } from './CftReviewPrint';
import { ConclusionPanel } from './ConclusionPanel';
import { TrackingCodeField } from '../common/TrackingCodeField';

const StatusText = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.status ? <span>{translate(`resources.cft-reviews.statuses.${record.status}`)}</span> : null;
};

const EightDSections = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const sections = readEightD(record.eightD);
  return (
    <Stack spacing={1} sx={{ width: '100%' }} data-testid="eight-d">
      {EIGHT_D.map((d) => (
        <Paper key={d} variant="outlined" sx={{ p: 1.5, textAlign: 'start' }}>
          <Typography variant="subtitle2">
            {d} · {translate(`resources.cft-reviews.eightD.${d}`)}
          </Typography>
          <Typography variant="body2" color={sections[d] ? 'text.primary' : 'text.disabled'} sx={{ whiteSpace: 'pre-wrap' }}>
            {sections[d] || translate('resources.cft-reviews.empty')}
          </Typography>
        </Paper>
      ))}
    </Stack>
  );
};

const FiveWhysChain = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const pairs = readFiveWhys(record.fiveWhys);
  if (pairs.length === 0) return <Typography variant="body2">{translate('resources.cft-reviews.empty')}</Typography>;
  return (
    <Box component="ol" sx={{ m: 0, ps: 3, width: '100%' }} data-testid="five-whys">
      {pairs.map((p, i) => (
        <Box component="li" key={i} sx={{ mb: 1.5 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.cft-reviews.fiveWhys.step', { n: i + 1 })}
          </Typography>
          {/* The why is written as a question already: shown as written, never wrapped in another "Why …?". */}
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {p.why}
          </Typography>
          <Typography variant="body2" sx={{ ps: 2, borderInlineStart: 3, borderColor: 'primary.light' }}>
            {p.answer || '—'}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

export const CftReviewShow = (props: ShowProps) => (
  <Show
    {...props}
    actions={
      <TopToolbar>
        <PrintButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.cft-reviews.tabs.general">
        <TextField source="title" />
        <StatusText />
        <ReferenceField source="leaderId" reference="users" emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <ReferenceArrayField source="memberIds" reference="users">
          <SingleFieldList linkType={false}>
            <ChipField source="username" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <TextField source="problemStatement" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="containment" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <ReferenceArrayField source="rootCauseIds" reference="root-causes">
          <SingleFieldList>
            <ChipField source="title" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceArrayField source="complaintIds" reference="complaints">
          <SingleFieldList>
            <TrackingCodeField source="trackingCode" />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceField source="massIncidentId" reference="mass-incidents" emptyText="—">
          <TextField source="title" />
        </ReferenceField>
        <ConclusionPanel />
        <DateTimeField source="concludedAt" />
        <ReferenceManyField reference="corrective-actions" target="cftReviewId" label="resources.cft-reviews.correctiveActions">
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
            <TextField source="title" />
            <DateTimeField source="dueAt" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.cft-reviews.tabs.eightD" path="8d">
        <EightDSections />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.cft-reviews.tabs.fiveWhys" path="5-whys">
        <FiveWhysChain />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.cft-reviews.tabs.fishbone" path="fishbone">
        <FishboneDiagram />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.cft-reviews.tabs.fieldVisit" path="field-visit">
        <DateTimeField source="fieldVisitAt" />
        <TextField source="fieldVisitPlan" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
    <CftReviewPrint />
    </>
  </Show>
);
