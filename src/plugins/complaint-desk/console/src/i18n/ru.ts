import russianMessages from 'ra-language-russian';
import app from './app/ru';
import { buildMessages } from './messages';
import raRussianExtra from './ra/ru-extra';

const resources = import.meta.glob('../*/i18n/ru.ts', { eager: true, import: 'default' });

// ra-language-russian 5.4 lacks a few keys of react-admin 5.15: ra/ru-extra.ts adds them.
const ra = {
  ...russianMessages,
  ra: { ...russianMessages.ra, guesser: { ...russianMessages.ra.guesser, ...raRussianExtra.ra.guesser } },
};

export default buildMessages(ra, app, resources);
