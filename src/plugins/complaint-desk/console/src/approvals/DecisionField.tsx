import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

export const DECISIONS = ['pending', 'approved', 'declined'] as const;

const COLOR = { pending: 'warning', approved: 'success', declined: 'error' } as const;

/** An approval's decision as a coloured chip. */
export const DecisionField = (props: FieldProps) => {
  const value = useFieldValue(props) as (typeof DECISIONS)[number] | undefined;
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" color={COLOR[value] ?? 'default'} label={translate(`resources.approvals.decisions.${value}`, { _: value })} data-value={value} />;
};
