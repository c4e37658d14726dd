import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, Locale, TranslationMessages } from 'react-admin';
import englishMessages from './i18n/en';

export const DEFAULT_LOCALE = 'en';

/**
 * Non-default locales are loaded on demand so each ends up in its own chunk.
 * To add one, create src/i18n/<locale>.ts (ra-language-<locale> + app messages)
 * and register it here and in `locales`, e.g.:
 *   fr: () => import('./i18n/fr').then((m) => m.default),
 */
const lazyMessages: Record<string, () => Promise<TranslationMessages>> = {};

export const locales: Locale[] = [{ locale: DEFAULT_LOCALE, name: 'English' }];

const getMessages = (locale: string): TranslationMessages | Promise<TranslationMessages> => {
  // The default locale must be returned synchronously.
  if (locale === DEFAULT_LOCALE) return englishMessages;
  const load = lazyMessages[locale];
  return load ? load() : englishMessages;
};

export const i18nProvider: I18nProvider = polyglotI18nProvider(
  getMessages,
  DEFAULT_LOCALE,
  locales
);

export default i18nProvider;
