const messages = {
  name: 'Notification |||| Notifications',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
