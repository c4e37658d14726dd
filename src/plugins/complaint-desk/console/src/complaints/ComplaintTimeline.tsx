import ArrowIcon from '@mui/icons-material/ArrowRightAlt';
import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Pagination,
  RecordContextProvider,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useListContext,
  useLocaleState,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CLAIM_REASONS } from '@contract';
import { formatDateTime, formatNumber } from '../i18n/locales';

interface ComplaintEvent extends RaRecord<string> {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorId: string | null;
  actorRole: string | null;
  payload: Record<string, unknown> | null;
  createdAt: string;
}

/** Free text the actor wrote, quoted as is. */
const TEXT_KEYS = ['message', 'reason', 'comment', 'outcome', 'resolution', 'note', 'recourse'] as const;
/** Ids of other records, shown by name. */
const REFERENCE_KEYS: Record<string, { reference: string; source: string }> = {
  assigneeId: { reference: 'users', source: 'name' },
  teamId: { reference: 'teams', source: 'name' },
  massIncidentId: { reference: 'mass-incidents', source: 'title' },
  cftReviewId: { reference: 'cft-reviews', source: 'title' },
};

const Detail = ({ label, children }: { label: string; children: ReactNode }) => (
  <Typography variant="body2" component="div">
    <Box component="span" sx={{ color: 'text.secondary', marginInlineEnd: 0.5 }}>
      {label}:
    </Box>
    {children}
  </Typography>
);

/** What an event's payload says, in the console's language; ids become names, enums labels. */
const EventPayload = ({ event }: { event: ComplaintEvent }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const payload = event.payload ?? {};
  const label = (key: string) => translate(`resources.complaints.timeline.payload.${key}`);
  const details: ReactNode[] = [];

  const external = payload.external as { type?: string; description?: string; amount?: number; currency?: string } | undefined;
  if (external?.type) {
    const amount = typeof external.amount === 'number' ? ` · ${formatNumber(external.amount, locale)} ${external.currency ?? ''}` : '';
    details.push(
      <Detail key="external" label={label('external')}>
        {translate(`app.response_type.${external.type}`, { _: external.type })}
        {amount}
        {external.description ? ` — ${external.description}` : ''}
      </Detail>
    );
  }
  const internal = payload.internal as { none?: boolean; reason?: string; correctiveActionId?: string } | undefined;
  if (internal?.none) {
    details.push(
      <Detail key="internal" label={label('internal')}>
        {translate('resources.complaints.proposal.no_action')}
        {internal.reason ? ` — ${internal.reason}` : ''}
      </Detail>
    );
  } else if (internal?.correctiveActionId) {
    details.push(
      <Detail key="internal" label={label('internal')}>
        <ReferenceField record={internal} source="correctiveActionId" reference="corrective-actions" link="show">
          <TextField source="title" />
        </ReferenceField>
      </Detail>
    );
  }
  if (typeof payload.decision === 'string') {
    details.push(
      <Detail key="decision" label={label('decision')}>
        {translate(`resources.complaints.actions.fields.${payload.decision}`, { _: payload.decision })}
      </Detail>
    );
  }
  if (typeof payload.channel === 'string') {
    details.push(
      <Detail key="channel" label={label('channel')}>
        {translate(`app.channel.${payload.channel}`, { _: payload.channel })}
      </Detail>
    );
  }
  if (typeof payload.stage === 'string') {
    const threshold = typeof payload.threshold === 'string' ? ` · ${translate(`app.sla.state.${payload.threshold}`, { _: payload.threshold })}` : '';
    details.push(
      <Detail key="stage" label={label('stage')}>
        {translate(`app.sla.stage.${payload.stage}`, { _: payload.stage })}
        {threshold}
      </Detail>
    );
  }
  if (typeof payload.dueAt === 'string') {
    details.push(
      <Detail key="dueAt" label={label('dueAt')}>
        {formatDateTime(payload.dueAt, locale)}
      </Detail>
    );
  }
  for (const key of ['resultScore', 'processScore', 'round', 'step'] as const) {
    if (typeof payload[key] === 'number') {
      details.push(
        <Detail key={key} label={label(key)}>
          {formatNumber(payload[key] as number, locale)}
        </Detail>
      );
    }
  }
  if (payload.reopened === true) {
    details.push(
      <Typography key="reopened" variant="body2" color="warning.main">
        {label('reopened')}
      </Typography>
    );
  }
  for (const [key, { reference, source }] of Object.entries(REFERENCE_KEYS)) {
    if (typeof payload[key] === 'string') {
      details.push(
        <Detail key={key} label={label(key)}>
          <ReferenceField record={payload as RaRecord} source={key} reference={reference} link={false}>
            <TextField source={source} />
          </ReferenceField>
        </Detail>
      );
    }
  }
  for (const key of TEXT_KEYS) {
    const value = payload[key];
    if (typeof value !== 'string' || !value) continue;
    // file-claim's reason is a code, not prose.
    const shown =
      key === 'reason' && (CLAIM_REASONS as readonly string[]).includes(value) ? translate(`app.claim_reason.${value}`) : value;
    details.push(
      <Detail key={key} label={label(key)}>
        <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
          {shown}
        </Box>
      </Detail>
    );
  }
  return details.length ? <Stack spacing={0.25}>{details}</Stack> : null;
};

