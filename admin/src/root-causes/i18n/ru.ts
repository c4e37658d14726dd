import type { Messages } from './en';

const messages: Messages = {
  name: 'Коренная причина |||| Коренные причины',
  fields: {},
};

export default messages;
