import type { Messages } from './en';

const messages: Messages = {
  name: '类别 |||| 类别',
  fields: {},
};

export default messages;
