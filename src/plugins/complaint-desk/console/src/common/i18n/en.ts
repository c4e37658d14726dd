/** Strings of the shared helpers in common/ (`resources.common.*`). */
const messages = {
  name: 'Common',
  content_locale: {
    label: 'Language version',
    missing: 'There is no %{language} version yet. The form shows the English text; saving creates the %{language} version.',
    showing: 'The %{language} version',
    editing: 'Editing the %{language} version',
  },
};

export type Messages = typeof messages;

export default messages;
