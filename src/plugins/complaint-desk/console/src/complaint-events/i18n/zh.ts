import type { Messages } from './en';

const messages: Messages = {
  name: '事件 |||| 事件',
  fields: {},
};

export default messages;
