import type { Messages } from './en';

const messages: Messages = {
  name: '团队 |||| 团队',
  fields: {},
};

export default messages;
