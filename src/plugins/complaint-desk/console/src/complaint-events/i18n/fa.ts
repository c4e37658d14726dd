import type { Messages } from './en';

const messages: Messages = {
  name: 'رویداد |||| رویدادها',
  fields: {},
};

export default messages;
