import PersonOffIcon from '@mui/icons-material/PersonOff';
import WarningIcon from '@mui/icons-material/ReportProblem';
import { Box, Chip, Grid, Stack, Tab, Tabs, Tooltip, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  DataTable,
  Labeled,
  ListButton,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { LocalizedReferenceField } from '../common/localizedReference';
import { formatNumber } from '../i18n/locales';
import { ACTION_NAMES, type ApprovalDecision, CUSTOMER_STATUS } from '@contract';
import { ComplaintActionButton } from './actions/ComplaintActionButton';
import { ComplaintTimeline } from './ComplaintTimeline';
import { Panel } from './Panel';
import { ProposalPanel } from './ProposalPanel';
import { useIntlLocale } from './useIntlLocale';
import { SlaStageRow } from './SlaClockField';
import { TranslatedValueField } from './TranslatedValueField';
import { HandlingAlgorithmPanel } from '../mass-incidents/HandlingAlgorithmPanel';
import type { Complaint } from './types';
import { formatTrackingCode } from '../common/TrackingCodeField';

const ComplaintTitle = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  return <>{record ? translate('resources.complaints.workspace.title', { code: formatTrackingCode(record.trackingCode) }) : ''}</>;
};

/** The actions the caller may take now, in lifecycle order (each hides itself otherwise). */
const ComplaintActionBar = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record) return null;
  const none = !record.availableActions?.length;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-action-bar>
      {ACTION_NAMES.map((action) => (
        <ComplaintActionButton key={action} action={action} />
      ))}
      {none && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.complaints.workspace.no_actions')}
        </Typography>
      )}
    </Stack>
  );
};

const ComplaintHeader = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Panel
      data-panel="header"
      title={
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }} component="span">
          <Box component="span" sx={{ fontFamily: 'monospace' }} data-tracking-code data-testid="complaint-code" dir="ltr">
            {formatTrackingCode(record.trackingCode)}
          </Box>
          <Box component="span">{record.subject}</Box>
        </Stack>
      }
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Box component="span" data-testid="complaint-status" data-value={record.status}>
            <EnumField source="status" namespace="status" chip />
          </Box>
          <Tooltip title={translate('resources.complaints.workspace.customer_sees_help')}>
            <Chip
              size="small"
              variant="outlined"
              label={translate('resources.complaints.workspace.customer_sees', {
                status: translate(`resources.complaints.customer_status.${CUSTOMER_STATUS[record.status]}`),
              })}
            />
          </Tooltip>
          <Chip size="small" variant="outlined" label={translate(`app.escalation.${record.escalationLevel}`)} />
          {record.escalationLevel === 'claim' && record.claimReason && (
            <Chip size="small" variant="outlined" label={translate(`app.claim_reason.${record.claimReason}`)} />
          )}
          {record.responseRound >= 2 && (
            <Chip size="small" color="warning" label={translate('resources.complaints.proposal.round', { round: formatNumber(record.responseRound, locale) })} />
          )}
          {record.massIncidentId && (
            <Chip size="small" color="info" icon={<WarningIcon />} label={translate('resources.complaints.workspace.mass_incident')} />
          )}
          {record.subjectStaffId && (
            <Tooltip title={translate('resources.complaints.workspace.about_staff_help')}>
              <Chip size="small" color="warning" icon={<PersonOffIcon />} label={translate('resources.complaints.workspace.about_staff')} />
            </Tooltip>
          )}
        </Stack>
        <ComplaintActionBar />
      </Stack>
    </Panel>
  );
};

const TextBlock = ({ label, value }: { label: string; value: string | null | undefined }) => {
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Box>
      <Typography variant="overline" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value}
      </Typography>
    </Box>
  );
};

