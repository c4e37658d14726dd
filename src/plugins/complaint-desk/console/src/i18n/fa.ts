import farsiMessages from 'ra-language-farsi';
import app from './app/fa';
import { buildMessages } from './messages';

const resources = import.meta.glob('../*/i18n/fa.ts', { eager: true, import: 'default' });

export default buildMessages(farsiMessages, app, resources);
