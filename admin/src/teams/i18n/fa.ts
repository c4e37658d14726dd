import type { Messages } from './en';

const messages: Messages = {
  name: 'تیم |||| تیم‌ها',
  fields: {},
};

export default messages;
