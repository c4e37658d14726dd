import type { Messages } from './en';

const messages: Messages = {
  name: '大规模事件 |||| 大规模事件',
  fields: {},
};

export default messages;
