import type { Messages } from './en';

const messages: Messages = {
  name: 'Общее',
  content_locale: {
    label: 'Языковая версия',
    missing: 'Версии на языке «%{language}» ещё нет. В форме английский текст; при сохранении будет создана версия на языке «%{language}».',
    showing: 'Версия: %{language}',
    editing: 'Редактируется версия: %{language}',
  },
  unsaved: {
    title: 'Несохранённые изменения',
    switch: 'В версии «%{from}» есть несохранённые изменения. Перейти к версии «%{to}» и отменить их?',
    discard: 'Отменить и перейти',
    stay: 'Продолжить редактирование',
  },
  notice: {
    saved: 'Сохранено: %{what} «%{name}»',
    saved_version: 'Сохранено: %{what} «%{name}» (%{language})',
    created: 'Создано: %{what} «%{name}»',
    created_version: 'Создано: %{what} «%{name}» (%{language})',
  },
  copy: {
    action: 'Копировать: %{what}',
    done: 'Скопировано: %{what}',
    failed: 'Не удалось скопировать: выделите текст и скопируйте его вручную.',
  },
};

export default messages;
