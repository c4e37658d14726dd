const messages = {
  name: 'SLA policy |||| SLA policies',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
