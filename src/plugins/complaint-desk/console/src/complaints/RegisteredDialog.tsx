import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Complaint } from './types';
import { formatTrackingCode } from '../common/TrackingCodeField';
import { CopyButton } from '../common/CopyButton';

/** A code to read out or paste: large, left to right in every language, with a copy button. */
export const Code = ({ label, value, name, testId }: { label: string; value: string; name: string; testId: string }) => (
  <Box>
    <Typography variant="overline" color="text.secondary" component="div">
      {label}
    </Typography>
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography
        variant="h4"
        component="div"
        data-registered={name}
        data-testid={testId}
        dir="ltr"
        sx={{ fontFamily: 'monospace', letterSpacing: '0.08em', textAlign: 'start', userSelect: 'all' }}
      >
        {value}
      </Typography>
      <CopyButton value={value} what={label} testId={`${testId}-copy`} />
    </Stack>
  </Box>
);

/**
 * The action that sends the tracking code and PIN to the customer at once, when the server offers
 * it for this complaint (in `availableActions`; the outbound channels decide). Until then the
 * dialog offers nothing of the kind.
 */
export const SEND_CODE_ACTION = 'send-code';

/**
 * After registration: the tracking code and the PIN, which the API returns in clear only in this
 * answer (docs/API.md) — staff read them out to a caller on the phone or hand them over in person.
 */
export const RegisteredDialog = ({
  complaint,
  onOpen,
  onAnother,
  onSendNow,
}: {
  complaint: Complaint | null;
  onOpen: () => void;
  onAnother: () => void;
  /** Sends code and PIN now; shown only when the server offers it. */
  onSendNow?: () => void;
}) => {
  const translate = useTranslate();
  const canSend = Boolean(onSendNow && (complaint?.availableActions as readonly string[] | undefined)?.includes(SEND_CODE_ACTION));
  return (
    <Dialog open={Boolean(complaint)} maxWidth="xs" fullWidth aria-labelledby="registered-title">
      <DialogTitle id="registered-title">{translate('resources.complaints.register.done_title')}</DialogTitle>
      <DialogContent>
        {complaint && (
          <Stack spacing={2}>
            <Code label={translate('resources.complaints.fields.trackingCode')} value={formatTrackingCode(complaint.trackingCode)} name="trackingCode" testId="registered-tracking-code" />
            {complaint.pin && <Code label={translate('resources.complaints.register.pin')} value={complaint.pin} name="pin" testId="registered-pin" />}
            <Alert severity="info">{translate('resources.complaints.register.pin_once')}</Alert>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {canSend && <Button onClick={onSendNow}>{translate('resources.complaints.register.send_now')}</Button>}
        <Button onClick={onAnother}>{translate('resources.complaints.register.another')}</Button>
        <Button variant="contained" onClick={onOpen} data-open-workspace>
          {translate('resources.complaints.register.open')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
