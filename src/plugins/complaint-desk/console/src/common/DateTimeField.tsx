import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatDate, formatDateTime, formatShortDateTime } from '../i18n/locales';

/**
 * A date in the console's language: Persian calendar and digits in Persian. `short` is the
 * compact form for table cells (the full date in the tooltip).
 */
export const DateTimeField = ({ dateOnly = false, short = false, ...props }: FieldProps & { dateOnly?: boolean; short?: boolean }) => {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  const text = dateOnly ? formatDate(value, locale) : short ? formatShortDateTime(value, locale) : formatDateTime(value, locale);
  return (
    <Typography component="span" variant="body2" title={short ? formatDateTime(value, locale) : undefined}>
      {text}
    </Typography>
  );
};
