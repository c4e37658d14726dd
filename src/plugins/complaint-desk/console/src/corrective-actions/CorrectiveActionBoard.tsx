import { Box, Card, CardActionArea, CardContent, Chip, Paper, Stack, Typography } from '@mui/material';
import {
  Loading,
  RecordContextProvider,
  ReferenceField,
  TextField,
  useCreatePath,
  useGetList,
  useListContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { BOARD_COLUMNS, byDueDate, isOverdue, type CorrectiveAction } from './correctiveActionStatus';
import { DueDateField } from './DueDateField';
import { KindField } from './StatusChip';
import { CapaActionButtons } from './CapaActionButtons';

/** At most this many actions are put on the board (the API's page limit). */
const BOARD_LIMIT = 100;

/**
 * The board: one column per status, cards by due date. Uses the list's filters but its own
 * query (the first 100 by due date), so the board is not cut to the list's page.
 */
export const CorrectiveActionBoard = () => {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<CorrectiveAction>('corrective-actions', {
    pagination: { page: 1, perPage: BOARD_LIMIT },
    sort: { field: 'dueAt', order: 'ASC' },
    filter: filterValues,
  });
  if (isPending) return <Loading />;
  if (error) return <Typography color="error">{error instanceof Error ? error.message : String(error)}</Typography>;

  const columns = BOARD_COLUMNS.map((status) => ({ status, cards: (data ?? []).filter((a) => a.status === status).sort(byDueDate) }));
  return (
    <Box sx={{ p: 1 }}>
      {total !== undefined && total > BOARD_LIMIT && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.corrective-actions.board.truncated', { shown: BOARD_LIMIT, total })}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ overflowX: 'auto', alignItems: 'flex-start' }} data-testid="ca-board">
        {columns.map(({ status, cards }) => (
          <Paper key={status} variant="outlined" sx={{ flex: '1 0 220px', minWidth: 220, p: 1, bgcolor: 'action.hover' }} data-column={status}>
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
              <Typography variant="subtitle2">{translate(`resources.corrective-actions.statuses.${status}`)}</Typography>
              <Chip size="small" label={cards.length} />
            </Stack>
            <Stack spacing={1}>
              {cards.map((card) => (
                <BoardCard key={card.id} action={card} />
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Box>
  );
};

const BoardCard = ({ action }: { action: CorrectiveAction }) => {
  const createPath = useCreatePath();
  const overdue = isOverdue(action);
  return (
    <RecordContextProvider value={action}>
      <Card variant="outlined" sx={{ borderInlineStart: 4, borderInlineStartColor: overdue ? 'error.main' : 'divider' }}>
        <CardActionArea component={Link} to={createPath({ resource: 'corrective-actions', type: 'show', id: action.id })}>
          <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
            <Typography variant="body2" sx={{ fontWeight: 600, textAlign: 'start' }}>
              {action.title}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
              <KindField source="kind" />
              <DueDateField source="dueAt" />
            </Stack>
            {action.ownerId && (
              <Typography variant="caption" color="text.secondary" component="div">
                <ReferenceField source="ownerId" reference="users" link={false}>
                  <TextField source="name" variant="caption" />
                </ReferenceField>
              </Typography>
            )}
          </CardContent>
        </CardActionArea>
        <Box sx={{ px: 1, pb: 1 }}>
          <CapaActionButtons />
        </Box>
      </Card>
    </RecordContextProvider>
  );
};
