import englishMessages from 'ra-language-english';
import app from './app/en';
import { buildMessages } from './messages';

const resources = import.meta.glob('../*/i18n/en.ts', { eager: true, import: 'default' });

export default buildMessages(englishMessages, app, resources);
