import type { Messages } from './en';

const messages: Messages = {
  name: 'Уведомление |||| Уведомления',
  fields: {},
};

export default messages;
