import type { Messages } from './en';

const messages: Messages = {
  name: '满意度调查 |||| 满意度调查',
  fields: {},
};

export default messages;
