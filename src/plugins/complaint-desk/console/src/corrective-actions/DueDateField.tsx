import WarningIcon from '@mui/icons-material/WarningAmber';
import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatDate } from '../i18n/locales';
import { isOverdue, type CorrectiveAction } from './correctiveActionStatus';

/** The due date, in red with a warning icon when the action is overdue. */
export const DueDateField = (_props: FieldProps) => {
  const record = useRecordContext<CorrectiveAction>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record?.dueAt) return null;
  const overdue = isOverdue(record);
  return (
    <Typography
      component="span"
      variant="body2"
      color={overdue ? 'error' : undefined}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: overdue ? 600 : undefined }}
      title={overdue ? translate('resources.corrective-actions.overdue') : undefined}
      data-overdue={overdue ? 'true' : undefined}
    >
      {overdue && <WarningIcon fontSize="inherit" />}
      {formatDate(record.dueAt, locale)}
    </Typography>
  );
};
