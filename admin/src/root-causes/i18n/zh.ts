import type { Messages } from './en';

const messages: Messages = {
  name: '根本原因 |||| 根本原因',
  fields: {},
};

export default messages;
