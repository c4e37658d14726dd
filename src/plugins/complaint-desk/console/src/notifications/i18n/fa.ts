import type { Messages } from './en';

const messages: Messages = {
  name: 'اعلان |||| اعلان‌ها',
  fields: {},
};

export default messages;
