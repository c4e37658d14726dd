import type { Messages } from './en';

const messages: Messages = {
  name: 'دسته |||| دسته‌ها',
  fields: {},
};

export default messages;
