import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatTrackingCode } from '../common/trackingCode';
import { ProposalSummary } from '../complaints/ProposalPanel';
import { SlaStateChip } from '../complaints/SlaClockField';
import { formatNumber, formatShortDateTime } from '../i18n/locales';
import type { InboxItem } from './types';

/** The complaint an approval is about: code, subject, the customer's value tier and the SLA. */
export const ApprovalComplaint = ({ item }: { item: InboxItem }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box data-testid="approval-complaint">
      <Typography variant="body2" component="div" dir="ltr" sx={{ fontFamily: 'monospace', textAlign: 'start' }} data-code={item.trackingCode}>
        {formatTrackingCode(item.trackingCode)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ fontWeight: 500 }}>
        {item.subject}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
        {item.slaState && <SlaStateChip state={item.slaState} />}
        {item.valueTier !== null && (
          <Chip size="small" variant="outlined" label={translate('resources.approvals.inbox.value_tier', { tier: formatNumber(item.valueTier, locale) })} />
        )}
        {item.slaDueAt && item.slaState !== 'met' && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.sla.due', { date: formatShortDateTime(item.slaDueAt, locale) })}
          </Typography>
        )}
      </Stack>
    </Box>
  );
};

/** What earlier steps decided on this proposal, with their comments. */
export const EarlierDecisions = ({ item }: { item: InboxItem }) => {
  const translate = useTranslate();
  if (!item.earlier.length) return null;
  return (
    <Stack spacing={0.5} data-testid="approval-earlier">
      {item.earlier.map((e) => (
        <Typography key={e.step} variant="body2" component="div">
          {translate('resources.approvals.inbox.earlier', {
            role: translate(`app.roles.${e.requiredRole}`),
            name: e.decidedByName ?? '—',
            decision: translate(`resources.approvals.decisions.${e.decision}`),
          })}
          {e.comment ? `: “${e.comment}”` : ''}
        </Typography>
      ))}
    </Stack>
  );
};

/** Everything an approver decides on, for the decision dialog. */
export const ApprovalContext = ({ item }: { item: InboxItem }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} data-testid="approval-context">
      <ApprovalComplaint item={item} />
      {item.proposal ? (
        <ProposalSummary proposal={item.proposal} />
      ) : (
        <Typography variant="body2">—</Typography>
      )}
      {item.earlier.length > 0 && (
        <Box>
          <Typography variant="overline" color="text.secondary">
            {translate('resources.approvals.inbox.earlier_title')}
          </Typography>
          <EarlierDecisions item={item} />
        </Box>
      )}
    </Stack>
  );
};

/** Inbox cell: the proposal in two lines — type and amount, then the description, clipped. */
export const ProposalCell = () => {
  const item = useRecordContext<InboxItem>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!item?.proposal) return <>—</>;
  const { external, internal } = item.proposal;
  const amount =
    external.amount !== undefined && external.amount !== null
      ? `${formatNumber(external.amount, locale)} ${external.currency ?? ''}`.trim()
      : null;
  return (
    <Box sx={{ maxWidth: 360 }} data-testid="approval-proposal">
      <Typography variant="body2" component="div" sx={{ fontWeight: 500 }}>
        {translate(`app.response_type.${external.type}`, { _: external.type })}
        {amount ? ` · ${amount}` : ''}
      </Typography>
      <Typography variant="body2" component="div" title={external.description} sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
        {external.description}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {'correctiveActionId' in internal
          ? translate('resources.complaints.proposal.corrective_action')
          : `${translate('resources.complaints.proposal.no_action')}: ${internal.reason}`}
      </Typography>
    </Box>
  );
};

export const ComplaintCell = () => {
  const item = useRecordContext<InboxItem>();
  return item ? <ApprovalComplaint item={item} /> : null;
};

export const EarlierCell = () => {
  const item = useRecordContext<InboxItem>();
  if (!item) return null;
  return item.earlier.length ? <EarlierDecisions item={item} /> : <>—</>;
};
