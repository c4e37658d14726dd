import { formatTrackingCode } from '../common/trackingCode';
import LinkIcon from '@mui/icons-material/Link';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List as MuiList,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { OPEN_STATUSES } from '@contract';
import type { ComplaintDeskDataProvider } from '../dataProvider';

interface Failure {
  id: string;
  trackingCode: string;
  message: string;
}

/**
 * Picks open complaints not linked to this incident (search over tracking code, subject,
 * customer) and links each through its `link-incident` action; reports what worked and what not.
 */
export const LinkComplaintsButton = () => {
  const incident = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: 'link-incident' });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<Record<string, string>>({});
  const [running, setRunning] = useState<{ done: number; total: number } | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);

  const { data, total, isPending } = useGetList<RaRecord>(
    'complaints',
    {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'receivedAt', order: 'DESC' },
      filter: { ...(q.trim() ? { q: q.trim() } : {}), status_in: OPEN_STATUSES, massIncidentId_null: true },
    },
    { enabled: open && !!incident },
  );

  if (!incident || !canAccess) return null;

  const toggle = (c: RaRecord) =>
    setSelected((s) => {
      const next = { ...s };
      if (next[c.id]) delete next[c.id];
      else next[c.id] = String(c.trackingCode);
      return next;
    });

  const link = async () => {
    const ids = Object.entries(selected);
    const failed: Failure[] = [];
    setFailures([]);
    setRunning({ done: 0, total: ids.length });
    for (const [i, [id, trackingCode]] of ids.entries()) {
      try {
        await dataProvider.action(id, 'link-incident', { massIncidentId: incident.id });
      } catch (error) {
        failed.push({ id, trackingCode, message: error instanceof Error ? error.message : String(error) });
      }
      setRunning({ done: i + 1, total: ids.length });
    }
    setRunning(null);
    setFailures(failed);
    const linked = ids.length - failed.length;
    notify('resources.mass-incidents.link.result', { type: failed.length ? 'warning' : 'success', messageArgs: { linked, failed: failed.length } });
    setSelected(Object.fromEntries(failed.map((f) => [f.id, f.trackingCode])));
    refresh();
    if (!failed.length) setOpen(false);
  };

  const count = Object.keys(selected).length;
  return (
    <>
      <Button variant="outlined" size="small" startIcon={<LinkIcon />} onClick={() => setOpen(true)} data-testid="mi-link-complaints">
        {translate('resources.mass-incidents.link.button')}
      </Button>
      <Dialog open={open} onClose={() => !running && setOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>{translate('resources.mass-incidents.link.title')}</DialogTitle>
        <DialogContent>
          <MuiTextField
            fullWidth
            margin="dense"
            label={translate('resources.mass-incidents.link.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'mi-link-search' } }}
          />
          {isPending ? (
            <LinearProgress sx={{ my: 2 }} />
          ) : (
            <>
              <Typography variant="caption" color="text.secondary">
                {translate('resources.mass-incidents.link.found', { shown: data?.length ?? 0, total: total ?? 0 })}
              </Typography>
              <MuiList dense sx={{ maxHeight: 360, overflowY: 'auto' }}>
                {(data ?? []).map((c) => (
                  <ListItemButton key={c.id} onClick={() => toggle(c)} data-testid="mi-link-option">
                    <ListItemIcon>
                      <Checkbox edge="start" checked={!!selected[c.id]} tabIndex={-1} disableRipple />
                    </ListItemIcon>
                    <ListItemText
                      primary={`${formatTrackingCode(c.trackingCode)} — ${c.subject}`}
                      secondary={[c.customer?.name, translate(`app.status.${c.status}`)].filter(Boolean).join(' · ')}
                    />
                  </ListItemButton>
                ))}
              </MuiList>
            </>
          )}
          {running && (
            <Box sx={{ my: 1 }}>
              <LinearProgress variant="determinate" value={(100 * running.done) / Math.max(running.total, 1)} />
            </Box>
          )}
          {failures.length > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }} data-testid="mi-link-failures">
              {failures.map((f) => (
                <div key={f.id}>
                  {formatTrackingCode(f.trackingCode)}: {f.message}
                </div>
              ))}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={!!running}>
            {translate('ra.action.close')}
          </Button>
          <Button variant="contained" disabled={!count || !!running} onClick={link} data-testid="mi-link-confirm">
            {translate('resources.mass-incidents.link.confirm', { smart_count: count })}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
