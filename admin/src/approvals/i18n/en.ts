const messages = {
  name: 'Approval |||| Approvals',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
