/** The translation overview (`resources.translation-status.*`). */
const messages = {
  name: 'Translation status',
  title: 'Translation status',
  help: 'Which categories, channels and response templates lack a language version, or a text in one. Each cell opens that version for editing.',
  complete: 'Every language complete',
  gaps: 'One record with gaps |||| %{smart_count} records with gaps',
  truncated: 'Only the first 100 records of each language are checked.',
  state: {
    ok: 'Complete',
    missing: 'Missing',
    incomplete: 'Empty: %{fields}',
  },
};

export type Messages = typeof messages;

export default messages;
