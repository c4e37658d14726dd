import type { Messages } from './en';

const messages: Messages = {
  name: 'Жалоба |||| Жалобы',
  fields: {},
};

export default messages;
