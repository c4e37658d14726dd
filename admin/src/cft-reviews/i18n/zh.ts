import type { Messages } from './en';

const messages: Messages = {
  name: '跨职能评审 |||| 跨职能评审',
  fields: {},
};

export default messages;
