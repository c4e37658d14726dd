import { cftReviewActionsFor, type CftReviewAction, type ConclusionState } from '@contract';
import { Alert, Autocomplete, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useGetList, useGetMany, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { getStoredRole, getStoredUser } from '../session';

const STATE_COLOR: Record<ConclusionState, 'default' | 'info' | 'warning' | 'success'> = { draft: 'default', submitted: 'info', returned: 'warning', approved: 'success' };

interface RootCause extends RaRecord {
  title: string;
}

/**
 * The conclusion and its approval: the leader submits it with the root causes found; the quality
 * manager approves it (the root causes then go onto every covered complaint) or returns it with a
 * comment. Only the steps the server allows the signed-in user now are offered (shared/capa.ts).
 */
export const ConclusionPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const [open, setOpen] = useState<CftReviewAction | null>(null);
  const [conclusion, setConclusion] = useState('');
  const [causes, setCauses] = useState<RootCause[]>([]);
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState(false);
  const [query, setQuery] = useState('');
  // Searched on the server as the user types (a page holds at most 100 root causes).
  const { data: rootCauses = [] } = useGetList<RootCause>(
    'root-causes',
    { pagination: { page: 1, perPage: 50 }, sort: { field: 'title', order: 'ASC' }, filter: query ? { title_contains: query } : {} },
    { enabled: open === 'submit-conclusion' },
  );
  const { data: current = [] } = useGetMany<RootCause>('root-causes', { ids: (record?.rootCauseIds as string[] | undefined) ?? [] });
  const role = getStoredRole();
  if (!record || !role) return null;
  const state = (record.conclusionState ?? 'draft') as ConclusionState;
  const actions = cftReviewActionsFor(state, String(record.status), role, record.leaderId === getStoredUser()?.id);
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.cft-reviews.${key}`, args);

  const start = (action: CftReviewAction) => {
    setConclusion(String(record.conclusion ?? ''));
    setCauses(current);
    setQuery('');
    setComment('');
    setOpen(action);
  };

  const send = async (action: CftReviewAction) => {
    const body =
      action === 'submit-conclusion'
        ? { conclusion: conclusion.trim(), rootCauseIds: causes.map((c) => c.id) }
        : comment.trim()
          ? { comment: comment.trim() }
          : {};
    setPending(true);
    try {
      await dataProvider.reviewAction(record.id, action, body);
      notify('resources.cft-reviews.conclusionDialog.done', { type: 'info', messageArgs: { action: t(`conclusionActions.${action}`) } });
      setOpen(null);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const ready = open === 'submit-conclusion' ? conclusion.trim() !== '' && causes.length > 0 : open === 'return-conclusion' ? comment.trim() !== '' : true;

  return (
    <Paper variant="outlined" sx={{ p: 2, width: '100%', textAlign: 'start' }} data-testid="conclusion-panel">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1">{t('fields.conclusion')}</Typography>
        <Chip size="small" color={STATE_COLOR[state]} label={t(`conclusionStates.${state}`)} data-testid="conclusion-state" data-value={state} />
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {record.conclusion || t('empty')}
      </Typography>
      {record.conclusionComment && (
        <Alert severity={state === 'returned' ? 'warning' : 'info'} sx={{ mt: 1 }}>
          {t('fields.conclusionComment')}: {record.conclusionComment}
        </Alert>
      )}
      {actions.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          {actions.map((a) => (
            <Button key={a} size="small" variant={a === 'return-conclusion' ? 'outlined' : 'contained'} onClick={() => start(a)} data-testid={a}>
              {t(`conclusionActions.${a}`)}
            </Button>
          ))}
        </Stack>
      )}
      {open && (
        <Dialog open onClose={() => setOpen(null)} fullWidth maxWidth="sm">
          <DialogTitle>{t(`conclusionActions.${open}`)}</DialogTitle>
          <DialogContent>
            {open === 'submit-conclusion' ? (
              <>
                <TextField fullWidth multiline minRows={4} margin="dense" required label={t('conclusionDialog.conclusion')} value={conclusion} onChange={(e) => setConclusion(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'conclusion-text' } }} />
                <Autocomplete
                  multiple
                  options={rootCauses}
                  value={causes}
                  onChange={(_e, v) => setCauses(v)}
                  onInputChange={(_e, v, reason) => reason === 'input' && setQuery(v)}
                  filterOptions={(x) => x}
                  getOptionLabel={(c) => c.title}
                  isOptionEqualToValue={(a, b) => a.id === b.id}
                  renderInput={(params) => <TextField {...params} margin="dense" required label={t('conclusionDialog.rootCauses')} />}
                  data-testid="conclusion-root-causes"
                />
              </>
            ) : (
              <>
                {open === 'approve-conclusion' && <Alert severity="info">{t('conclusionDialog.approveHint')}</Alert>}
                <TextField fullWidth multiline minRows={3} margin="dense" required={open === 'return-conclusion'} label={t('conclusionDialog.comment')} value={comment} onChange={(e) => setComment(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'conclusion-comment' } }} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" disabled={pending || !ready} onClick={() => void send(open)} data-testid="conclusion-confirm">
              {translate('app.common.submit')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Paper>
  );
};
