import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  type AutocompleteInputProps,
} from 'react-admin';
import { useMemo } from 'react';
import { enumChoices } from '../common/EnumField';
import { CHANNELS, ESCALATION_LEVELS, LANGUAGES, STATUSES, VALUE_TIERS } from '@contract';
import { useLocalizedRecords } from '../common/localizedReference';

export const VALUE_TIER_CHOICES = VALUE_TIERS.map((tier) => ({ id: tier, name: String(tier) }));

interface Category {
  id: string;
  name: string;
  parentId: string | null;
}

/** "Billing › Double charge": a category's path of names, so same-named leaves of two schemes differ. */
export const useCategoryChoices = () => {
  const { records, byId, isPending } = useLocalizedRecords<Category & { active?: boolean }>('categories');
  const choices = useMemo(
    () =>
      records
        .filter((category) => category.active !== false)
        .map((category) => {
          const names = [category.name];
          let parent = category.parentId ? byId.get(category.parentId) : undefined;
          for (let depth = 0; parent && depth < 10; depth += 1) {
            names.unshift(parent.name);
            parent = parent.parentId ? byId.get(parent.parentId) : undefined;
          }
          return { id: category.id, name: names.join(' › ') };
        }),
    [records, byId]
  );
  return { choices, isPending };
};

/** Categories in the console's language (the list is small; see localizedReference). */
export const CategoryInput = ({ source = 'categoryId', ...props }: Omit<AutocompleteInputProps, 'source'> & { source?: string }) => {
  const { choices, isPending } = useCategoryChoices();
  return <AutocompleteInput source={source} choices={choices} isPending={isPending} translateChoice={false} {...props} />;
};

/** A staff member, searched by user name. */
export const StaffInput = ({ source, ...props }: Omit<AutocompleteInputProps, 'source'> & { source: string }) => (
  <ReferenceInput source={source} reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput
      optionText="name"
      filterToQuery={(text: string) => (text ? { username_contains: text } : {})}
      {...props}
    />
  </ReferenceInput>
);

/** The date input yields a day; "until" means up to the end of that day, in the user's time zone. */
const endOfDay = (value: string) => {
  if (!value) return value;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999`) : new Date(value);
  return Number.isNaN(day.getTime()) ? value : day.toISOString();
};
const startOfDay = (value: string) => {
  if (!value) return value;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return Number.isNaN(day.getTime()) ? value : day.toISOString();
};

/**
 * Filters of the complaint list: only fields the API whitelists (server resources/index.ts);
 * `q` is the API's full-text search (tracking code, subject, description, customer name and phone).
 */
export const complaintFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('status', STATUSES)} />,
  <SelectInput key="channel" source="channel" choices={enumChoices('channel', CHANNELS)} />,
  <CategoryInput key="categoryId" source="categoryId" />,
  <ReferenceInput key="teamId" source="teamId" reference="teams" sort={{ field: 'code', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <StaffInput key="assigneeId" source="assigneeId" />,
  <SelectInput key="escalationLevel" source="escalationLevel" choices={enumChoices('escalation', ESCALATION_LEVELS)} />,
  <SelectInput key="language" source="language" choices={enumChoices('language', LANGUAGES)} />,
  <SelectInput key="valueTier" source="valueTier" choices={VALUE_TIER_CHOICES} translateChoice={false} />,
  <DateInput key="receivedAt_gte" source="receivedAt_gte" parse={startOfDay} />,
  <DateInput key="receivedAt_lte" source="receivedAt_lte" parse={endOfDay} />,
];
