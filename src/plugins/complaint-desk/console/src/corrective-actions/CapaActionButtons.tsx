import { capaActionsFor, type CapaAction } from '@contract';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { getStoredRole, getStoredUser } from '../session';
import type { CorrectiveAction } from './correctiveActionStatus';

/** What each action asks for before it is sent (the server validates the same: domain/capa.ts). */
const FIELDS: Record<CapaAction, ReadonlyArray<'note' | 'implementedAt' | 'windowDays' | 'result' | 'justification' | 'reason'>> = {
  start: [],
  implement: ['implementedAt', 'note'],
  'start-verification': ['windowDays'],
  evaluate: [],
  override: ['result', 'justification'],
  cancel: ['reason'],
};

type Values = { note: string; implementedAt: string; windowDays: string; result: string; justification: string; reason: string };
const EMPTY: Values = { note: '', implementedAt: '', windowDays: '', result: '', justification: '', reason: '' };

/** The request body of an action from its dialog's values. */
export function capaBody(action: CapaAction, v: Values): Record<string, unknown> {
  switch (action) {
    case 'implement':
      return { ...(v.implementedAt ? { implementedAt: new Date(v.implementedAt).toISOString() } : {}), ...(v.note.trim() ? { note: v.note.trim() } : {}) };
    case 'start-verification':
      return v.windowDays ? { verificationWindowDays: Number(v.windowDays) } : {};
    case 'override':
      return { result: v.result, justification: v.justification.trim() };
    case 'cancel':
      return { reason: v.reason.trim() };
    default:
      return {};
  }
}

const ready = (action: CapaAction, v: Values) =>
  (action !== 'override' || (v.result !== '' && v.justification.trim().length >= 10)) && (action !== 'cancel' || v.reason.trim() !== '');

/**
 * The lifecycle actions the signed-in user may take on this corrective action now (shared/capa.ts:
 * the quality manager, and the owner for start and implement). Each opens a dialog for its input;
 * the server decides, and its refusals are shown as they come.
 */
export const CapaActionButtons = ({ size = 'small' }: { size?: 'small' | 'medium' }) => {
  const record = useRecordContext<CorrectiveAction>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const [open, setOpen] = useState<CapaAction | null>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [pending, setPending] = useState(false);
  const role = getStoredRole();
  if (!record || !role) return null;
  const actions = capaActionsFor(record.status, role, !!record.ownerId && record.ownerId === getStoredUser()?.id);
  if (actions.length === 0) return null;
  const stop = (e: MouseEvent) => e.stopPropagation();
  const label = (a: CapaAction) => translate(`resources.corrective-actions.actions.${a}`);

  const send = async (action: CapaAction) => {
    setPending(true);
    try {
      await dataProvider.capaAction(record.id, action, capaBody(action, values));
      notify('resources.corrective-actions.dialog.done', { type: 'info', messageArgs: { action: label(action) } });
      setOpen(null);
      setValues(EMPTY);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const set = (key: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} onClick={stop} data-testid="capa-actions">
      {actions.map((a) => (
        <Button
          key={a}
          size={size}
          variant={a === 'cancel' ? 'text' : 'outlined'}
          color={a === 'cancel' ? 'error' : 'primary'}
          data-testid={`capa-${a}`}
          onClick={() => (FIELDS[a].length === 0 ? void send(a) : setOpen(a))}
          disabled={pending}
        >
          {label(a)}
        </Button>
      ))}
      {open && (
        <Dialog open onClose={() => setOpen(null)} fullWidth maxWidth="sm">
          <DialogTitle>{translate('resources.corrective-actions.dialog.title', { action: label(open), title: record.title })}</DialogTitle>
          <DialogContent>
            {FIELDS[open].includes('implementedAt') && (
              <TextField type="datetime-local" fullWidth margin="dense" label={translate('resources.corrective-actions.dialog.implementedAt')} value={values.implementedAt} onChange={set('implementedAt')} slotProps={{ inputLabel: { shrink: true } }} />
            )}
            {FIELDS[open].includes('windowDays') && (
              <>
                <TextField
                  type="number"
                  fullWidth
                  margin="dense"
                  label={translate('resources.corrective-actions.dialog.windowDays')}
                  placeholder={String(record.verificationWindowDays ?? 90)}
                  value={values.windowDays}
                  onChange={set('windowDays')}
                  slotProps={{ htmlInput: { min: 1, max: 3650, 'data-testid': 'capa-window-days' } }}
                />
                <Typography variant="body2" color="text.secondary">
                  {translate('resources.corrective-actions.dialog.windowHint')}
                </Typography>
              </>
            )}
            {FIELDS[open].includes('result') && (
              <RadioGroup row value={values.result} onChange={set('result')} aria-label={translate('resources.corrective-actions.dialog.result')}>
                {(['effective', 'ineffective'] as const).map((r) => (
                  <FormControlLabel key={r} value={r} control={<Radio />} label={translate(`resources.corrective-actions.statuses.${r}`)} data-testid={`capa-result-${r}`} />
                ))}
              </RadioGroup>
            )}
            {(['justification', 'reason', 'note'] as const)
              .filter((k) => FIELDS[open].includes(k))
              .map((k) => (
                <TextField
                  key={k}
                  fullWidth
                  multiline
                  minRows={3}
                  margin="dense"
                  required={k !== 'note'}
                  label={translate(`resources.corrective-actions.dialog.${k}`)}
                  value={values[k]}
                  onChange={set(k)}
                  slotProps={{ htmlInput: { 'data-testid': `capa-${k}` } }}
                />
              ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" disabled={pending || !ready(open, values)} onClick={() => void send(open)} data-testid="capa-confirm">
              {translate('app.common.submit')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Stack>
  );
};
