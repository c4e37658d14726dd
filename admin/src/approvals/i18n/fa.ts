import type { Messages } from './en';

const messages: Messages = {
  name: 'تأیید |||| تأییدها',
  fields: {},
};

export default messages;
