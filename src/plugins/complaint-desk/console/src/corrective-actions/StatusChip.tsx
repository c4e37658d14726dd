import { Chip, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

const COLOR: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  planned: 'default',
  in_progress: 'info',
  implemented: 'warning',
  verification: 'warning',
  effective: 'success',
  ineffective: 'error',
  cancelled: 'default',
};

export const StatusChip = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" color={COLOR[String(value)] ?? 'default'} label={translate(`resources.corrective-actions.statuses.${String(value)}`)} data-value={String(value)} />;
};

export const KindField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`resources.corrective-actions.kinds.${String(value)}`)}
    </Typography>
  );
};
