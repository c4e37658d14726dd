import type { Messages } from './en';

const messages: Messages = {
  name: '审批 |||| 审批',
  fields: {},
};

export default messages;
