import type { Messages } from './en';

const messages: Messages = {
  name: 'Категория |||| Категории',
  fields: {
    code: 'Код',
    scheme: 'Схема классификации',
    name: 'Название',
    description: 'Описание',
    recourseText: 'Текст о внешних инстанциях',
    area: 'Направление',
    claimMinValueTier: 'Претензии с уровня ценности',
    active: 'Активна',
    locale: 'Язык',
    parentId: 'Родительская категория',
    teamId: 'Ответственная команда',
    createdAt: 'Создана',
    updatedAt: 'Изменена',
  },
  scheme: {
    general: 'Общая',
    regulator: 'Регулятор',
    touchpoint: 'Точка контакта',
    product: 'Продукт',
  },
  area: {
    network: 'Сеть',
    billing: 'Биллинг',
    service: 'Обслуживание',
    sales: 'Продажи и салоны',
  },
  helper: {
    code: 'Путь через точку, уникальный в дереве (например, general.billing).',
    recourse: 'Сообщается клиенту, если он отклонил окончательное предложение; подкатегории наследуют его, если поле пустое.',
    claim: 'Претензии можно подавать только для клиентов этого уровня ценности и выше.',
    team: 'Новые жалобы этой категории поступают в эту команду.',
  },
};

export default messages;
