const messages = {
  name: 'Complaint |||| Complaints',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
