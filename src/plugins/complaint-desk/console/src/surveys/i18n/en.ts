const messages = {
  name: 'Survey |||| Surveys',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
