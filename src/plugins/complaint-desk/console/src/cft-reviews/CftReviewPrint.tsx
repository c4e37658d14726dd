import PrintIcon from '@mui/icons-material/Print';
import type { ReactNode } from 'react';
import { Box, Button, GlobalStyles, Typography } from '@mui/material';
import { useGetList, useGetMany, useGetOne, useLocaleState, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { SIX_M } from '@contract';
import { formatDateTime } from '../i18n/locales';
import { EIGHT_D, readEightD, readFishbone, readFiveWhys } from './cftReviewShape';

/**
 * Print CSS: on paper only the 8D report shows, the console around it is hidden; on screen the
 * report is not rendered visible at all. Browsers print it in the page's direction and fonts, so
 * Persian and Chinese come out as on screen (no PDF library is involved).
 */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media screen': { '.cd-print-8d': { display: 'none' } },
      '@media print': {
        'body *': { visibility: 'hidden' },
        '.cd-print-8d, .cd-print-8d *': { visibility: 'visible' },
        '.cd-print-8d': { position: 'absolute', insetInlineStart: 0, top: 0, width: '100%', padding: '12mm', color: '#000', background: '#fff' },
        '.cd-print-8d section': { breakInside: 'avoid', borderTop: '1px solid #999', padding: '4mm 0' },
        '@page': { size: 'A4', margin: '10mm' },
      },
    }}
  />
);

export const PrintButton = () => {
  const translate = useTranslate();
  return (
    <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-8d">
      {translate('resources.cft-reviews.print.button')}
    </Button>
  );
};

const Names = ({ ids }: { ids: string[] }) => {
  const { data = [] } = useGetMany('users', { ids });
  return <>{data.map((u: RaRecord) => u.name ?? u.username).join(', ') || '—'}</>;
};

/** The review as an 8D report, rendered for print only. */
export const CftReviewPrint = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: leader } = useGetOne('users', { id: record?.leaderId }, { enabled: !!record?.leaderId });
  const { data: causes = [] } = useGetMany('root-causes', { ids: record?.rootCauseIds ?? [] }, { enabled: !!record });
  const { data: actions = [] } = useGetList('corrective-actions', { pagination: { page: 1, perPage: 50 }, sort: { field: 'dueAt', order: 'ASC' }, filter: { cftReviewId: record?.id } }, { enabled: !!record });
  if (!record) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.cft-reviews.${key}`, args);
  const sections = readEightD(record.eightD);
  const whys = readFiveWhys(record.fiveWhys);
  const bones = readFishbone(record.fishbone);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  const extra: Partial<Record<(typeof EIGHT_D)[number], ReactNode>> = {
    D1: (
      <Typography variant="body2">
        {t('print.leader', { name: leader?.name ?? '—' })} · {t('print.team')}: <Names ids={record.memberIds ?? []} />
      </Typography>
    ),
    D2: text(record.problemStatement) && (
      <Typography variant="body2" dir="auto">
        {record.problemStatement}
      </Typography>
    ),
    D3: text(record.containment) && (
      <Typography variant="body2" dir="auto">
        {record.containment}
      </Typography>
    ),
    D4: (
      <>
        {whys.length > 0 && (
          <ol>
            {whys.map((w, i) => (
              <li key={i} dir="auto">
                <strong>{w.why}</strong> — {w.answer || '—'}
              </li>
            ))}
          </ol>
        )}
        {SIX_M.some((m) => bones[m].length) && (
          <ul>
            {SIX_M.filter((m) => bones[m].length).map((m) => (
              <li key={m}>
                {translate(`app.six_m.${m}`)}: {bones[m].join('; ')}
              </li>
            ))}
          </ul>
        )}
        {causes.length > 0 && (
          <Typography variant="body2">
            {t('fields.rootCauseIds')}: {causes.map((c: RaRecord) => c.title).join('; ')}
          </Typography>
        )}
      </>
    ),
    D5: actions.length > 0 && (
      <ul>
        {actions.map((a: RaRecord) => (
          <li key={a.id}>
            {a.title} — {translate(`resources.corrective-actions.statuses.${a.status}`)}
          </li>
        ))}
      </ul>
    ),
  };
  return (
    <>
      {printStyles}
      <Box className="cd-print-8d" data-testid="print-8d-report">
        <Typography variant="h5">
          {t('print.heading')}: <bdi>{record.title}</bdi>
        </Typography>
        <Typography variant="body2">
          {t(`statuses.${record.status}`)} · {t('print.printed', { at: formatDateTime(new Date().toISOString(), locale) })}
        </Typography>
        {EIGHT_D.map((d) => (
          <section key={d}>
            <Typography variant="subtitle1">
              {d} · {t(`eightD.${d}`)}
            </Typography>
            {sections[d] && (
              <Typography variant="body2" dir="auto" sx={{ whiteSpace: 'pre-wrap' }}>
                {sections[d]}
              </Typography>
            )}
            {extra[d]}
          </section>
        ))}
        <section>
          <Typography variant="subtitle1">{t('fields.conclusion')}</Typography>
          <Typography variant="body2" dir="auto" sx={{ whiteSpace: 'pre-wrap' }}>
            {record.conclusion || t('empty')}
          </Typography>
          <Typography variant="body2">
            {record.conclusionState === 'approved'
              ? t('print.approved', { at: formatDateTime(record.concludedAt ?? null, locale) })
              : t('print.notApproved', { state: t(`conclusionStates.${record.conclusionState ?? 'draft'}`) })}
          </Typography>
        </section>
      </Box>
    </>
  );
};
