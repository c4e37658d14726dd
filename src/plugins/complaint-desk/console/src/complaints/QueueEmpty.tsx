import { Box, Button, Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { QUEUE_NAMES } from '@contract';

/**
 * What an empty list means, in words: per queue ("Nothing is at risk right now"), or, when a search
 * or filter narrows it, that nothing matches, with one button to clear them (the queue stays).
 */
export const QueueEmpty = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const { queue, ...others } = filterValues as { queue?: string } & Record<string, unknown>;
  const known = typeof queue === 'string' && (QUEUE_NAMES as readonly string[]).includes(queue) ? queue : 'all';
  const narrowed = Object.values(others).some((v) => v !== undefined && v !== '' && v !== null);
  return (
    <Box sx={{ py: 6, px: 2, textAlign: 'center' }} data-testid="queue-empty" data-queue={known}>
      <Typography variant="body1" color="text.secondary">
        {translate(narrowed ? 'resources.complaints.empty.filtered' : `resources.complaints.empty.${known}`)}
      </Typography>
      {narrowed && (
        <Button sx={{ mt: 1 }} onClick={() => setFilters(queue ? { queue } : {}, displayedFilters, false)}>
          {translate('resources.complaints.empty.clear')}
        </Button>
      )}
    </Box>
  );
};
