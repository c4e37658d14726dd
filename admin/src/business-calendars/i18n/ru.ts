import type { Messages } from './en';

const messages: Messages = {
  name: 'Рабочий календарь |||| Рабочие календари',
  fields: {},
};

export default messages;
