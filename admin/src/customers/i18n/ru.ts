import type { Messages } from './en';

const messages: Messages = {
  name: 'Клиент |||| Клиенты',
  fields: {},
};

export default messages;
