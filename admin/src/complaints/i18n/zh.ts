import type { Messages } from './en';

const messages: Messages = {
  name: '投诉 |||| 投诉',
  fields: {},
};

export default messages;
