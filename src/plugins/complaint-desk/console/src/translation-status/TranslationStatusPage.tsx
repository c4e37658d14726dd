import CheckIcon from '@mui/icons-material/CheckCircle';
import MissingIcon from '@mui/icons-material/CancelOutlined';
import PartialIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Box, Card, CardContent, Chip, Link as MuiLink, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useGetList, useTranslate } from 'react-admin';
import { LANGUAGES } from '@contract';
import { translationStatus, type LocalizedRow, type StatusRow } from './translationStatus';

type Language = (typeof LANGUAGES)[number];
type LocalizedResource = 'categories' | 'channels' | 'response-templates';

/** The texts each resource has per language (the rest is shared by all versions). */
export const LOCALIZED_TEXTS: Record<LocalizedResource, readonly string[]> = {
  categories: ['name', 'description', 'recourseText'],
  channels: ['name', 'description', 'contact'],
  'response-templates': ['name', 'subject', 'body'],
};

/** One language version of a resource: the small list, read once (the API's page is 100 rows). */
const useVersion = (resource: LocalizedResource, locale: Language) =>
  useGetList<LocalizedRow & { id: string }>(resource, { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' }, filter: { locale } }, { staleTime: 30_000 });

const Cell = ({ resource, row, locale }: { resource: LocalizedResource; row: StatusRow<Language>; locale: Language }) => {
  const translate = useTranslate();
  const cell = row.cells[locale];
  const fields = cell.emptyFields.map((f) => translate(`resources.${resource}.fields.${f}`, { _: f })).join(', ');
  const text =
    cell.state === 'ok'
      ? translate('resources.translation-status.state.ok')
      : cell.state === 'missing'
        ? translate('resources.translation-status.state.missing')
        : translate('resources.translation-status.state.incomplete', { fields });
  const icon = cell.state === 'ok' ? <CheckIcon color="success" fontSize="small" /> : cell.state === 'missing' ? <MissingIcon color="error" fontSize="small" /> : <PartialIcon color="warning" fontSize="small" />;
  return (
    <TableCell data-state={cell.state} data-locale={locale}>
      <MuiLink component={Link} to={`/${resource}/${encodeURIComponent(row.id)}?locale=${locale}`} underline="hover" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }} color="inherit">
        {icon}
        <Typography variant="body2" component="span">
          {text}
        </Typography>
      </MuiLink>
    </TableCell>
  );
};

const ResourceStatus = ({ resource }: { resource: LocalizedResource }) => {
  const translate = useTranslate();
  const en = useVersion(resource, 'en');
  const fa = useVersion(resource, 'fa');
  const ru = useVersion(resource, 'ru');
  const zh = useVersion(resource, 'zh');
  const lists = { en, fa, ru, zh };
  const pending = Object.values(lists).some((l) => l.isPending);
  const rows = pending
    ? []
    : translationStatus(LANGUAGES, { en: en.data ?? [], fa: fa.data ?? [], ru: ru.data ?? [], zh: zh.data ?? [] }, LOCALIZED_TEXTS[resource]);
  const withGaps = rows.filter((r) => r.gaps > 0).length;
  const truncated = Object.values(lists).some((l) => (l.total ?? 0) > (l.data?.length ?? 0));
  return (
    <Card sx={{ mb: 2 }} data-testid={`translation-status-${resource}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate(`resources.${resource}.name`, { smart_count: 2 })}
          </Typography>
          {!pending && (
            <Chip
              size="small"
              color={withGaps ? 'warning' : 'success'}
              label={withGaps ? translate('resources.translation-status.gaps', { smart_count: withGaps }) : translate('resources.translation-status.complete')}
            />
          )}
        </Stack>
        {pending ? (
          <Typography variant="body2">{translate('app.common.loading')}</Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell component="th" scope="col">
                    {translate(`resources.${resource}.fields.name`)}
                  </TableCell>
                  {LANGUAGES.map((l) => (
                    <TableCell key={l} component="th" scope="col">
                      {translate(`app.language.${l}`)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id} data-record={row.id}>
                    <TableCell component="th" scope="row">
                      {row.label}
                    </TableCell>
                    {LANGUAGES.map((l) => (
                      <Cell key={l} resource={resource} row={row} locale={l} />
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {truncated && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.translation-status.truncated')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

/** Which categories, channels and templates lack a language, or a text in one: each cell opens that version. */
export const TranslationStatusPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('resources.translation-status.title')} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('resources.translation-status.help')}
      </Typography>
      {(Object.keys(LOCALIZED_TEXTS) as LocalizedResource[]).map((resource) => (
        <ResourceStatus key={resource} resource={resource} />
      ))}
    </Box>
  );
};

export default TranslationStatusPage;
