const messages = {
  name: 'Business calendar |||| Business calendars',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
