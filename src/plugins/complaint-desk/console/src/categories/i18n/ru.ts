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
    regulatorClass: 'Класс регулятора',
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
  regulatorClass: {
    support: 'Поддержка',
    financial: 'Финансы',
    contract: 'Договор',
    service_quality: 'Качество услуг',
    service_not_provided: 'Услуга не оказана',
  },
  helper: {
    regulator: 'Класс регулятора, в котором отчёт для регулятора учитывает эту категорию.',
    regulatorInherited: 'Наследуется от родительской',
    code: 'Путь через точку, уникальный в дереве (например, general.billing).',
    recourse: 'Сообщается клиенту, если он отклонил окончательное предложение; подкатегории наследуют его, если поле пустое.',
    claim: 'Претензии можно подавать только для клиентов этого уровня ценности и выше.',
    team: 'Новые жалобы этой категории поступают в эту команду.',
  },
};

export default messages;
