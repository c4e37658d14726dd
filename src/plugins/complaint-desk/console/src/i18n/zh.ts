import app from './app/zh';
import { buildMessages } from './messages';
import chineseMessages from './ra/zh';

const resources = import.meta.glob('../*/i18n/zh.ts', { eager: true, import: 'default' });

export default buildMessages(chineseMessages, app, resources);
