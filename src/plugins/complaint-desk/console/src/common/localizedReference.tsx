import { Typography } from '@mui/material';
import { useMemo } from 'react';
import {
  Link,
  useCreatePath,
  useFieldValue,
  useGetList,
  useLocaleState,
  useResourceDefinitions,
  type FieldProps,
  type RaRecord,
} from 'react-admin';

/**
 * Localized resources (categories, channels, response-templates) answer in English unless a
 * `locale` filter asks otherwise (docs/API.md), and react-admin's getMany cannot carry one. These
 * taxonomies are small, so the console reads one in the console's language once (100 rows, the
 * API's page limit) and names references from that list.
 */
export const useLocalizedRecords = <R extends RaRecord = RaRecord>(
  resource: 'categories' | 'channels' | 'response-templates',
  { filter = {}, sortField = 'code' }: { filter?: Record<string, unknown>; sortField?: string } = {}
) => {
  const [locale] = useLocaleState();
  const { data, isPending, error } = useGetList<R>(
    resource,
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: sortField, order: 'ASC' },
      filter: { ...filter, locale },
    },
    { staleTime: 5 * 60_000 }
  );
  const byId = useMemo(() => new Map((data ?? []).map((record) => [String(record.id), record])), [data]);
  return { records: data ?? [], byId, isPending, error };
};

/** `{id, name}` choices for a SelectInput over a localized resource, in the console's language. */
export const useLocalizedChoices = (
  resource: 'categories' | 'channels' | 'response-templates',
  options: { filter?: Record<string, unknown>; optionText?: string; sortField?: string } = {}
) => {
  const { optionText = 'name', ...rest } = options;
  const { records, isPending } = useLocalizedRecords(resource, rest);
  const choices = useMemo(
    () => records.map((record) => ({ id: record.id, name: String(record[optionText] ?? record.id) })),
    [records, optionText]
  );
  return { choices, isPending };
};

/** A reference to a localized resource, named in the console's language, linking to its page when it has one. */
export const LocalizedReferenceField = ({
  reference,
  optionText = 'name',
  link = 'show',
  ...props
}: FieldProps & {
  reference: 'categories' | 'channels' | 'response-templates';
  optionText?: string;
  link?: 'show' | 'edit' | false;
}) => {
  const value = useFieldValue(props);
  const { byId } = useLocalizedRecords(reference);
  const createPath = useCreatePath();
  const definition = useResourceDefinitions()[reference];
  const linkable = link === 'show' ? definition?.hasShow : link === 'edit' ? definition?.hasEdit : false;
  if (value === null || value === undefined || value === '') return null;
  const record = byId.get(String(value));
  const text = record ? String(record[optionText] ?? value) : '';
  if (!record) return <Typography component="span" variant="body2" />;
  return linkable && link ? (
    <Link
      to={createPath({ resource: reference, id: record.id, type: link })}
      onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}
      variant="body2"
    >
      {text}
    </Link>
  ) : (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
