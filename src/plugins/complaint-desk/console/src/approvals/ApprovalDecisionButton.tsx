import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { formatTrackingCode } from '../common/trackingCode';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { ApprovalContext } from './ApprovalContext';
import type { InboxItem } from './types';

type Decision = 'approve' | 'decline';

/**
 * Approve or decline a step of the inbox (a step the caller can decide now): the dialog shows what
 * is approved, and the decision goes through the complaint's action, so the server checks the state
 * and step again.
 */
export const ApprovalDecisionButton = ({ decision }: { decision: Decision }) => {
  const record = useRecordContext<InboxItem>();
  const { permissions: role } = usePermissions<string | null>();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: decision });
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  if (!record || !canAccess || !record.complaintId || !Array.isArray(record.earlier) || record.requiredRole !== role) return null;

  const commentMissing = decision === 'decline' && comment.trim() === '';
  const stop = (e: MouseEvent) => e.stopPropagation();

  const submit = async () => {
    setBusy(true);
    try {
      const body = comment.trim() ? { comment: comment.trim() } : {};
      await dataProvider.action(record.complaintId as string, decision, body);
      notify(`resources.approvals.decision.${decision}_done`, {
        type: 'success',
        messageArgs: { code: formatTrackingCode(record.trackingCode), subject: record.subject },
      });
      setOpen(false);
      setComment('');
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        color={decision === 'approve' ? 'success' : 'error'}
        startIcon={decision === 'approve' ? <CheckIcon /> : <CloseIcon />}
        data-testid={`approval-${decision}`}
        onClick={(e) => {
          stop(e);
          setOpen(true);
        }}
      >
        {translate(`app.action.${decision}`)}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} onClick={stop} fullWidth maxWidth="sm">
        <DialogTitle>{translate(`resources.approvals.decision.${decision}_title`)}</DialogTitle>
        <DialogContent>
          <ApprovalContext item={record} />
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            label={translate('app.common.comment')}
            required={decision === 'decline'}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            helperText={decision === 'decline' ? translate('resources.approvals.decision.comment_required') : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'approval-comment', maxLength: 5000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            color={decision === 'approve' ? 'success' : 'error'}
            disabled={busy || commentMissing}
            onClick={submit}
            data-testid="approval-confirm"
          >
            {translate(`app.action.${decision}`)}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
