import type { Messages } from './en';

const messages: Messages = {
  name: 'علت ریشه‌ای |||| علل ریشه‌ای',
  fields: {},
};

export default messages;
