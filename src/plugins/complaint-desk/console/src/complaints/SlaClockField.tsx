import { Chip, LinearProgress, Stack, Typography, type ChipProps } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime, formatNumber, formatShortDateTime } from '../i18n/locales';
import type { SlaStageClock, SlaState } from '@contract';
import { currentSlaClock, type Complaint } from './types';

export const SLA_STATE_COLOR: Record<SlaState, ChipProps['color']> = {
  ok: 'success',
  at_risk: 'warning',
  breached: 'error',
  paused: 'info',
  met: 'default',
  // The customer left no address: nothing can be sent, which staff should see, not a quiet "met".
  no_contact: 'secondary',
};

/** The state of one SLA clock as a coloured chip ("At risk", "Breached", …). */
export const SlaStateChip = ({ state }: { state: SlaState }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant={state === 'ok' || state === 'met' ? 'outlined' : 'filled'}
      color={SLA_STATE_COLOR[state]}
      label={translate(`app.sla.state.${state}`)}
      data-sla-state={state}
    />
  );
};

/** List column: the running stage's clock — state, stage and deadline. */
export const SlaClockField = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const clock = currentSlaClock(record);
  if (!record || !clock) return null;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      <SlaStateChip state={clock.state} />
      <Typography variant="caption" color="text.secondary" component="span">
        {translate(`app.sla.stage.${clock.stage}`)}
      </Typography>
      {clock.dueAt && clock.state !== 'met' && (
        <Typography
          variant="caption"
          color="text.secondary"
          component="span"
          title={formatDateTime(clock.dueAt, locale)}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {translate('app.sla.due', { date: formatShortDateTime(clock.dueAt, locale) })}
        </Typography>
      )}
    </Stack>
  );
};

const progressColor = (state: SlaState) =>
  state === 'breached' ? 'error' : state === 'at_risk' ? 'warning' : state === 'paused' ? 'info' : 'primary';

/** One stage's clock with its deadline and the share of its working time used. */
export const SlaStageRow = ({ clock }: { clock: SlaStageClock }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const share = clock.elapsedShare ?? 0;
  const percent = Math.round(share * 100);
  return (
    <Stack spacing={0.5} data-sla-stage={clock.stage} data-testid={`sla-${clock.stage}`} data-state={clock.state}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {translate(`app.sla.stage.${clock.stage}`)}
        </Typography>
        <SlaStateChip state={clock.state} />
      </Stack>
      {clock.state !== 'met' && (
        <LinearProgress
          variant="determinate"
          value={Math.min(100, Math.max(0, percent))}
          color={progressColor(clock.state)}
          aria-label={translate('app.sla.elapsed', { percent: formatNumber(percent, locale) })}
        />
      )}
      <Typography variant="caption" color="text.secondary">
        {clock.dueAt ? translate('app.sla.due', { date: formatDateTime(clock.dueAt, locale) }) : ''}
        {clock.state !== 'met' && clock.elapsedShare !== null
          ? ` · ${translate('app.sla.elapsed', { percent: formatNumber(percent, locale) })}`
          : ''}
      </Typography>
    </Stack>
  );
};
