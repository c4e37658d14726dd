import type { Messages } from './en';

const messages: Messages = {
  name: 'Утверждение |||| Утверждения',
  fields: {},
};

export default messages;
