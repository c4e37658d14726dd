import { Alert, Box, Chip, Link as MuiLink, Paper, Stack, Typography } from '@mui/material';
import { ReferenceField, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatTrackingCode } from '../common/trackingCode';
import { formatDateTime } from '../i18n/locales';
import type { CorrectiveAction } from './correctiveActionStatus';

/**
 * The computed effectiveness with its evidence: the window, what was checked, the recurring
 * complaints (each a link to the complaint), an override with its justification, and the follow-up
 * actions an ineffective result opened.
 */
export const EffectivenessPanel = () => {
  const record = useRecordContext<CorrectiveAction>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { data: followUps } = useGetList<CorrectiveAction>(
    'corrective-actions',
    { pagination: { page: 1, perPage: 10 }, sort: { field: 'createdAt', order: 'ASC' }, filter: { followUpOfId: record?.id } },
    { enabled: !!record && record.status === 'ineffective' },
  );
  if (!record) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.corrective-actions.effectiveness.${key}`, args);
  const date = (v: string | null | undefined) => formatDateTime(v ?? null, locale);
  const evidence = record.effectivenessEvidence;
  const override = record.effectivenessOverride;
  const decided = record.status === 'effective' || record.status === 'ineffective';

  return (
    <Paper variant="outlined" sx={{ p: 2, width: '100%', textAlign: 'start' }} data-testid="effectiveness">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        {t('title')}
      </Typography>
      {!decided && record.status !== 'verification' && <Typography variant="body2">{t('notStarted')}</Typography>}
      {record.status === 'verification' && <Typography variant="body2">{t('pending', { end: date(record.verificationEndsAt) })}</Typography>}
      {decided && (
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Chip color={record.status === 'effective' ? 'success' : 'error'} label={translate(`resources.corrective-actions.statuses.${record.status}`)} data-testid="effectiveness-result" />
            <Typography variant="body2" color="text.secondary">
              {date(record.effectivenessEvaluatedAt)}
            </Typography>
          </Stack>
          {evidence && (
            <>
              <Typography variant="body2">{t('window', { start: date(evidence.window.start), end: date(evidence.window.end) })}</Typography>
              <Typography variant="body2" component="div">
                {evidence.categoryId ? (
                  <ReferenceField record={{ id: record.id, categoryId: evidence.categoryId }} source="categoryId" reference="categories" link={false}>
                    <CategoryScope />
                  </ReferenceField>
                ) : (
                  t('scope', { category: t('anyCategory') })
                )}
              </Typography>
              {evidence.recurrences.length === 0 ? (
                <Typography variant="body2">{t('noRecurrence')}</Typography>
              ) : (
                <Box>
                  <Typography variant="subtitle2">{t('recurrences', { count: evidence.recurrences.length })}</Typography>
                  <Box component="ul" sx={{ m: 0, ps: 3 }} data-testid="recurrences">
                    {evidence.recurrences.map((c) => (
                      <li key={c.id}>
                        <MuiLink component={Link} to={createPath({ resource: 'complaints', type: 'show', id: c.id })} dir="ltr">
                          {formatTrackingCode(c.trackingCode)}
                        </MuiLink>{' '}
                        <Typography component="span" variant="body2" color="text.secondary">
                          {date(c.receivedAt)}
                        </Typography>
                      </li>
                    ))}
                  </Box>
                </Box>
              )}
            </>
          )}
          {override && (
            <Alert severity="info" data-testid="effectiveness-override">
              <Typography variant="body2">{t('overridden', { at: date(override.at) })}</Typography>
              <Typography variant="body2">{t('computed', { result: override.computedResult ? translate(`resources.corrective-actions.statuses.${override.computedResult}`) : t('noComputed') })}</Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {t('justification')}: {override.justification}
              </Typography>
            </Alert>
          )}
          {followUps && followUps.length > 0 && (
            <Box>
              <Typography variant="subtitle2">{t('followUps')}</Typography>
              <Box component="ul" sx={{ m: 0, ps: 3 }}>
                {followUps.map((f) => (
                  <li key={f.id}>
                    <MuiLink component={Link} to={createPath({ resource: 'corrective-actions', type: 'show', id: f.id })} data-testid="follow-up-link">
                      {f.title}
                    </MuiLink>{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      {translate(`resources.corrective-actions.statuses.${f.status}`)}
                    </Typography>
                  </li>
                ))}
              </Box>
            </Box>
          )}
        </Stack>
      )}
    </Paper>
  );
};

const CategoryScope = () => {
  const record = useRecordContext<{ name?: string }>();
  const translate = useTranslate();
  return <span>{translate('resources.corrective-actions.effectiveness.scope', { category: record?.name ?? '' })}</span>;
};
