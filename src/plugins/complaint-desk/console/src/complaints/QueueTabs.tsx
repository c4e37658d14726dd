import { Box, ButtonBase, type Theme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDataProvider, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { QUEUE_NAMES, type QueueName } from '@contract';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { formatNumber } from '../i18n/locales';

type QueueTab = QueueName | 'all';
const TABS: readonly QueueTab[] = ['all', ...QUEUE_NAMES];

/**
 * The count of every queue, in one request (`GET /complaints/queue-counts`, one statement on the
 * server). Asked only once the list itself has loaded and the page has settled: counts over a large
 * table would otherwise compete with the rows the user is waiting for (the list is to be
 * interactive within 1.5 s of login).
 */
const useQueueCounts = (enabled: boolean) => {
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  return useQuery({
    queryKey: ['complaints', 'queueCounts'],
    queryFn: () => dataProvider.queueCounts(),
    staleTime: 30_000,
    enabled,
  });
};

/**
 * True once `ready` has held for `delayMs` and the browser is then idle: the counts (on the
 * server, one pass over the open complaints, then a re-render of the tabs) wait until the rows are
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

const KEYS: Record<string, (index: number, length: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * A tab as MUI's Tab looks (size and colours), with the selected tab underlined; in sentence case
 * and on one line, so "Unassigned · 152" reads as a label and a count in every language.
 */
const TAB_SX = {
  typography: 'body2',
  fontWeight: 500,
  whiteSpace: 'nowrap',
  flexShrink: 0,
  minHeight: 48,
  px: 1.5,
  py: 1.5,
  color: 'text.secondary',
  '&[aria-selected="true"]': {
    color: 'primary.main',
    boxShadow: (theme: Theme) => `inset 0 -2px 0 ${theme.palette.primary.main}`,
  },
  '&.Mui-focusVisible': { bgcolor: 'action.focus' },
} as const;

/**
 * The count's place is kept from the first render (an invisible placeholder as wide as a
 * three-digit count), so the tabs do not move when the counts arrive.
 */
const COUNT_SX = { display: 'inline-block', minWidth: '3.5ch', textAlign: 'start', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The work queues of docs/API.md as tabs over the list; "all" drops the queue filter. A plain row
 * of buttons with the tab roles on one line (scrolling sideways on narrow screens), not MUI `Tabs`: its scrollable variant
 * measures the tabs and the scroll buttons on the first render (45–68 ms), and MUI's
 * `Tab` works only inside `Tabs`. The row keeps the tab list's keyboard use: arrows, Home and End
 * move between tabs (the arrows reversed right to left).
 */
export const QueueTabs = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filterValues, displayedFilters, setFilters, isPending } = useListContext();
  const { data: counts } = useQueueCounts(useSettled(!isPending));
  const current: QueueTab = (QUEUE_NAMES as readonly string[]).includes(filterValues.queue) ? filterValues.queue : 'all';
  const list = useRef<HTMLDivElement>(null);

  const select = (queue: QueueTab) => {
    const { queue: _previous, ...rest } = filterValues;
    setFilters(queue === 'all' ? rest : { ...rest, queue }, displayedFilters, false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEYS[event.key];
    const tabs = Array.from(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []);
    const index = tabs.indexOf(document.activeElement as HTMLElement);
    if (!move || index < 0) return;
    event.preventDefault();
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const key = rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : event.key;
    tabs[KEYS[key](index, tabs.length)]?.focus();
  };

  return (
    <Box
      ref={list}
      role="tablist"
      onKeyDown={onKeyDown}
      sx={{ display: 'flex', flexWrap: 'nowrap', overflowX: 'auto', scrollbarWidth: 'thin', borderBottom: 1, borderColor: 'divider' }}
    >
      {TABS.map((queue) => (
        <ButtonBase
          key={queue}
          role="tab"
          onClick={() => queue !== current && select(queue)}
          // What MUI Tabs gives its tabs: the selected state, and only the selected tab focusable
          // by Tab (the others through the arrow keys).
          aria-selected={queue === current}
          tabIndex={queue === current ? 0 : -1}
          data-queue={queue}
          data-testid={`queue-${queue}`}
          sx={TAB_SX}
        >
          {translate(`app.queue.${queue}`)}
          {queue !== 'all' && (
            <>
              {'\u00a0·\u00a0'}
              {counts?.[queue] !== undefined ? (
                <Box component="span" data-queue-count={queue} sx={COUNT_SX}>
                  {formatNumber(counts[queue], locale)}
                </Box>
              ) : (
                <Box component="span" sx={{ ...COUNT_SX, visibility: 'hidden' }} aria-hidden>
                  000
                </Box>
              )}
            </>
          )}
        </ButtonBase>
      ))}
    </Box>
  );
};
