import { TextField } from '@mui/material';
import { lazy, Suspense } from 'react';
import { FieldTitle, type InputProps } from 'react-admin';
import { intlLocale } from '../i18n/locales';

/**
 * Date inputs in the console's calendar and clock (the pickers themselves: pickerInputs.tsx). The
 * pickers and their calendars are a chunk of their own, loaded with the first form or filter that
 * shows a date, so the login and the first list do not wait for them.
 */
export type PickerInputProps = Omit<InputProps, 'format' | 'parse'> & { fullWidth?: boolean };

/** Whether the locale writes time on a 24-hour clock (Intl's hour cycle for it). */
export const uses24Hours = (locale: string): boolean => {
  const cycle = new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
};

const inputs = () => import('./pickerInputs');
const DateTimeImpl = lazy(() => inputs().then((m) => ({ default: m.LocalizedDateTimeInput })));
const DateImpl = lazy(() => inputs().then((m) => ({ default: m.LocalizedDateInput })));

/** The input's place while the picker loads: same label and width, nothing to type into yet. */
const Placeholder = ({ props, small = false }: { props: PickerInputProps; small?: boolean }) => (
  <TextField
    disabled
    size={small ? 'small' : undefined}
    fullWidth={props.fullWidth}
    label={<FieldTitle label={props.label} source={props.source} resource={props.resource} />}
  />
);

/** A date and time as an ISO instant, picked in the console's calendar and clock. */
export const LocalizedDateTimeInput = (props: PickerInputProps) => (
  <Suspense fallback={<Placeholder props={props} />}>
    <DateTimeImpl {...props} />
  </Suspense>
);

/** A day in the console's calendar, as the instant that starts or ends it in the user's time zone. */
export const LocalizedDateInput = (props: PickerInputProps & { bound?: 'start' | 'end' }) => (
  <Suspense fallback={<Placeholder props={props} small />}>
    <DateImpl {...props} />
  </Suspense>
);
