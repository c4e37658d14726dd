import type { Messages } from './en';

const messages: Messages = {
  name: 'Разбор группы |||| Разборы группы',
  fields: {},
};

export default messages;
