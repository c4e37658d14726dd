const messages = {
  name: 'Staff member |||| Staff',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
