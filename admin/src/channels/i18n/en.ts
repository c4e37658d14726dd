const messages = {
  name: 'Channel |||| Channels',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
