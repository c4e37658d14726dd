import { Alert, Box, Button as MuiButton, Chip, Dialog, DialogContent, DialogTitle, List as MuiList, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { useEffect, useState } from 'react';
import {
  Button,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type ListProps,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { channelChoices, dropList, dropMessage, retryNotification, statusChoices, type DropItem, type DropMessage } from './notificationApi';

const STATUS_COLOR = { pending: 'default', sending: 'info', sent: 'success', failed: 'warning', dead: 'error' } as const;

interface NotificationRecord {
  id: string;
  status: keyof typeof STATUS_COLOR;
  lastError?: string | null;
}

const StatusChip = () => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={STATUS_COLOR[record.status] ?? 'default'} label={translate(`resources.notifications.statuses.${record.status}`)} data-status={record.status} />;
};

/** Dead and failed notifications go back into the queue; the server records who asked. */
const RetryButton = () => {
  const record = useRecordContext<NotificationRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || (record.status !== 'dead' && record.status !== 'failed')) return null;
  return (
    <Button
      label="resources.notifications.retry.button"
      disabled={busy}
      onClick={async (e) => {
        e.stopPropagation();
        setBusy(true);
        try {
          await retryNotification(record.id);
          notify('resources.notifications.retry.done', { type: 'success' });
          refresh();
        } catch (err) {
          notify('resources.notifications.retry.error', { type: 'error', messageArgs: { error: (err as Error).message } });
        } finally {
          setBusy(false);
        }
      }}
    >
      <ReplayIcon />
    </Button>
  );
};

/** Development: what the local drop holds (no relay configured); the PIN is masked by the server. */
const DropPanel = () => {
  const translate = useTranslate();
  const [items, setItems] = useState<DropItem[] | null>(null);
  const [open, setOpen] = useState<DropMessage | null>(null);
  useEffect(() => {
    dropList()
      .then(setItems)
      .catch(() => setItems(null));
  }, []);
  if (!items) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="notification-drop">
      <Typography variant="subtitle1">{translate('resources.notifications.drop.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.notifications.drop.help')}
      </Typography>
      {items.length === 0 ? (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('resources.notifications.drop.empty')}
        </Alert>
      ) : (
        <MuiList dense>
          {items.slice(0, 20).map((item) => (
            <ListItemButton key={`${item.channel}/${item.file}`} onClick={async () => setOpen(await dropMessage(item))}>
              <ListItemText primary={`${translate(`resources.notifications.channels.${item.channel}`)} · ${item.file}`} secondary={new Date(item.at).toLocaleString()} />
            </ListItemButton>
          ))}
        </MuiList>
      )}
      <Dialog open={Boolean(open)} onClose={() => setOpen(null)} maxWidth="md" fullWidth>
        <DialogTitle>{open?.subject || translate('resources.notifications.drop.message')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.notifications.drop.to', { to: open?.to ?? '' })}
          </Typography>
          <Box component="pre" dir="auto" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
            {open?.text}
          </Box>
          <MuiButton onClick={() => setOpen(null)}>{translate('resources.notifications.drop.close')}</MuiButton>
        </DialogContent>
      </Dialog>
    </Paper>
  );
};

const filters = [
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <TextInput key="template" source="template_contains" label="resources.notifications.fields.template" />,
];

/** The outbox: status, attempts, last error and provider id per message; dead ones can be retried. */
export const NotificationList = (props: ListProps) => (
  <>
    <List {...props} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField source="status" render={() => <StatusChip />} />
        <ReferenceField source="complaintId" reference="complaints" link="show" sortable={false} emptyText="—">
          <TextField source="trackingCode" />
        </ReferenceField>
        <FunctionField source="channel" sortable={false} render={(r: { channel: string }) => <TranslatedChannel channel={r.channel} />} />
        <TextField source="recipient" sortable={false} emptyText="—" />
        <TextField source="template" sortable={false} />
        <TextField source="locale" sortable={false} />
        <NumberField source="attempts" sortable={false} />
        <TextField source="lastError" sortable={false} emptyText="—" sx={{ maxWidth: 320, display: 'block', overflowWrap: 'anywhere' }} />
        <TextField source="providerId" sortable={false} emptyText="—" sx={{ maxWidth: 220, display: 'block', overflowWrap: 'anywhere' }} />
        <DateTimeField source="nextAttemptAt" />
        <DateTimeField source="sentAt" />
        <RetryButton />
      </Datagrid>
    </List>
    <DropPanel />
  </>
);

const TranslatedChannel = ({ channel }: { channel: string }) => {
  const translate = useTranslate();
  return <span>{translate(`resources.notifications.channels.${channel}`, { _: channel })}</span>;
};
