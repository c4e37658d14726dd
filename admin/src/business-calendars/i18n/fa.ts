import type { Messages } from './en';

const messages: Messages = {
  name: 'تقویم کاری |||| تقویم‌های کاری',
  fields: {},
};

export default messages;
