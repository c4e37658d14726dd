import type { Messages } from './en';

const messages: Messages = {
  name: '员工 |||| 员工',
  fields: {},
};

export default messages;
