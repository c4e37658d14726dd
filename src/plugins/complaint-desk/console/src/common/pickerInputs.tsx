import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as enText, faIR as faText, ruRU as ruText, zhCN as zhText } from '@mui/x-date-pickers/locales';
import { enUS, ru, zhCN } from 'date-fns/locale';
import { faIR } from 'date-fns-jalali/locale';
import type { ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, useLocaleState, useTranslate } from 'react-admin';
import { uses24Hours, type PickerInputProps } from './pickers';

/**
 * Date pickers that follow the console's language: the Jalali calendar in Persian
 * (`date-fns-jalali`), the Gregorian one otherwise, each with its locale's month names, week start
 * and picker texts, and a 24-hour clock where the locale writes one (all but English).
 */
const PICKER_LOCALES = {
  en: { adapter: AdapterDateFns, dateFns: enUS, text: enText },
  fa: { adapter: AdapterDateFnsJalali, dateFns: faIR, text: faText },
  ru: { adapter: AdapterDateFns, dateFns: ru, text: ruText },
  zh: { adapter: AdapterDateFns, dateFns: zhCN, text: zhText },
} as const;

const pickerLocale = (locale: string) => PICKER_LOCALES[locale as keyof typeof PICKER_LOCALES] ?? PICKER_LOCALES.en;


export const PickersLocale = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const l = pickerLocale(locale);
  return (
    <LocalizationProvider
      dateAdapter={l.adapter}
      adapterLocale={l.dateFns}
      localeText={l.text.components.MuiLocalizationProvider.defaultProps.localeText}
    >
      {children}
    </LocalizationProvider>
  );
};

const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date;
};


/** A date and time as an ISO instant, picked in the console's calendar and clock. */
export const LocalizedDateTimeInput = ({ fullWidth, helperText, ...props }: PickerInputProps) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput(props);
  const error = fieldState.error?.message;
  return (
    <PickersLocale>
      <DateTimePicker
        value={toDate(field.value)}
        onChange={(date) => field.onChange(date && !Number.isNaN(date.getTime()) ? date.toISOString() : null)}
        ampm={!uses24Hours(locale)}
        label={<FieldTitle label={props.label} source={props.source} resource={props.resource} isRequired={isRequired} />}
        slotProps={{
          textField: {
            name: field.name,
            variant: 'filled',
            onBlur: field.onBlur,
            fullWidth,
            error: Boolean(error),
            helperText: <InputHelperText error={error} helperText={typeof helperText === 'string' ? translate(helperText, { _: helperText }) : helperText} />,
          },
        }}
      />
    </PickersLocale>
  );
};

/**
 * A day in the console's calendar, as the instant that starts it (`bound: 'start'`) or ends it
 * (`bound: 'end'`) in the user's time zone: "until 3 Dey" includes all of that day.
 */
export const LocalizedDateInput = ({ fullWidth, helperText, bound = 'start', ...props }: PickerInputProps & { bound?: 'start' | 'end' }) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput(props);
  const error = fieldState.error?.message;
  return (
    <PickersLocale>
      <DatePicker
        value={toDate(field.value)}
        onChange={(date) => {
          if (!date || Number.isNaN(date.getTime())) return field.onChange(null);
          const day = new Date(date);
          if (bound === 'end') day.setHours(23, 59, 59, 999);
          else day.setHours(0, 0, 0, 0);
          field.onChange(day.toISOString());
        }}
        label={<FieldTitle label={props.label} source={props.source} resource={props.resource} isRequired={isRequired} />}
        slotProps={{
          textField: {
            name: field.name,
            variant: 'filled',
            onBlur: field.onBlur,
            fullWidth,
            size: 'small',
            error: Boolean(error),
            helperText: helperText ? <InputHelperText error={error} helperText={typeof helperText === 'string' ? translate(helperText, { _: helperText }) : helperText} /> : undefined,
          },
        }}
      />
    </PickersLocale>
  );
};