/** What the customer says and asks for, and what staff answered so far. */
const ComplaintContentPanel = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Panel title={translate('resources.complaints.workspace.complaint')} data-panel="content">
      <Stack spacing={2}>
        <TextBlock label="resources.complaints.fields.description" value={record.description} />
        <TextBlock label="resources.complaints.fields.requestedRemedy" value={record.requestedRemedy} />
        <TextBlock label="resources.complaints.fields.assessmentMessage" value={record.assessmentMessage} />
        <TextBlock label="resources.complaints.fields.retentionOutcome" value={record.retentionOutcome} />
        <TextBlock label="resources.complaints.fields.resolution" value={record.resolution} />
      </Stack>
    </Panel>
  );
};

const SlaPanel = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  const stages = record?.sla?.stages ?? [];
  return (
    <Panel title={translate('app.sla.title')} data-panel="sla">
      {stages.length ? (
        <Stack spacing={1.5}>
          {stages.map((clock) => (
            <SlaStageRow key={clock.stage} clock={clock} />
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('app.common.none')}
        </Typography>
      )}
    </Panel>
  );
};

/** Personal data: only for roles that may see it (the API masks it as null for the others). */
const CustomerPanel = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  const { canAccess: canSeePii } = useCanAccess({ action: 'pii', resource: 'complaints' });
  const locales = useIntlLocale();
  if (!record) return null;
  return (
    <Panel title={translate('resources.complaints.workspace.customer')} data-panel="customer" data-testid="customer-panel">
      {canSeePii && record.customer ? (
        <Stack spacing={1}>
          <Labeled source="customer.name">
            {record.customerId ? (
              <ReferenceField source="customerId" reference="customers" link="show">
                <TextField source="name" />
              </ReferenceField>
            ) : (
              <TextField source="customer.name" />
            )}
          </Labeled>
          <Labeled source="customer.phone">
            {/* An attribute, not CSS: the RTL style plugin would flip `direction` too. */}
            <Typography component="span" variant="body2" dir="ltr">
              {record.customer.phone ?? '—'}
            </Typography>
          </Labeled>
          <Labeled source="customer.email">
            <TextField source="customer.email" emptyText="—" />
          </Labeled>
          <Labeled source="contactPreference">
            <EnumField source="contactPreference" namespace="contact_preference" />
          </Labeled>
          <Labeled source="language">
            <EnumField source="language" namespace="language" />
          </Labeled>
          <Labeled source="valueTier">
            <NumberField source="valueTier" locales={locales} />
          </Labeled>
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary" data-pii-hidden data-testid="customer-hidden">
          {translate('resources.complaints.workspace.pii_hidden')}
        </Typography>
      )}
    </Panel>
  );
};

const Item = ({ children }: { children: ReactNode }) => <Grid size={{ xs: 12, sm: 6 }}>{children}</Grid>;

/** Where the complaint came from, who holds it and what it is linked to. */
const HandlingPanel = () => {
  const translate = useTranslate();
  return (
    <Panel title={translate('resources.complaints.workspace.handling')} data-panel="handling">
      <Grid container spacing={1.5}>
        <Item>
          <Labeled source="channel">
            <EnumField source="channel" namespace="channel" />
          </Labeled>
        </Item>
        <Item>
          <Labeled source="receivedAt">
            <DateTimeField source="receivedAt" />
          </Labeled>
        </Item>
        <Item>
          <Labeled source="categoryId">
            <LocalizedReferenceField source="categoryId" reference="categories" emptyText="—" />
          </Labeled>
        </Item>
        <Item>
          <Labeled source="teamId">
            <ReferenceField source="teamId" reference="teams" link="show" emptyText="—">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
        </Item>
        <Item>
          <Labeled source="assigneeId">
            <ReferenceField source="assigneeId" reference="users" link={false} emptyText="—">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
        </Item>
        <Item>
          <Labeled source="registeredById">
            <ReferenceField source="registeredById" reference="users" link={false} emptyText="—">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
        </Item>
        <Item>
          <Labeled source="massIncidentId">
            <ReferenceField source="massIncidentId" reference="mass-incidents" link="show" emptyText="—">
              <TextField source="title" />
            </ReferenceField>
          </Labeled>
        </Item>
        <Item>
          <Labeled source="cftReviewId">
            <ReferenceField source="cftReviewId" reference="cft-reviews" link="show" emptyText="—">
              <TextField source="title" />
            </ReferenceField>
          </Labeled>
        </Item>
        <Item>
          <Labeled source="slaPolicyId">
            <ReferenceField source="slaPolicyId" reference="sla-policies" link="show" emptyText="—">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
        </Item>
        <Item>
          <Labeled source="subjectStaffId">
            <ReferenceField source="subjectStaffId" reference="users" link={false} emptyText="—">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
        </Item>
        <Item>
          <Labeled source="acknowledgedAt">
            <DateTimeField source="acknowledgedAt" />
          </Labeled>
        </Item>
        <Item>
          <Labeled source="updatedAt">
            <DateTimeField source="updatedAt" />
          </Labeled>
        </Item>
      </Grid>
    </Panel>
  );
};

