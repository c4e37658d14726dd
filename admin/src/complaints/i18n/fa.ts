import type { Messages } from './en';

const messages: Messages = {
  name: 'شکایت |||| شکایات',
  fields: {},
};

export default messages;
