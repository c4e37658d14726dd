import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatTrackingCode } from './trackingCode';

export { formatTrackingCode };

export const TrackingCodeField = (props: FieldProps) => {
  const value = useFieldValue(props);
  return (
    <Typography component="span" variant="body2" dir="ltr" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {formatTrackingCode(value)}
    </Typography>
  );
};
