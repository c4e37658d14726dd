import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Complaint } from './types';
import { formatTrackingCode } from '../common/TrackingCodeField';

const Code = ({ label, value, name, testId }: { label: string; value: string; name: string; testId: string }) => (
  <Box>
    <Typography variant="overline" color="text.secondary" component="div">
      {label}
    </Typography>
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
  </Box>
);

/**
 * After registration: the tracking code and the PIN, which the API returns in clear only in this
 * answer (docs/API.md) — staff read them out to a caller on the phone or hand them over in person.
 */
export const RegisteredDialog = ({
  complaint,
  onOpen,
  onAnother,
}: {
  complaint: Complaint | null;
  onOpen: () => void;
  onAnother: () => void;
}) => {
  const translate = useTranslate();
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
        <Button onClick={onAnother}>{translate('resources.complaints.register.another')}</Button>
        <Button variant="contained" onClick={onOpen} data-open-workspace>
          {translate('resources.complaints.register.open')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
