import type { Messages } from './en';

const messages: Messages = {
  name: 'سیاست سطح خدمت |||| سیاست‌های سطح خدمت',
  fields: {},
};

export default messages;
