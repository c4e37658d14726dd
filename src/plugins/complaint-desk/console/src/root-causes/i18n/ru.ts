import type { Messages } from './en';

const messages: Messages = {
  name: 'Коренная причина |||| Коренные причины',
  fields: {
    code: 'Код',
    title: 'Название',
    description: 'Описание',
    sixM: 'Класс 6M',
    parentId: 'Родительская причина',
    active: 'Активна',
  },
};

export default messages;
