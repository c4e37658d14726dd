import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, type FieldProps } from 'react-admin';
import { formatNumber } from '../i18n/locales';

/** The approval's amount with its currency, in the console's digits; empty for approvals without money. */
export const AmountField = (_props: FieldProps) => {
  const record = useRecordContext<{ id: string; amount?: number | null; currency?: string | null }>();
  const [locale] = useLocaleState();
  if (!record || record.amount === null || record.amount === undefined) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatNumber(Number(record.amount), locale)} {record.currency ?? ''}
    </Typography>
  );
};
