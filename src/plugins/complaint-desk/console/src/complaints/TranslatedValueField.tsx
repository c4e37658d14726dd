import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/**
 * A code translated from `<prefix><code>` (the prefix ends with a dot) — for values of other resources that have no shared
 * `app.*` enum (corrective-action and outbox statuses, notification templates). `pick` reduces
 * the value to its code first (e.g. `acknowledgment.sms` → `acknowledgment`).
 */
export const TranslatedValueField = ({
  prefix,
  pick = (value) => value,
  ...props
}: FieldProps & { prefix: string; pick?: (value: string) => string }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') return null;
  const code = pick(String(value));
  return (
    <Typography component="span" variant="body2" data-value={String(value)}>
      {translate(`${prefix}${code}`, { _: String(value) })}
    </Typography>
  );
};
