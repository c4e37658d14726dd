const messages = {
  name: 'Mass incident |||| Mass incidents',
  fields: {
    title: 'Title',
    description: 'Description',
    handlingAlgorithm: 'Handling algorithm',
    status: 'Status',
    area: 'Area',
    region: 'Region',
    startedAt: 'Started',
    endedAt: 'Ended',
    categoryId: 'Category',
  },
  statuses: {
    open: 'Open',
    resolved: 'Resolved',
    withdrawn: 'Withdrawn',
  },
  areas: {
    network: 'Network',
    billing: 'Billing',
    service: 'Service',
    sales: 'Sales',
  },
  tabs: {
    details: 'Details',
    complaints: 'Linked complaints',
  },
  complaint: {
    trackingCode: 'Tracking code',
    subject: 'Subject',
    customer: 'Customer',
    status: 'Status',
    receivedAt: 'Received',
  },
  link: {
    button: 'Link complaints',
    title: 'Link open complaints to this incident',
    help: 'Complaints caused by this incident; their customers receive the bulk message.',
    search: 'Search: tracking code, subject, customer name or phone',
    found: 'Showing %{shown} of %{total} open unlinked complaints',
    confirm: 'Link complaints (%{smart_count})',
    result: 'Linked: %{linked}, skipped: %{skipped}',
    none: 'No complaints are linked yet.',
    unlinked: 'Complaint unlinked',
    all: 'Link every match (%{smart_count})',
    running: 'Linking…',
    reason_already_linked: 'already linked to this incident',
    reason_not_found: 'no such complaint',
  },
  algorithm: {
    title: 'Mass incident — mandatory handling',
    none: 'The incident has no handling algorithm yet.',
  },
  message: {
    title: 'Bulk message to linked customers',
    help: 'Written into the outbox once per customer of the linked open complaints, in the complaint’s language, and logged on each complaint.',
    subject: 'Subject',
    text: 'Message',
    channel: 'Channel',
    channel_preferred: 'Customer’s preference',
    send: 'Queue the message',
    confirm_title: 'Queue the bulk message?',
    confirm_text: 'One message per customer of the linked open complaints will be written into the outbox. This cannot be undone.',
    queued: 'Messages queued: %{smart_count}',
  },
};

export type Messages = typeof messages;

export default messages;
