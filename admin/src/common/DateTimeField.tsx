import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatDate, formatDateTime } from '../i18n/locales';

/** A date in the console's language: Persian calendar and digits in Persian. */
export const DateTimeField = ({ dateOnly = false, ...props }: FieldProps & { dateOnly?: boolean }) => {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  const text = dateOnly ? formatDate(value, locale) : formatDateTime(value, locale);
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
