import type { Messages } from './en';

const messages: Messages = {
  name: 'کانال |||| کانال‌ها',
  fields: {},
};

export default messages;
