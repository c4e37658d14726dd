import { Box, Tab, Tabs } from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetList, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { QUEUES, type Queue } from '../common/enums';
import { formatNumber } from '../i18n/locales';

type QueueTab = Queue | 'all';
const TABS: readonly QueueTab[] = ['all', ...QUEUES];

/**
 * How many complaints a queue holds (a one-row page: the total comes from Content-Range). Asked
 * only once the list itself has loaded and the page has settled: seven counts over a large table would otherwise compete
 * with the rows the user is waiting for (issue #5: the list interactive within 1.5 s of login).
 */
const QueueCount = ({ queue, ready }: { queue: Queue; ready: boolean }) => {
  const [locale] = useLocaleState();
  const { total } = useGetList(
    'complaints',
    { pagination: { page: 1, perPage: 1 }, sort: { field: 'receivedAt', order: 'DESC' }, filter: { queue } },
    { staleTime: 30_000, enabled: ready }
  );
  return total === undefined ? null : <span data-queue-count={queue}>{` (${formatNumber(total, locale)})`}</span>;
};

/**
 * True once `ready` has held for `delayMs` and the browser is then idle: the seven counts (each a
 * COUNT over the whole table on the server, then a re-render of the tabs) wait until the rows are
 * on screen and the page has settled, so they compete neither for the server's cores nor for the
 * main thread with the rows the user is waiting for.
 */
export const QUEUE_COUNT_DELAY_MS = 1000;
const useSettled = (ready: boolean, delayMs = QUEUE_COUNT_DELAY_MS) => {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready || settled) return;
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') {
        idle = window.requestIdleCallback(() => setSettled(true), { timeout: 1000 });
      } else setSettled(true);
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [ready, settled, delayMs]);
  return settled;
};

/** The work queues of docs/API.md as tabs over the list; "all" drops the queue filter. */
export const QueueTabs = () => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters, isPending } = useListContext();
  const countsWanted = useSettled(!isPending);
  const current: QueueTab = (QUEUES as readonly string[]).includes(filterValues.queue) ? filterValues.queue : 'all';

  const select = (_event: unknown, queue: QueueTab) => {
    const { queue: _previous, ...rest } = filterValues;
    setFilters(queue === 'all' ? rest : { ...rest, queue }, displayedFilters, false);
  };

  return (
    <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Tabs value={current} onChange={select} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile>
        {TABS.map((queue) => (
          <Tab
            key={queue}
            value={queue}
            data-queue={queue}
            data-testid={`queue-${queue}`}
            label={
              <span>
                {translate(`app.queue.${queue}`)}
                {queue !== 'all' && <QueueCount queue={queue} ready={countsWanted} />}
              </span>
            }
          />
        ))}
      </Tabs>
    </Box>
  );
};
