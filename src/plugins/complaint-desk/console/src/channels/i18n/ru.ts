import type { Messages } from './en';

const messages: Messages = {
  name: 'Канал |||| Каналы',
  fields: {
    code: 'Канал',
    name: 'Название',
    description: 'Описание для клиентов',
    contact: 'Контакты',
    answeringDays: 'Дни работы',
    hours: 'Часы работы',
    calendarId: 'Рабочий календарь',
    active: 'Активен',
    sortOrder: 'Порядок',
    locale: 'Язык',
    createdAt: 'Создан',
    updatedAt: 'Изменён',
  },
  answering_days: {
    working_days: 'Рабочие дни',
    every_day: 'Ежедневно',
  },
  helper: {
    contact: 'Телефон, адрес, короткий номер… так, как их должны видеть клиенты.',
    hours: 'Оставьте пустым, если канал работает всегда (например, веб-форма).',
    calendar: 'Рабочие дни и праздники, если канал работает по рабочим дням.',
  },
  always_open: 'Круглосуточно',
};

export default messages;
