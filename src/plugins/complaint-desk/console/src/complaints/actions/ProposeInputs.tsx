import { LocalizedNumberInput } from '../../common/LocalizedNumberInput';
import {
  AutocompleteInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minValue,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../../common/EnumField';
import { EXTERNAL_RESPONSE_TYPES, MONEY_RESPONSE_TYPES } from '@contract';
import type { Complaint } from '../types';
import { ActionHint } from './ActionHint';
import { compact } from './serverErrors';

const isMoney = (type: unknown) => (MONEY_RESPONSE_TYPES as readonly unknown[]).includes(type);
const currencyFormat = regex(/^[A-Z]{3}$/, 'resources.complaints.actions.fields.currency_format');

const internalChoices = [
  { id: 'corrective_action', name: 'resources.complaints.actions.propose.internal_action' },
  { id: 'none', name: 'resources.complaints.actions.propose.internal_none' },
];

/**
 * A response has two sides (SPEC §2): the external remedy the customer is offered and the internal
 * corrective action against recurrence, or why there is none.
 */
export const ProposeInputs = ({ record }: { record: Complaint }) => {
  const translate = useTranslate();
  const type = useWatch({ name: 'external.type' });
  const internalKind = useWatch({ name: 'internalKind' });
  return (
    <>
      {record.responseRound >= 2 && <ActionHint severity="warning">{translate('resources.complaints.actions.propose.second_round')}</ActionHint>}
      <SelectInput
        source="external.type"
        label="resources.complaints.proposal.type"
        choices={enumChoices('response_type', EXTERNAL_RESPONSE_TYPES)}
        validate={required()}
        fullWidth
      />
      <TextInput
        source="external.description"
        label="resources.complaints.proposal.description"
        multiline
        minRows={3}
        validate={required()}
        fullWidth
      />
      {isMoney(type) && (
        <>
          <LocalizedNumberInput
            source="external.amount"
            label="resources.complaints.proposal.amount"
            validate={[required(), minValue(0.01)]}
            helperText="resources.complaints.actions.propose.amount_help"
            fullWidth
          />
          <TextInput
            source="external.currency"
            label="resources.complaints.proposal.currency"
            parse={(value: string) => (value ?? '').toUpperCase()}
            validate={[required(), currencyFormat]}
            helperText="resources.complaints.actions.fields.currency_help"
            slotProps={{ htmlInput: { maxLength: 3 } }}
            fullWidth
          />
        </>
      )}
      <RadioButtonGroupInput source="internalKind" label="resources.complaints.proposal.internal" choices={internalChoices} validate={required()} />
      {internalKind === 'corrective_action' ? (
        <ReferenceInput
          source="internal.correctiveActionId"
          reference="corrective-actions"
          filter={{ status: ['open', 'in_progress', 'done'] }}
          sort={{ field: 'dueAt', order: 'ASC' }}
        >
          <AutocompleteInput
            label="resources.complaints.proposal.corrective_action"
            optionText="title"
            filterToQuery={(q: string) => (q ? { title_contains: q } : {})}
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
      ) : (
        <TextInput
          source="internal.reason"
          label="resources.complaints.proposal.no_action_reason"
          multiline
          validate={required()}
          fullWidth
        />
      )}
    </>
  );
};

type Values = Record<string, unknown>;

/** The `propose` body of SPEC §8 from the form values. */
export const proposeBody = (values: Values): Values => {
  const external = (values.external ?? {}) as Values;
  const internal = (values.internal ?? {}) as Values;
  const money = isMoney(external.type);
  return {
    external: compact({
      type: external.type,
      description: external.description,
      amount: money && external.amount !== undefined && external.amount !== null ? Number(external.amount) : undefined,
      currency: money ? external.currency : undefined,
    }),
    internal:
      values.internalKind === 'corrective_action'
        ? { correctiveActionId: internal.correctiveActionId }
        : { none: true, reason: internal.reason },
  };
};
