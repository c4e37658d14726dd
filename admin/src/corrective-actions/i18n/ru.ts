import type { Messages } from './en';

const messages: Messages = {
  name: 'Корректирующее действие |||| Корректирующие действия',
  fields: {},
};

export default messages;
