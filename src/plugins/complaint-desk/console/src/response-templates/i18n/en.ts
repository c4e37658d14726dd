const messages = {
  name: 'Response template |||| Response templates',
  fields: {
    code: 'Code',
    purpose: 'Purpose',
    channel: 'Channel',
    name: 'Name',
    subject: 'Subject (email)',
    body: 'Text',
    locale: 'Language',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  purpose: {
    acknowledgment: 'Acknowledgment of receipt',
    assessment_accept: 'Complaint accepted',
    assessment_reject: 'Complaint not accepted',
    escalation: 'Escalation',
    proposal: 'Proposed response',
    resolution: 'Resolution',
    survey: 'Satisfaction survey',
    external_recourse: 'External recourse',
    bulk_message: 'Mass incident message',
  },
  placeholders: 'Placeholders: %{list}',
  subject_sms: 'SMS messages have no subject.',
  characters: '%{smart_count} character |||| %{smart_count} characters',
};

export type Messages = typeof messages;

export default messages;
