import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import englishMessages from './i18n/en';
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, type ConsoleLocale } from './i18n/locales';

/** Non-default locales are loaded on demand, each in its own chunk. */
const lazyMessages: Record<Exclude<ConsoleLocale, 'en'>, () => Promise<TranslationMessages>> = {
  fa: () => import('./i18n/fa').then((m) => m.default),
  ru: () => import('./i18n/ru').then((m) => m.default),
  zh: () => import('./i18n/zh').then((m) => m.default),
};

const getMessages = (locale: string): TranslationMessages | Promise<TranslationMessages> => {
  // The default locale must be returned synchronously.
  if (locale === DEFAULT_LOCALE) return englishMessages;
  const load = lazyMessages[locale as keyof typeof lazyMessages];
  return load ? load() : englishMessages;
};

type Listener = (locale: string) => void;
const listeners = new Set<Listener>();

/** Called after each locale change (the switcher, or react-admin restoring the stored choice). */
export const onLocaleChange = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const polyglot = polyglotI18nProvider(
  getMessages,
  DEFAULT_LOCALE,
  LOCALES.map((locale) => ({ locale, name: LOCALE_NAMES[locale] }))
);

export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    listeners.forEach((listener) => listener(locale));
  },
};

export default i18nProvider;
