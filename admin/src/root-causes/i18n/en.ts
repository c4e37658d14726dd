const messages = {
  name: 'Root cause |||| Root causes',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
