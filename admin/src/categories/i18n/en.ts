const messages = {
  name: 'Category |||| Categories',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
