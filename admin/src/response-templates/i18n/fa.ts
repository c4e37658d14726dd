import type { Messages } from './en';

const messages: Messages = {
  name: 'الگوی پاسخ |||| الگوهای پاسخ',
  fields: {},
};

export default messages;
