import type { Messages } from './en';

const messages: Messages = {
  name: '纠正措施 |||| 纠正措施',
  fields: {},
};

export default messages;
