import type { Messages } from './en';

const messages: Messages = {
  name: '答复模板 |||| 答复模板',
  fields: {},
};

export default messages;
