import type { Messages } from './en';

const messages: Messages = {
  name: 'Команда |||| Команды',
  fields: {
    code: 'Код',
    name: 'Название',
    line: 'Линия',
    area: 'Направление',
    leadId: 'Руководитель',
    memberIds: 'Участники',
    calendarId: 'Рабочий календарь',
    createdAt: 'Создана',
    updatedAt: 'Изменена',
  },
  area: {
    network: 'Сеть',
    billing: 'Биллинг',
    service: 'Обслуживание',
    sales: 'Продажи и салоны',
  },
  members_count: 'Участников: %{smart_count} |||| Участников: %{smart_count}',
  helper: {
    line: 'Первая линия принимает жалобы первой; вторая — эскалации и претензии того же направления.',
    calendar: 'Рабочие часы и праздники команды.',
  },
};

export default messages;
