import type { Messages } from './en';

const messages: Messages = {
  name: '渠道 |||| 渠道',
  fields: {},
};

export default messages;
