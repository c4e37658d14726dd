import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled card of the complaint workspace. */
export const Panel = ({
  title,
  action,
  children,
  ...rest
}: {
  title: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  'data-panel'?: string;
  'data-testid'?: string;
}) => (
  <Card variant="outlined" {...rest}>
    <CardContent>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </CardContent>
  </Card>
);
