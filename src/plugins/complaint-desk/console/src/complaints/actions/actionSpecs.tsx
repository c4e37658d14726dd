import ApproveIcon from '@mui/icons-material/CheckCircle';
import AssessIcon from '@mui/icons-material/FactCheck';
import AssignIcon from '@mui/icons-material/AssignmentInd';
import ClaimIcon from '@mui/icons-material/Gavel';
import CloseIcon from '@mui/icons-material/Lock';
import DeclineIcon from '@mui/icons-material/Cancel';
import DecisionIcon from '@mui/icons-material/RecordVoiceOver';
import EscalateIcon from '@mui/icons-material/TrendingUp';
import ImplementIcon from '@mui/icons-material/Build';
import LinkIcon from '@mui/icons-material/Link';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import ProposeIcon from '@mui/icons-material/Lightbulb';
import ResolveIcon from '@mui/icons-material/TaskAlt';
import RetainIcon from '@mui/icons-material/Handshake';
import ReviewIcon from '@mui/icons-material/Groups';
import SendIcon from '@mui/icons-material/Send';
import SurveyIcon from '@mui/icons-material/StarRate';
import PinIcon from '@mui/icons-material/Password';
import type { ComponentType, ReactElement } from 'react';
import {
  AutocompleteInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/EnumField';
import { type ActionName, CHANNELS, CLAIM_REASONS, DECISIONS } from '@contract';
import { ProposalSummary } from '../ProposalPanel';
import { Code } from '../RegisteredDialog';
import type { Complaint } from '../types';
import { AssignInputs } from './AssignInputs';
import { ActionHint } from './ActionHint';
import { ProposeInputs, proposeBody } from './ProposeInputs';
import { compact } from './serverErrors';

type Values = Record<string, unknown>;

export interface ActionSpec {
  icon: ReactElement;
  /** The form of the action's body; none: the dialog only confirms. */
  /** `selfId`: the caller assigns themselves (Assign to me), only the team is chosen. */
  Inputs?: ComponentType<{ record: Complaint; selfId?: string }>;
  /** Shown above the inputs: what the action is about (e.g. the proposal to approve). */
  Summary?: ComponentType<{ record: Complaint }>;
  defaultValues?: (record: Complaint) => Values;
  /** The SPEC §8 body from the form values (without `version`, which the button adds). */
  toBody?: (values: Values, record: Complaint) => Values;
  /** The next step of the usual path: a filled button. */
  prominent?: boolean;
  /** Ends or turns back the case: a red button. */
  danger?: boolean;
  /** Shown once in the dialog after success, from the action's answer (a reissued PIN). */
  Result?: ComponentType<{ record: Complaint }>;
}

const text = (source: string, { optional = false, rows = 3 }: { optional?: boolean; rows?: number } = {}) => (
  <TextInput
    source={source}
    label={`resources.complaints.actions.fields.${source}`}
    multiline
    minRows={rows}
    fullWidth
    validate={optional ? undefined : required()}
  />
);

const decisionChoices = DECISIONS.map((d) => ({ id: d, name: `resources.complaints.actions.fields.${d}` }));

const AssessInputs = () => (
  <>
    <RadioButtonGroupInput source="decision" label="resources.complaints.actions.fields.decision" choices={decisionChoices} validate={required()} />
    {text('message', { rows: 4 })}
  </>
);

const ClaimInputs = () => (
  <SelectInput
    source="reason"
    label="resources.complaints.actions.fields.claim_reason"
    choices={enumChoices('claim_reason', CLAIM_REASONS)}
    validate={required()}
    fullWidth
  />
);

const LinkIncidentInputs = () => (
  <ReferenceInput source="massIncidentId" reference="mass-incidents" filter={{ status: 'open' }} sort={{ field: 'startedAt', order: 'DESC' }}>
    <AutocompleteInput
      label="resources.complaints.fields.massIncidentId"
      optionText="title"
      filterToQuery={(q: string) => (q ? { title_contains: q } : {})}
      validate={required()}
      fullWidth
    />
  </ReferenceInput>
);

const OpenReviewInputs = () => (
  <ReferenceInput source="cftReviewId" reference="cft-reviews" filter={{ status: ['planned', 'in_progress'] }} sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput
      label="resources.complaints.actions.fields.existing_review"
      helperText="resources.complaints.actions.fields.existing_review_help"
      optionText="title"
      filterToQuery={(q: string) => (q ? { title_contains: q } : {})}
      fullWidth
    />
  </ReferenceInput>
);

const CustomerDecisionInputs = ({ record }: { record: Complaint }) => {
  const translate = useTranslate();
  return (
    <>
      {record.responseRound >= 2 && (
        <ActionHint severity="warning">{translate('resources.complaints.actions.record-customer-decision.second_round')}</ActionHint>
      )}
      <RadioButtonGroupInput source="decision" label="resources.complaints.actions.fields.customer_decision" choices={decisionChoices} validate={required()} />
      <SelectInput source="channel" label="resources.complaints.actions.fields.decision_channel" choices={enumChoices('channel', CHANNELS)} validate={required()} fullWidth />
      {text('comment', { optional: true })}
    </>
  );
};

const SCORE_CHOICES = [1, 2, 3, 4, 5].map((score) => ({ id: score, name: String(score) }));

const SurveyInputs = () => (
  <>
    <RadioButtonGroupInput source="resultScore" label="resources.complaints.actions.fields.resultScore" choices={SCORE_CHOICES} translateChoice={false} validate={required()} />
    <RadioButtonGroupInput source="processScore" label="resources.complaints.actions.fields.processScore" choices={SCORE_CHOICES} translateChoice={false} validate={required()} />
    {text('comment', { optional: true })}
  </>
);

/** The reissued PIN, shown once: the answer to the action is the only place it exists in clear. */
const ReissuedPin = ({ record }: { record: Complaint }) => {
  const translate = useTranslate();
  if (!record.pin) return null;
  return (
    <>
      <Code label={translate('resources.complaints.register.pin')} value={record.pin} name="pin" testId="reissued-pin" />
      <ActionHint severity="info">{translate('resources.complaints.actions.reissue-pin.once')}</ActionHint>
    </>
  );
};

const ReissuePinInputs = () => (
  <SelectInput
    source="channel"
    label="resources.complaints.actions.fields.request_channel"
    choices={enumChoices('channel', CHANNELS)}
    fullWidth
  />
);

const ProposalOfRecord = ({ record }: { record: Complaint }) => (record.proposal ? <ProposalSummary proposal={record.proposal} /> : null);

/** Every complaint action of SPEC §8: its icon, form and body. */
export const ACTION_SPECS: Record<ActionName, ActionSpec> = {
  assess: {
    icon: <AssessIcon />,
    prominent: true,
    Inputs: AssessInputs,
    toBody: (v) => ({ decision: v.decision, message: v.message }),
  },
  assign: {
    icon: <AssignIcon />,
    prominent: true,
    Inputs: AssignInputs,
    defaultValues: (record) => ({ teamId: record.teamId ?? undefined, assigneeId: undefined }),
    toBody: (v) => compact({ assigneeId: v.assigneeId, teamId: v.teamId }),
  },
  escalate: {
    icon: <EscalateIcon />,
    Inputs: () => text('reason'),
    toBody: (v) => ({ reason: v.reason }),
  },
  retain: {
    icon: <RetainIcon />,
    Inputs: () => text('outcome'),
    toBody: (v) => ({ outcome: v.outcome }),
  },
  'file-claim': {
    icon: <ClaimIcon />,
    Inputs: ClaimInputs,
    toBody: (v) => ({ reason: v.reason }),
  },
  'link-incident': {
    icon: <LinkIcon />,
    Inputs: LinkIncidentInputs,
    toBody: (v) => ({ massIncidentId: v.massIncidentId }),
  },
  'unlink-incident': {
    icon: <LinkOffIcon />,
    toBody: () => ({}),
  },
  'open-review': {
    icon: <ReviewIcon />,
    Inputs: OpenReviewInputs,
    toBody: (v) => compact({ cftReviewId: v.cftReviewId }),
  },
  propose: {
    icon: <ProposeIcon />,
    prominent: true,
    Inputs: ProposeInputs,
    defaultValues: () => ({ internalKind: 'none' }),
    toBody: proposeBody,
  },
  approve: {
    icon: <ApproveIcon />,
    prominent: true,
    Summary: ProposalOfRecord,
    Inputs: () => text('comment', { optional: true, rows: 2 }),
    toBody: (v) => compact({ comment: v.comment }),
  },
  decline: {
    icon: <DeclineIcon />,
    danger: true,
    Summary: ProposalOfRecord,
    Inputs: () => text('comment'),
    toBody: (v) => ({ comment: v.comment }),
  },
  'send-to-customer': {
    icon: <SendIcon />,
    prominent: true,
    Summary: ProposalOfRecord,
    toBody: () => ({}),
  },
  'record-customer-decision': {
    icon: <DecisionIcon />,
    prominent: true,
    Inputs: CustomerDecisionInputs,
    defaultValues: (record) => ({ channel: record.channel }),
    toBody: (v) => compact({ decision: v.decision, channel: v.channel, comment: v.comment }),
  },
  implement: {
    icon: <ImplementIcon />,
    prominent: true,
    Inputs: () => text('note', { optional: true }),
    toBody: (v) => compact({ note: v.note }),
  },
  resolve: {
    icon: <ResolveIcon />,
    prominent: true,
    Inputs: () => text('resolution', { rows: 4 }),
    toBody: (v) => ({ resolution: v.resolution }),
  },
  'record-survey': {
    icon: <SurveyIcon />,
    prominent: true,
    Inputs: SurveyInputs,
    toBody: (v) => compact({ resultScore: Number(v.resultScore), processScore: Number(v.processScore), comment: v.comment }),
  },
  close: {
    icon: <CloseIcon />,
    prominent: true,
    toBody: () => ({}),
  },
  'reissue-pin': {
    icon: <PinIcon />,
    Inputs: ReissuePinInputs,
    defaultValues: (record) => ({ channel: record.channel }),
    toBody: (v) => compact({ channel: v.channel }),
    Result: ReissuedPin,
  },
};
