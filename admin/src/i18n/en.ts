import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** Application messages (the `app.*` namespace); one file per locale. */
const appMessages = {
  app: {
    name: 'Complaint Desk',
    dashboard: {
      greeting: 'Hello, %{name}',
      role: 'Signed in as: %{role}',
      intro: 'Customer complaint back office.',
    },
    roles: {
      agent: 'Agent',
      specialist: 'Specialist',
      director: 'Director',
      'quality-manager': 'Quality manager',
      'cft-member': 'CFT member',
      'content-editor': 'Content editor',
      unknown: 'Unknown role',
    },
    auth: {
      no_console_access: 'This account has no access to the Complaint Desk console.',
    },
  },
};

const messages: TranslationMessages = {
  ...englishMessages,
  ...appMessages,
};

export default messages;
