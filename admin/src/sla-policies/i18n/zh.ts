import type { Messages } from './en';

const messages: Messages = {
  name: '服务时限策略 |||| 服务时限策略',
  fields: {},
};

export default messages;
