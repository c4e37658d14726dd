const messages = {
  name: 'Notification |||| Notifications',
  fields: {
    status: 'Status',
    complaintId: 'Complaint',
    channel: 'Channel',
    recipient: 'Recipient',
    template: 'Template',
    locale: 'Language',
    attempts: 'Attempts',
    lastError: 'Last error',
    providerId: 'Provider id',
    nextAttemptAt: 'Next attempt',
    sentAt: 'Sent',
  },
  statuses: {
    pending: 'Queued',
    sending: 'Sending',
    sent: 'Sent',
    failed: 'Failed, will retry',
    dead: 'Dead',
  },
  channels: {
    email: 'Email',
    sms: 'SMS',
  },
  retry: {
    button: 'Retry',
    done: 'The message is queued again',
    error: 'Could not retry: %{error}',
  },
  drop: {
    title: 'Local drop (development)',
    help: 'No mail relay or SMS gateway is configured: messages are written to files instead of being sent. Numbers that could be a PIN are masked.',
    empty: 'Nothing has been "sent" yet.',
    message: 'Message',
    to: 'To: %{to}',
    close: 'Close',
  },
};

export type Messages = typeof messages;

export default messages;
