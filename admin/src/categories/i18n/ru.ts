import type { Messages } from './en';

const messages: Messages = {
  name: 'Категория |||| Категории',
  fields: {},
};

export default messages;
