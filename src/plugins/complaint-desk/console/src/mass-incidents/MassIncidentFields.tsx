import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

const COLOR: Record<string, 'error' | 'success' | 'default'> = { open: 'error', resolved: 'success', withdrawn: 'default' };

/** A value of one of this resource's enums (`statuses`, `areas`), translated. */
export const MassIncidentEnumField = ({ group, chip = false, ...props }: FieldProps & { group: 'statuses' | 'areas'; chip?: boolean }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (!value) return null;
  const label = translate(`resources.mass-incidents.${group}.${String(value)}`, { _: String(value) });
  return chip ? <Chip size="small" color={COLOR[String(value)] ?? 'default'} label={label} data-value={String(value)} /> : <span>{label}</span>;
};
