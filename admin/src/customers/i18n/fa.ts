import type { Messages } from './en';

const messages: Messages = {
  name: 'مشتری |||| مشتریان',
  fields: {},
};

export default messages;
