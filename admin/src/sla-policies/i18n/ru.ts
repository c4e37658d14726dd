import type { Messages } from './en';

const messages: Messages = {
  name: 'Политика SLA |||| Политики SLA',
  fields: {},
};

export default messages;
