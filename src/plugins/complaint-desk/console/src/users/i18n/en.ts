const messages = {
  name: 'Staff member |||| Staff',
  fields: {
    email: 'Email',
    username: 'User name',
    role: 'Role',
    teamIds: 'Teams',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  managed_elsewhere: 'Staff accounts and roles are managed in the Strapi admin panel.',
};

export type Messages = typeof messages;

export default messages;
