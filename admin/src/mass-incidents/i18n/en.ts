const messages = {
  name: 'Mass incident |||| Mass incidents',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
