import ExportIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useListContext, useLocaleState, useNotify } from 'react-admin';
import { CONSOLE_API_URL } from '../config';
import { getToken } from '../session';

/**
 * Downloads the list as the server writes it (`GET /complaints/export`): the current filter, queue
 * and sort, every page, personal columns only for roles that see them, labels in the console's
 * language. react-admin's own exporter would fetch pages through getList (100 rows each) and lose
 * the server's masking rules; the server streams the CSV instead.
 */
export const ComplaintExportButton = () => {
  const { filterValues, sort, total } = useListContext();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const query = new URLSearchParams({ filter: JSON.stringify(filterValues ?? {}), sort: JSON.stringify([sort.field, sort.order]), locale });
      const res = await fetch(`${CONSOLE_API_URL}/complaints/export?${query}`, { headers: { Authorization: `Bearer ${getToken() ?? ''}` } });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string; details?: { errors?: Array<{ message?: string }> } } } | null;
        notify(body?.error?.details?.errors?.[0]?.message ?? body?.error?.message ?? 'ra.notification.http_error', { type: 'error' });
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'complaints.csv';
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button label="ra.action.export" onClick={download} disabled={busy || total === 0}>
      <ExportIcon />
    </Button>
  );
};
