import type { Messages } from './en';

const messages: Messages = {
  name: 'Опрос |||| Опросы',
  fields: {},
};

export default messages;
