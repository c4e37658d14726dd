import LinkOffIcon from '@mui/icons-material/LinkOff';
import { IconButton, Tooltip } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ComplaintDeskDataProvider } from '../dataProvider';

/** Unlinks one complaint from the incident (its `unlink-incident` action). */
export const UnlinkComplaintButton = () => {
  const complaint = useRecordContext<{ id: string; availableActions?: string[] }>();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: 'unlink-incident', record: complaint });
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  if (!complaint || !canAccess) return null;
  const unlink = async (e: MouseEvent) => {
    e.stopPropagation();
    setBusy(true);
    try {
      await dataProvider.action(complaint.id, 'unlink-incident', {});
      notify('resources.mass-incidents.link.unlinked', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={translate('app.action.unlink-incident')}>
      <span>
        <IconButton size="small" onClick={unlink} disabled={busy} aria-label={translate('app.action.unlink-incident')}>
          <LinkOffIcon fontSize="small" />
        </IconButton>
      </span>
    </Tooltip>
  );
};
