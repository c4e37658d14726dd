import type { Messages } from './en';

const messages: Messages = {
  name: '客户 |||| 客户',
  fields: {},
};

export default messages;
