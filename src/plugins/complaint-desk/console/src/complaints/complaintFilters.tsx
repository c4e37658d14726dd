import {
  AutocompleteInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  type AutocompleteInputProps,
} from 'react-admin';
import { useMemo } from 'react';
import { enumChoices } from '../common/EnumField';
import { CHANNELS, ESCALATION_LEVELS, LANGUAGES, STATUSES, VALUE_TIERS, toAsciiDigits } from '@contract';
import { LocalizedDateInput } from '../common/pickers';
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

/**
 * Filters of the complaint list: only fields the API whitelists (server resources/index.ts);
 * `q` is the API's full-text search (tracking code, subject, description, customer name and phone).
 */
export const complaintFilters = [
  // A phone number typed on a Persian or Arabic keyboard searches as ASCII digits (the server does the same).
  <SearchInput key="q" source="q" alwaysOn parse={(value: string) => toAsciiDigits(value ?? '')} />,
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
  // A day in the console's calendar (Jalali in Persian); "until" includes all of that day.
  <LocalizedDateInput key="receivedAt_gte" source="receivedAt_gte" bound="start" />,
  <LocalizedDateInput key="receivedAt_lte" source="receivedAt_lte" bound="end" />,
];
