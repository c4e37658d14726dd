const messages = {
  name: 'Event |||| Events',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
