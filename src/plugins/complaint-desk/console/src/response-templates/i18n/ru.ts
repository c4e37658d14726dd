import type { Messages } from './en';

const messages: Messages = {
  name: 'Шаблон ответа |||| Шаблоны ответов',
  fields: {
    code: 'Код',
    purpose: 'Назначение',
    channel: 'Канал',
    name: 'Название',
    subject: 'Тема (email)',
    body: 'Текст',
    locale: 'Язык',
    createdAt: 'Создан',
    updatedAt: 'Изменён',
  },
  purpose: {
    acknowledgment: 'Подтверждение получения',
    assessment_accept: 'Жалоба принята',
    assessment_reject: 'Жалоба не принята',
    escalation: 'Эскалация',
    proposal: 'Предлагаемое решение',
    resolution: 'Урегулирование',
    survey: 'Опрос удовлетворённости',
    external_recourse: 'Внешние инстанции',
    bulk_message: 'Сообщение о массовом инциденте',
  },
  placeholders: 'Подстановки: %{list}',
  subject_sms: 'У SMS нет темы.',
  characters: 'Символов: %{smart_count} |||| Символов: %{smart_count}',
};

export default messages;