const ApprovalsTab = () => {
  const locales = useIntlLocale();
  return (
    <ReferenceManyField reference="approvals" target="complaintId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}>
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyTab />}>
        <DataTable.NumberCol locales={locales} source="round" label="resources.complaints.workspace.approvals.round" />
        <DataTable.NumberCol locales={locales} source="step" label="resources.complaints.workspace.approvals.step" />
        <DataTable.Col source="requiredRole" label="resources.complaints.workspace.approvals.requiredRole">
          <EnumField source="requiredRole" namespace="roles" />
        </DataTable.Col>
        <DataTable.Col source="decision" label="resources.complaints.workspace.approvals.decision">
          <DecisionChip />
        </DataTable.Col>
        <DataTable.Col source="decidedById" label="resources.complaints.workspace.approvals.decidedById">
          <ReferenceField source="decidedById" reference="users" link={false}>
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="decidedAt" label="resources.complaints.workspace.approvals.decidedAt" field={DateTimeField} />
        <DataTable.Col source="comment" label="resources.complaints.workspace.approvals.comment" />
      </DataTable>
    </ReferenceManyField>
  );
};

const DecisionChip = () => {
  const record = useRecordContext<{ id: string; decision: ApprovalDecision }>();
  const translate = useTranslate();
  if (!record) return null;
  const color = record.decision === 'approved' ? 'success' : record.decision === 'declined' ? 'error' : 'default';
  return <Chip size="small" color={color} label={translate(`resources.complaints.workspace.approvals.decisions.${record.decision}`)} />;
};

const SurveysTab = () => {
  const locales = useIntlLocale();
  return (
    <ReferenceManyField reference="surveys" target="complaintId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}>
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyTab />}>
        <DataTable.Col source="createdAt" label="resources.complaints.workspace.surveys.createdAt" field={DateTimeField} />
        <DataTable.NumberCol locales={locales} source="round" label="resources.complaints.workspace.surveys.round" />
        <DataTable.NumberCol locales={locales} source="resultScore" label="resources.complaints.actions.fields.resultScore" />
        <DataTable.NumberCol locales={locales} source="processScore" label="resources.complaints.actions.fields.processScore" />
        <DataTable.Col source="comment" label="resources.complaints.workspace.surveys.comment" />
      </DataTable>
    </ReferenceManyField>
  );
};

const CorrectiveActionsTab = () => (
  <ReferenceManyField reference="corrective-actions" target="complaintId" sort={{ field: 'dueAt', order: 'ASC' }} perPage={50}>
    <DataTable bulkActionButtons={false} rowClick="show" empty={<EmptyTab />}>
      <DataTable.Col source="title" label="resources.complaints.workspace.corrective_actions.title" />
      <DataTable.Col source="status" label="resources.complaints.workspace.corrective_actions.status">
        <TranslatedValueField source="status" prefix="resources.complaints.workspace.corrective_actions.statuses." />
      </DataTable.Col>
      <DataTable.Col source="dueAt" label="resources.complaints.workspace.corrective_actions.dueAt" field={DateTimeField} />
    </DataTable>
  </ReferenceManyField>
);

