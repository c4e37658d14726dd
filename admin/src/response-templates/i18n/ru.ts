import type { Messages } from './en';

const messages: Messages = {
  name: 'Шаблон ответа |||| Шаблоны ответов',
  fields: {},
};

export default messages;
