/** Strings of the shared helpers in common/ (`resources.common.*`). */
const messages = {
  name: 'Common',
  content_locale: {
    label: 'Language version',
    missing: 'There is no %{language} version yet. The form shows the English text; saving creates the %{language} version.',
    showing: 'The %{language} version',
    editing: 'Editing the %{language} version',
  },
  unsaved: {
    title: 'Unsaved changes',
    switch: 'The %{from} version has changes that are not saved. Switch to %{to} and discard them?',
    discard: 'Discard and switch',
    stay: 'Keep editing',
  },
  notice: {
    saved: "%{what} '%{name}' saved",
    saved_version: "%{what} '%{name}' saved (%{language})",
    created: "%{what} '%{name}' created",
    created_version: "%{what} '%{name}' created (%{language})",
  },
  copy: {
    action: 'Copy %{what}',
    done: '%{what} copied',
    failed: 'Could not copy: select the text and copy it by hand.',
  },
};

export type Messages = typeof messages;

export default messages;