const NotificationsTab = () => {
  const locales = useIntlLocale();
  return (
    <ReferenceManyField reference="notifications" target="complaintId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}>
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyTab />}>
        <DataTable.Col source="createdAt" label="resources.complaints.workspace.notifications.createdAt" field={DateTimeField} />
        <DataTable.Col source="channel" label="resources.complaints.workspace.notifications.channel">
          <EnumField source="channel" namespace="channel" />
        </DataTable.Col>
        <DataTable.Col source="template" label="resources.complaints.workspace.notifications.template">
          <TranslatedValueField
            source="template"
            prefix="resources.complaints.workspace.notifications.templates."
            pick={(template) => template.split('.')[0]}
          />
        </DataTable.Col>
        <DataTable.Col source="locale" label="resources.complaints.workspace.notifications.locale">
          <EnumField source="locale" namespace="language" />
        </DataTable.Col>
        <DataTable.Col source="status" label="resources.complaints.workspace.notifications.status">
          <TranslatedValueField source="status" prefix="resources.complaints.workspace.notifications.statuses." />
        </DataTable.Col>
        <DataTable.NumberCol locales={locales} source="attempts" label="resources.complaints.workspace.notifications.attempts" />
        <DataTable.Col source="sentAt" label="resources.complaints.workspace.notifications.sentAt" field={DateTimeField} />
      </DataTable>
    </ReferenceManyField>
  );
};

const EmptyTab = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate('resources.complaints.workspace.empty')}
    </Typography>
  );
};

type HistoryTab = 'timeline' | 'approvals' | 'surveys' | 'corrective_actions' | 'notifications';

/** The record's history: audit trail, approvals, surveys, CAPA, outbox; only the open tab loads. */
const HistoryPanel = () => {
  const translate = useTranslate();
  const [tab, setTab] = useState<HistoryTab>('timeline');
  const { canAccess: canSeeNotifications } = useCanAccess({ action: 'list', resource: 'notifications' });
  const tabs: HistoryTab[] = ['timeline', 'approvals', 'surveys', 'corrective_actions', ...(canSeeNotifications ? (['notifications'] as const) : [])];
  return (
    <Panel title={translate('resources.complaints.workspace.history')} data-panel="history">
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={tab} onChange={(_event, value: HistoryTab) => setTab(value)} variant="scrollable" scrollButtons="auto">
          {tabs.map((value) => (
            <Tab key={value} value={value} label={translate(`resources.complaints.workspace.tabs.${value}`)} data-tab={value} />
          ))}
        </Tabs>
      </Box>
      {tab === 'timeline' && <ComplaintTimeline />}
      {tab === 'approvals' && <ApprovalsTab />}
      {tab === 'surveys' && <SurveysTab />}
      {tab === 'corrective_actions' && <CorrectiveActionsTab />}
      {tab === 'notifications' && <NotificationsTab />}
    </Panel>
  );
};

const ComplaintWorkspace = () => {
  const record = useRecordContext<Complaint>();
  if (!record) return null;
  return (
    <Grid container spacing={2} sx={{ mt: 1 }} data-workspace>
      <Grid size={12}>
        <ComplaintHeader />
      </Grid>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Stack spacing={2}>
          <HandlingAlgorithmPanel />
          <ComplaintContentPanel />
          <ProposalPanel />
          <HistoryPanel />
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Stack spacing={2}>
          <SlaPanel />
          <CustomerPanel />
          <HandlingPanel />
        </Stack>
      </Grid>
    </Grid>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/**
 * The complaint workspace: everything about one complaint on one page, and the lifecycle actions
 * the caller may take now (the record's `availableActions`, through `canAccess`).
 */
export const ComplaintShow = () => (
  <Show<Complaint> title={<ComplaintTitle />} actions={<ShowActions />} component="div" sx={{ '& .RaShow-main': { mt: 0 } }}>
    <ComplaintWorkspace />
  </Show>
);

export default ComplaintShow;
