const messages = {
  name: 'Response template |||| Response templates',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
