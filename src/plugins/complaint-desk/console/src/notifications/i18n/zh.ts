import type { Messages } from './en';

const messages: Messages = {
  name: '通知 |||| 通知',
  fields: {},
};

export default messages;
