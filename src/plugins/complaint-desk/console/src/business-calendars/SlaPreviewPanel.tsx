import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { formatDateTime } from '../i18n/locales';

const T = 'resources.business-calendars.preview.';

interface DurationRow {
  days: number;
  hours: number;
}

/** SPEC §5 defaults: assessment 2, evaluation 4, resolution 1 working days. */
const DEFAULT_DURATIONS: DurationRow[] = [
  { days: 2, hours: 0 },
  { days: 4, hours: 0 },
  { days: 1, hours: 0 },
];

/** Offset (ms) of a time zone at an instant: local wall time minus UTC. */
const zoneOffset = (instant: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
};

/** 'YYYY-MM-DDTHH:mm' in a time zone → ISO instant. */
export const zonedToIso = (wall: string, timeZone: string): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  try {
    let instant = asUtc - zoneOffset(asUtc, timeZone);
    instant = asUtc - zoneOffset(instant, timeZone);
    return new Date(instant).toISOString();
  } catch {
    return null;
  }
};

/** An instant as 'YYYY-MM-DDTHH:mm' in a time zone (for a datetime-local input). */
export const isoToZoned = (instant: Date, timeZone: string): string => {
  try {
    const local = new Date(instant.getTime() + zoneOffset(instant.getTime(), timeZone));
    return local.toISOString().slice(0, 16);
  } catch {
    return instant.toISOString().slice(0, 16);
  }
};

/**
 * Deadlines the saved calendar gives from a start time (`POST /sla/preview` with `calendarId`),
 * shown in the calendar's time zone.
 */
export const SlaPreviewPanel = () => {
  const record = useRecordContext<RaRecord & { timezone?: string }>();
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const timeZone = record?.timezone || 'UTC';
  const [start, setStart] = useState(() => isoToZoned(new Date(), timeZone));
  const [durations, setDurations] = useState<DurationRow[]>(DEFAULT_DURATIONS);
  const [due, setDue] = useState<string[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const compute = useCallback(
    async (rows: DurationRow[], startWall: string) => {
      if (!record) return;
      const startIso = zonedToIso(startWall, timeZone);
      if (!startIso) return;
      setLoading(true);
      setError(null);
      try {
        const result = await dataProvider.slaPreview({
          calendarId: String(record.id),
          start: startIso,
          durations: rows.map((r) => ({ days: r.days || 0, hours: r.hours || 0 })),
        });
        setDue(result.due);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        setError(message);
        setDue(null);
        notify(message, { type: 'error' });
      } finally {
        setLoading(false);
      }
    },
    [dataProvider, notify, record, timeZone]
  );

  // First computation with the defaults, once the calendar is known (and again when it is saved).
  const recordKey = record ? `${record.id}:${String(record.updatedAt)}` : '';
  useEffect(() => {
    if (!recordKey) return;
    const wall = isoToZoned(new Date(), timeZone);
    setStart(wall);
    void compute(DEFAULT_DURATIONS, wall);
  }, [recordKey]);

  if (!record) return null;
  const setRow = (index: number, patch: Partial<DurationRow>) =>
    setDurations((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <Card sx={{ mt: 2 }} data-testid="sla-preview">
      <CardHeader title={translate(`${T}title`)} subheader={translate(`${T}help`)} />
      <CardContent>
        <TextField
          type="datetime-local"
          size="small"
          label={translate(`${T}start`)}
          value={start}
          onChange={(e) => setStart(e.target.value)}
          helperText={translate(`${T}timezone_note`, { timezone: timeZone })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'sla-preview-start' } }}
          sx={{ mb: 2, width: 280 }}
        />
        <Table size="small" sx={{ maxWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>{translate(`${T}days`)}</TableCell>
              <TableCell>{translate(`${T}hours`)}</TableCell>
              <TableCell>{translate(`${T}due`)}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {durations.map((row, index) => (
              <TableRow key={index} data-testid={`sla-preview-row-${index}`}>
                <TableCell>{translate(`${T}duration`, { n: index + 1 })}</TableCell>
                <TableCell>
                  <TextField
                    type="number"
                    size="small"
                    value={row.days}
                    onChange={(e) => setRow(index, { days: Number(e.target.value) })}
                    slotProps={{ htmlInput: { min: 0, step: 0.5, 'aria-label': translate(`${T}days`) } }}
                    sx={{ width: 100 }}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    type="number"
                    size="small"
                    value={row.hours}
                    onChange={(e) => setRow(index, { hours: Number(e.target.value) })}
                    slotProps={{ htmlInput: { min: 0, step: 0.5, 'aria-label': translate(`${T}hours`) } }}
                    sx={{ width: 100 }}
                  />
                </TableCell>
                <TableCell data-testid={`sla-preview-due-${index}`} data-due={due?.[index] ?? ''}>
                  {due?.[index] ? formatDateTime(due[index], locale, timeZone) : '—'}
                </TableCell>
                <TableCell>
                  <Tooltip title={translate(`${T}remove`)}>
                    <IconButton
                      size="small"
                      aria-label={translate(`${T}remove`)}
                      onClick={() => {
                        setDurations((rows) => rows.filter((_, i) => i !== index));
                        setDue(null);
                      }}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
          <Button size="small" startIcon={<AddIcon />} onClick={() => setDurations((rows) => [...rows, { days: 1, hours: 0 }])}>
            {translate(`${T}add`)}
          </Button>
          <Button
            variant="contained"
            size="small"
            disabled={loading || durations.length === 0}
            onClick={() => void compute(durations, start)}
            data-testid="sla-preview-compute"
          >
            {translate(`${T}compute`)}
          </Button>
        </Box>
        {error && (
          <Typography color="error" variant="body2" sx={{ mt: 1 }} data-testid="sla-preview-error">
            {error}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
