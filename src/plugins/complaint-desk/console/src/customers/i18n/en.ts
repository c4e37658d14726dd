const messages = {
  name: 'Customer |||| Customers',
  fields: {
    name: 'Name',
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
    preferredLanguage: 'Language',
    contactPreference: 'Contact preference',
    valueTier: 'Value tier',
    externalRef: 'External reference',
    consentAt: 'Consent given',
    erasedAt: 'Erased',
    createdAt: 'Created',
    updatedAt: 'Last change',
  },
  title: 'Customer %{name}',
  hidden_name: '(personal data hidden)',
  pii_hidden: 'Customer personal data is not shown to your role.',
  complaints: 'Complaints of this customer',
  no_complaints: 'No complaints yet.',
  register_complaint: 'Register a complaint',
  export: {
    action: 'Export personal data',
    done: 'Everything held about the customer was downloaded as a JSON file.',
  },
  erase: {
    action: 'Erase personal data',
    title: 'Erase the personal data of %{name}?',
    content: 'Name, phone, email and address are erased for good, at the customer’s request (privacy), also from the texts of their complaints, the events and the notifications. The customer record and its complaints stay, without personal data. This cannot be undone.',
    done: 'Personal data erased',
    erased_on: 'Personal data erased on request on %{date}.',
    help: 'On the customer’s request the director can erase their personal data; complaints and statistics stay.',
  },
};

export type Messages = typeof messages;

export default messages;
