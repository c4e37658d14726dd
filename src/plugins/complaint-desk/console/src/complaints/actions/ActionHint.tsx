import { Alert } from '@mui/material';
import type { ReactNode } from 'react';

/** A hint inside an action dialog (e.g. what a second rejection means). */
export const ActionHint = ({ children, severity = 'info' }: { children: ReactNode; severity?: 'info' | 'warning' }) => (
  <Alert severity={severity} sx={{ mb: 2 }}>
    {children}
  </Alert>
);
