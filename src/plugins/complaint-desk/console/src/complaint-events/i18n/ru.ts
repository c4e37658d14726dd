import type { Messages } from './en';

const messages: Messages = {
  name: 'Событие |||| События',
  fields: {},
};

export default messages;
