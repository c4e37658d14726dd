import type { Messages } from './en';

const messages: Messages = {
  name: 'Массовый инцидент |||| Массовые инциденты',
  fields: {},
};

export default messages;
