import { MESSAGE_CHANNELS } from '@contract';
import SendIcon from '@mui/icons-material/Send';
import {
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { sendBulkMessage, type BulkMessage } from './massIncidentApi';

/**
 * The bulk message: written into the outbox once per linked open complaint's customer, with a
 * "message to customer" event on each complaint (one server transaction).
 */
export const BulkMessageForm = () => {
  const incident = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'mass-incidents', action: 'edit', record: incident });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<'' | BulkMessage['channel']>('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!incident || !canAccess) return null;

  const send = async () => {
    setBusy(true);
    try {
      const body: BulkMessage = { text: text.trim(), ...(subject.trim() ? { subject: subject.trim() } : {}), ...(channel ? { channel } : {}) };
      const { queued } = await sendBulkMessage(incident.id, body);
      notify('resources.mass-incidents.message.queued', { type: 'success', messageArgs: { smart_count: queued } });
      setSubject('');
      setText('');
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="mi-bulk-message">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.mass-incidents.message.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.mass-incidents.message.help')}
        </Typography>
        <Stack spacing={1}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, gap: 1 }}>
            <TextField
              label={translate('resources.mass-incidents.message.subject')}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <TextField
              select
              label={translate('resources.mass-incidents.message.channel')}
              value={channel}
              onChange={(e) => setChannel(e.target.value as '' | BulkMessage['channel'])}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{translate('resources.mass-incidents.message.channel_preferred')}</MenuItem>
              {MESSAGE_CHANNELS.map((c) => (
                <MenuItem key={c} value={c}>
                  {translate(`app.channel.${c}`)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          <TextField
            required
            multiline
            minRows={4}
            label={translate('resources.mass-incidents.message.text')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 5000, 'data-testid': 'mi-message-text' } }}
          />
          <div>
            <Button variant="contained" startIcon={<SendIcon />} disabled={busy || !text.trim()} onClick={() => setConfirming(true)} data-testid="mi-message-send">
              {translate('resources.mass-incidents.message.send')}
            </Button>
          </div>
        </Stack>
      </CardContent>
      <Dialog open={confirming} onClose={() => !busy && setConfirming(false)}>
        <DialogTitle>{translate('resources.mass-incidents.message.confirm_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.mass-incidents.message.confirm_text')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} disabled={busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button variant="contained" onClick={send} disabled={busy} data-testid="mi-message-confirm">
            {translate('resources.mass-incidents.message.send')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
