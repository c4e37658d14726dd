const messages = {
  name: 'Team |||| Teams',
  fields: {
    code: 'Code',
    name: 'Name',
    line: 'Line',
    area: 'Area',
    leadId: 'Team lead',
    memberIds: 'Members',
    calendarId: 'Business calendar',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  area: {
    network: 'Network',
    billing: 'Billing',
    service: 'Service',
    sales: 'Sales and stores',
  },
  members_count: '%{smart_count} member |||| %{smart_count} members',
  helper: {
    line: 'Line 1 takes complaints first; line 2 takes escalations and claims of the same area.',
    calendar: "The team's working hours and holidays.",
  },
};

export type Messages = typeof messages;

export default messages;
