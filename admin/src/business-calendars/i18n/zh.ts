import type { Messages } from './en';

const messages: Messages = {
  name: '工作日历 |||| 工作日历',
  fields: {},
};

export default messages;
