const messages = {
  name: 'Customer |||| Customers',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
