const messages = {
  name: 'Root cause |||| Root causes',
  fields: {
    code: 'Code',
    title: 'Title',
    description: 'Description',
    sixM: '6M class',
    parentId: 'Parent cause',
    active: 'Active',
  },
};

export type Messages = typeof messages;

export default messages;
