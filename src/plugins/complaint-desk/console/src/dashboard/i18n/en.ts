const messages = {
  name: 'Dashboard',
  counts: 'Your queues',
  can_do: 'What you can do here',
  count_error: 'Could not load this count',
  open_list: 'Open the list',
  cft_welcome: 'You take part in cross-functional reviews of complaints: root causes, 8D, corrective actions.',
  content_welcome: 'You maintain the content customers see: complaint categories, channels and response templates in four languages.',
};

export type Messages = typeof messages;

export default messages;
