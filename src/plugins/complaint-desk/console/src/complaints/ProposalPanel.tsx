import { Box, Chip, Stack, Typography } from '@mui/material';
import { ReferenceField, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatNumber } from '../i18n/locales';
import { Panel } from './Panel';
import type { Proposal } from '@contract';
import type { Complaint } from './types';

const money = (amount: number, currency: string | undefined, locale: string) => {
  try {
    return currency ? formatNumber(amount, locale, { style: 'currency', currency }) : formatNumber(amount, locale);
  } catch {
    return `${formatNumber(amount, locale)} ${currency ?? ''}`.trim();
  }
};

/** The two sides of a proposed response (SPEC §2): what the customer is offered, and what is done inside. */
export const ProposalSummary = ({ proposal }: { proposal: Proposal }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { external, internal } = proposal;
  return (
    <Stack spacing={1.5} sx={{ mb: 2 }} data-proposal>
      <Box>
        <Typography variant="overline" color="text.secondary">
          {translate('resources.complaints.proposal.external')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="span">
            {translate(`app.response_type.${external.type}`, { _: external.type })}
          </Typography>
          {external.amount !== undefined && external.amount !== null && (
            <Chip size="small" color="primary" variant="outlined" label={money(external.amount, external.currency, locale)} />
          )}
        </Stack>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {external.description}
        </Typography>
      </Box>
      <Box>
        <Typography variant="overline" color="text.secondary">
          {translate('resources.complaints.proposal.internal')}
        </Typography>
        {'correctiveActionId' in internal ? (
          <Typography variant="body2" component="div">
            {translate('resources.complaints.proposal.corrective_action')}:{' '}
            <ReferenceField record={internal} source="correctiveActionId" reference="corrective-actions" link="show">
              <TextField source="title" />
            </ReferenceField>
          </Typography>
        ) : (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {translate('resources.complaints.proposal.no_action')}: {internal.reason}
          </Typography>
        )}
      </Box>
    </Stack>
  );
};

/** The current proposal of the workspace, with its round and where it stands. */
export const ProposalPanel = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.proposal) return null;
  const { proposal } = record;
  return (
    <Panel
      title={translate('resources.complaints.proposal.title')}
      data-panel="proposal"
      action={
        <Stack direction="row" spacing={1}>
          <Chip size="small" label={translate('resources.complaints.proposal.round', { round: formatNumber(proposal.round ?? record.responseRound, locale) })} />
          {proposal.status && (
            <Chip size="small" variant="outlined" label={translate(`resources.complaints.proposal.status.${proposal.status}`)} />
          )}
        </Stack>
      }
    >
      <ProposalSummary proposal={proposal} />
    </Panel>
  );
};
