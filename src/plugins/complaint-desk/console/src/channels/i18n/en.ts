const messages = {
  name: 'Channel |||| Channels',
  fields: {
    code: 'Channel',
    name: 'Name',
    description: 'Description for customers',
    contact: 'Contact details',
    answeringDays: 'Answering days',
    hours: 'Answering hours',
    calendarId: 'Business calendar',
    active: 'Active',
    sortOrder: 'Order',
    locale: 'Language',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  answering_days: {
    working_days: 'Working days',
    every_day: 'Every day',
  },
  helper: {
    contact: 'Phone number, address, short number… as customers should see it.',
    hours: 'Leave empty when the channel is always open (e.g. web form).',
    calendar: 'Working days and holidays when answering days are working days.',
  },
  always_open: 'Always open',
};

export type Messages = typeof messages;

export default messages;
