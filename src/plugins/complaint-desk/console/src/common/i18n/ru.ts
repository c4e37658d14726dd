import type { Messages } from './en';

const messages: Messages = {
  name: 'Общее',
  content_locale: {
    label: 'Языковая версия',
    missing: 'Версии на языке «%{language}» ещё нет. В форме английский текст; при сохранении будет создана версия на языке «%{language}».',
    showing: 'Версия: %{language}',
    editing: 'Редактируется версия: %{language}',
  },
};

export default messages;
