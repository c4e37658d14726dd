import { useLocaleState } from 'react-admin';
import { intlLocale } from '../i18n/locales';

/** The `Intl` locale of the console's language, for react-admin's number fields (Persian digits in fa). */
export const useIntlLocale = () => {
  const [locale] = useLocaleState();
  return intlLocale(locale);
};
