import { Typography } from '@mui/material';
import { useMemo, type MutableRefObject } from 'react';
import { useFormContext, type FieldValues, type UseFormSetError } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  DateTimeInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CFT_REVIEW_STATUSES, SIX_M } from '@contract';
import { EIGHT_D, toFormValues } from './cftReviewShape';

// Concluded only by approving the conclusion (the server refuses it here).
const statusChoices = CFT_REVIEW_STATUSES.filter((s) => s !== 'concluded').map((s) => ({ id: s, name: `resources.cft-reviews.statuses.${s}` }));

const Hint = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate(text)}
    </Typography>
  );
};

/** Hands the form's `setError` to the page, which puts the server's 400 field paths on their inputs. */
const CaptureSetError = ({ target }: { target?: MutableRefObject<UseFormSetError<FieldValues> | null> }) => {
  const { setError } = useFormContext();
  if (target) target.current = setError;
  return null;
};

/** General, 8D, 5 Whys, Fishbone (6M) and Field visit, one tab each. */
export const CftReviewForm = ({ setErrorRef }: { setErrorRef?: MutableRefObject<UseFormSetError<FieldValues> | null> }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  // One object per loaded record: a new one each render would reset the form.
  const values = useMemo(() => toFormValues(record ?? { status: 'planned' }) as RaRecord | undefined, [record]);
  return (
    <TabbedForm record={values}>
      <TabbedForm.Tab label="resources.cft-reviews.tabs.general">
        <TextInput source="title" validate={required()} fullWidth />
        <SelectInput source="status" choices={statusChoices} />
        <ReferenceInput source="leaderId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => (q ? { username_contains: q } : {})} />
        </ReferenceInput>
        <ReferenceArrayInput source="memberIds" reference="users" sort={{ field: 'username', order: 'ASC' }}>
          <AutocompleteArrayInput optionText="name" filterToQuery={(q: string) => (q ? { username_contains: q } : {})} />
        </ReferenceArrayInput>
        <TextInput source="problemStatement" multiline minRows={3} fullWidth />
        <TextInput source="containment" multiline minRows={2} fullWidth />
        <ReferenceArrayInput source="rootCauseIds" reference="root-causes" sort={{ field: 'title', order: 'ASC' }}>
          <AutocompleteArrayInput optionText="title" filterToQuery={(q: string) => (q ? { title_contains: q } : {})} />
        </ReferenceArrayInput>
        <ReferenceInput source="massIncidentId" reference="mass-incidents">
          <AutocompleteInput optionText="title" filterToQuery={(q: string) => (q ? { title_contains: q } : {})} />
        </ReferenceInput>
        <TextInput source="conclusion" multiline minRows={2} fullWidth />
        <CaptureSetError target={setErrorRef} />
      </TabbedForm.Tab>
      <TabbedForm.Tab label="resources.cft-reviews.tabs.eightD" path="8d">
        <Hint text="resources.cft-reviews.hints.eightD" />
        {EIGHT_D.map((d) => (
          <TextInput
            key={d}
            source={`eightD.${d}`}
            label={`${d} · ${translate(`resources.cft-reviews.eightD.${d}`)}`}
            multiline
            minRows={2}
            fullWidth
          />
        ))}
      </TabbedForm.Tab>
      <TabbedForm.Tab label="resources.cft-reviews.tabs.fiveWhys" path="5-whys">
        <Hint text="resources.cft-reviews.hints.fiveWhys" />
        <ArrayInput source="fiveWhys" label={false}>
          <SimpleFormIterator inline disableClear>
            <TextInput source="why" label="resources.cft-reviews.fiveWhys.why" sx={{ minWidth: 320 }} />
            <TextInput source="answer" label="resources.cft-reviews.fiveWhys.answer" sx={{ minWidth: 320 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </TabbedForm.Tab>
      <TabbedForm.Tab label="resources.cft-reviews.tabs.fishbone" path="fishbone">
        <Hint text="resources.cft-reviews.hints.fishbone" />
        {SIX_M.map((m) => (
          <ArrayInput key={m} source={`fishbone.${m}`} label={`app.six_m.${m}`}>
            <SimpleFormIterator inline disableClear disableReordering>
              <TextInput source="cause" label="resources.cft-reviews.fishbone.cause" sx={{ minWidth: 360 }} />
            </SimpleFormIterator>
          </ArrayInput>
        ))}
      </TabbedForm.Tab>
      <TabbedForm.Tab label="resources.cft-reviews.tabs.fieldVisit" path="field-visit">
        <DateTimeInput source="fieldVisitAt" />
        <TextInput source="fieldVisitPlan" multiline minRows={5} fullWidth />
      </TabbedForm.Tab>
    </TabbedForm>
  );
};
