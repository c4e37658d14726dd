import type { Messages } from './en';

const messages: Messages = {
  name: 'رخداد گسترده |||| رخدادهای گسترده',
  fields: {},
};

export default messages;
