import type { Messages } from './en';

const messages: Messages = {
  name: 'اقدام اصلاحی |||| اقدامات اصلاحی',
  fields: {},
};

export default messages;
