import type { ApprovalDecision } from '@contract';
import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

const COLOR: Record<ApprovalDecision, 'warning' | 'success' | 'error'> = { pending: 'warning', approved: 'success', declined: 'error' };

/** An approval's decision as a coloured chip. */
export const DecisionField = (props: FieldProps) => {
  const value = useFieldValue(props) as ApprovalDecision | undefined;
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" color={COLOR[value] ?? 'default'} label={translate(`resources.approvals.decisions.${value}`, { _: value })} data-value={value} />;
};
