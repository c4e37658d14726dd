import type { Messages } from './en';

const messages: Messages = {
  name: 'Сотрудник |||| Сотрудники',
  fields: {},
};

export default messages;
