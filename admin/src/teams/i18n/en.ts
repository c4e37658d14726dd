const messages = {
  name: 'Team |||| Teams',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
