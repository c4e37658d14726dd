const messages = {
  name: 'CFT review |||| CFT reviews',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
