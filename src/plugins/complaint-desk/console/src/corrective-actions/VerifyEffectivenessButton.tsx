import FactCheckIcon from '@mui/icons-material/FactCheck';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useCanAccess, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { CorrectiveAction } from './correctiveActionStatus';

/**
 * On a done action: record whether it worked. Undoable — the update is sent after the
 * notification's undo delay, and the list shows the new status at once.
 */
export const VerifyEffectivenessButton = () => {
  const record = useRecordContext<CorrectiveAction>();
  const { canAccess } = useCanAccess({ resource: 'corrective-actions', action: 'edit', record });
  const [update, { isPending }] = useUpdate<CorrectiveAction>();
  const notify = useNotify();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [effective, setEffective] = useState<'yes' | 'no' | ''>('');
  const [notes, setNotes] = useState('');

  if (!record || !canAccess || record.status !== 'verification') return null;
  const stop = (e: MouseEvent) => e.stopPropagation();

  const submit = () => {
    const isEffective = effective === 'yes';
    const data = {
      status: isEffective ? 'effective' : 'ineffective',
      effectivenessCheck: notes.trim(),
    } as const;
    update(
      'corrective-actions',
      { id: record.id, data, previousData: record },
      {
        mutationMode: 'undoable',
        onSuccess: () => notify('resources.corrective-actions.verify.done', { type: 'info', undoable: true }),
        onError: (error) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
      },
    );
    setOpen(false);
    setEffective('');
    setNotes('');
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<FactCheckIcon />}
        data-testid="verify-effectiveness"
        onClick={(e) => {
          stop(e);
          setOpen(true);
        }}
      >
        {translate('resources.corrective-actions.verify.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={stop} fullWidth maxWidth="sm">
        <DialogTitle>{translate('resources.corrective-actions.verify.title', { title: record.title })}</DialogTitle>
        <DialogContent>
          <FormControl sx={{ mt: 1 }}>
            <FormLabel id="ca-effective">{translate('resources.corrective-actions.verify.question')}</FormLabel>
            <RadioGroup row aria-labelledby="ca-effective" value={effective} onChange={(e) => setEffective(e.target.value as 'yes' | 'no')}>
              <FormControlLabel value="yes" control={<Radio />} label={translate('app.common.yes')} data-testid="verify-effective-yes" />
              <FormControlLabel value="no" control={<Radio />} label={translate('app.common.no')} data-testid="verify-effective-no" />
            </RadioGroup>
          </FormControl>
          <TextField
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            required
            label={translate('resources.corrective-actions.fields.effectivenessCheck')}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'verify-notes' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={isPending || effective === '' || notes.trim() === ''} onClick={submit} data-testid="verify-confirm">
            {translate('app.common.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
