import { Chip, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A value of a shared enum, translated from `app.<namespace>.<value>` (status, channel, …). */
export const EnumField = ({ namespace, chip = false, ...props }: FieldProps & { namespace: string; chip?: boolean }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') return null;
  const label = translate(`app.${namespace}.${String(value)}`, { _: String(value) });
  return chip ? (
    <Chip size="small" label={label} data-value={String(value)} />
  ) : (
    <Typography component="span" variant="body2" data-value={String(value)}>
      {label}
    </Typography>
  );
};

/** Choices for a SelectInput over a shared enum, labels translated by react-admin. */
export const enumChoices = (namespace: string, values: readonly string[]) =>
  values.map((value) => ({ id: value, name: `app.${namespace}.${value}` }));
