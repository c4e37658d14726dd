import type { Messages } from './en';

const messages: Messages = {
  name: 'Команда |||| Команды',
  fields: {},
};

export default messages;
