import type { Messages } from './en';

const messages: Messages = {
  name: 'کارمند |||| کارکنان',
  fields: {},
};

export default messages;
