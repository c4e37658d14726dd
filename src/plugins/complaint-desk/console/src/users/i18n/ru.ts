import type { Messages } from './en';

const messages: Messages = {
  name: 'Сотрудник |||| Сотрудники',
  fields: {
    email: 'Эл. почта',
    username: 'Имя пользователя',
    role: 'Роль',
    teamIds: 'Команды',
    createdAt: 'Создан',
    updatedAt: 'Изменён',
  },
  managed_elsewhere: 'Учётные записи и роли сотрудников ведутся в панели администратора Strapi.',
};

export default messages;
