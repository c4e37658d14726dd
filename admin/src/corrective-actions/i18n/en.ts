const messages = {
  name: 'Corrective action |||| Corrective actions',
  fields: {},
};

export type Messages = typeof messages;

export default messages;
