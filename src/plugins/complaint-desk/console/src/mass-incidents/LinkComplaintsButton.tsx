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
import { useCanAccess, useGetList, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { OPEN_STATUSES, type BulkLinkResult } from '@contract';
import { linkComplaints } from './massIncidentApi';

/** Reasons the server gives in its own words that the console says in the user's language. */
const KNOWN_REASONS: Record<string, string> = {
  'already linked': 'resources.mass-incidents.link.reason_already_linked',
  'not found': 'resources.mass-incidents.link.reason_not_found',
};

/**
 * Picks open complaints not linked to this incident (search over tracking code, subject,
 * customer) and links the chosen ones, or every match of the search, in one request to the bulk
 * route (each complaint through its `link-incident` action on the server); shows what was linked
 * and what was skipped, with the reason.
 */
export const LinkComplaintsButton = () => {
  const incident = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: 'link-incident' });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<Record<string, string>>({});
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<BulkLinkResult | null>(null);

  const filter = { ...(q.trim() ? { q: q.trim() } : {}), status_in: OPEN_STATUSES, massIncidentId_null: true };
  const { data, total, isPending } = useGetList<RaRecord>(
    'complaints',
    { pagination: { page: 1, perPage: 50 }, sort: { field: 'receivedAt', order: 'DESC' }, filter },
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

  const run = async (body: { ids: string[] } | { filter: Record<string, unknown> }) => {
    setResult(null);
    setRunning(true);
    try {
      const r = await linkComplaints(incident.id, body);
      setResult(r);
      notify('resources.mass-incidents.link.result', { type: r.skipped ? 'warning' : 'success', messageArgs: { linked: r.linked, skipped: r.skipped } });
      // Skipped ones stay selected, so that a second try needs no search.
      setSelected(Object.fromEntries(r.results.filter((x) => x.outcome === 'skipped' && 'ids' in body).map((x) => [x.id, x.trackingCode ?? ''])));
      refresh();
      if (!r.skipped) setOpen(false);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setRunning(false);
    }
  };

  const count = Object.keys(selected).length;
  const skipped = result?.results.filter((r) => r.outcome === 'skipped') ?? [];
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
            <Box sx={{ my: 1 }} data-testid="mi-link-progress">
              <Typography variant="caption">{translate('resources.mass-incidents.link.running')}</Typography>
              <LinearProgress />
            </Box>
          )}
          {result && skipped.length > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }} data-testid="mi-link-failures">
              <div>{translate('resources.mass-incidents.link.result', { linked: result.linked, skipped: result.skipped })}</div>
              {skipped.map((f) => (
                <div key={f.id}>
                  {f.trackingCode ? formatTrackingCode(f.trackingCode) : f.id}: {f.reason && KNOWN_REASONS[f.reason] ? translate(KNOWN_REASONS[f.reason]) : f.reason}
                </div>
              ))}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={running}>
            {translate('ra.action.close')}
          </Button>
          <Button disabled={!total || running} onClick={() => run({ filter })} data-testid="mi-link-all">
            {translate('resources.mass-incidents.link.all', { smart_count: total ?? 0 })}
          </Button>
          <Button variant="contained" disabled={!count || running} onClick={() => run({ ids: Object.keys(selected) })} data-testid="mi-link-confirm">
            {translate('resources.mass-incidents.link.confirm', { smart_count: count })}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
