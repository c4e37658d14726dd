import type { Messages } from './en';

const messages: Messages = {
  name: 'نظرسنجی |||| نظرسنجی‌ها',
  fields: {},
};

export default messages;
