import type { Messages } from './en';

const messages: Messages = {
  name: 'Канал |||| Каналы',
  fields: {},
};

export default messages;