const TimelineItem = ({ event }: { event: ComplaintEvent }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const changed = event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus;
  return (
    <Box
      component="li"
      data-event={event.action}
      data-testid="timeline-event"
      data-action={event.action}
      sx={(theme) => ({
        position: 'relative',
        listStyle: 'none',
        paddingInlineStart: 3,
        pb: 2,
        borderInlineStart: `2px solid ${theme.palette.divider}`,
        '&:last-of-type': { borderInlineStartColor: 'transparent' },
        '&::before': {
          content: '""',
          position: 'absolute',
          insetInlineStart: -7,
          top: 2,
          width: 12,
          height: 12,
          borderRadius: '50%',
          bgcolor: event.actorRole === 'system' ? 'grey.500' : 'primary.main',
        },
      })}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="span">
          {translate(`app.action.${event.action}`, { _: event.action })}
        </Typography>
        {changed && (
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Chip size="small" variant="outlined" label={translate(`app.status.${event.fromStatus}`)} />
            <ArrowIcon fontSize="small" sx={(theme) => ({ transform: theme.direction === 'rtl' ? 'scaleX(-1)' : 'none' })} />
            <Chip size="small" label={translate(`app.status.${event.toStatus}`)} />
          </Stack>
        )}
        {!event.fromStatus && event.toStatus && <Chip size="small" label={translate(`app.status.${event.toStatus}`)} />}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
        {formatDateTime(event.createdAt, locale)}
        {' · '}
        {event.actorId ? (
          <RecordContextProvider value={event}>
            <ReferenceField source="actorId" reference="users" link={false}>
              <TextField source="name" variant="caption" />
            </ReferenceField>
          </RecordContextProvider>
        ) : null}
        {event.actorRole ? ` (${translate(`app.roles.${event.actorRole}`, { _: event.actorRole })})` : ''}
      </Typography>
      <EventPayload event={event} />
    </Box>
  );
};

const TimelineItems = () => {
  const { data, isPending } = useListContext<ComplaintEvent>();
  const translate = useTranslate();
  if (isPending) return <Typography variant="body2">{translate('app.common.loading')}</Typography>;
  if (!data?.length) return <Typography variant="body2">{translate('resources.complaints.timeline.empty')}</Typography>;
  return (
    <Box component="ol" sx={{ m: 0, p: 0, paddingInlineStart: 1 }} data-timeline data-testid="timeline">
      {data.map((event) => (
        <TimelineItem key={event.id} event={event} />
      ))}
    </Box>
  );
};

/** The complaint's audit trail (append-only complaint-events), newest first. */
export const ComplaintTimeline = () => (
  <ReferenceManyField
    reference="complaint-events"
    target="complaintId"
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={50}
    pagination={<Pagination rowsPerPageOptions={[]} />}
  >
    <TimelineItems />
  </ReferenceManyField>
);
