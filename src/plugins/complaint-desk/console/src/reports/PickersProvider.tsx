import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { faIR as pickersFa, ruRU as pickersRu, zhCN as pickersZh } from '@mui/x-date-pickers/locales';
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import { zhCN } from 'date-fns/locale/zh-CN';
import { faIR } from 'date-fns-jalali/locale/fa-IR';
import type { ReactNode } from 'react';
import { useLocaleState } from 'react-admin';

const TEXTS = {
  fa: pickersFa.components.MuiLocalizationProvider.defaultProps.localeText,
  ru: pickersRu.components.MuiLocalizationProvider.defaultProps.localeText,
  zh: pickersZh.components.MuiLocalizationProvider.defaultProps.localeText,
};

/**
 * Date pickers in the console's language: the Solar Hijri calendar with Persian digits in Persian
 * (date-fns-jalali), the Gregorian one with the language's month names and week start otherwise.
 */
export const PickersProvider = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  if (locale === 'fa') {
    return (
      <LocalizationProvider dateAdapter={AdapterDateFnsJalali} adapterLocale={faIR} localeText={TEXTS.fa}>
        {children}
      </LocalizationProvider>
    );
  }
  const adapterLocale = locale === 'ru' ? ru : locale === 'zh' ? zhCN : enGB;
  const localeText = locale === 'ru' ? TEXTS.ru : locale === 'zh' ? TEXTS.zh : undefined;
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={adapterLocale} localeText={localeText}>
      {children}
    </LocalizationProvider>
  );
};
