import type { Messages } from './en';

const messages: Messages = {
  name: 'بازبینی تیم چندوظیفه‌ای |||| بازبینی‌های تیم چندوظیفه‌ای',
  fields: {},
};

export default messages;
