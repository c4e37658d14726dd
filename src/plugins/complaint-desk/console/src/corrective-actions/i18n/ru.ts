import type { Messages } from './en';

const messages: Messages = {
  name: 'Корректирующее действие |||| Корректирующие действия',
  fields: {
    title: 'Название',
    description: 'Описание',
    kind: 'Вид',
    status: 'Статус',
    ownerId: 'Ответственный',
    dueAt: 'Срок',
    complaintId: 'Жалоба',
    rootCauseId: 'Коренная причина',
    cftReviewId: 'Разбор группы',
    completedAt: 'Выполнено',
    effective: 'Результативно',
    effectivenessCheck: 'Заметки о проверке результативности',
    effectivenessVerifiedAt: 'Результативность проверена',
  },
  kinds: {
    corrective: 'Корректирующее',
    preventive: 'Предупреждающее',
    containment: 'Сдерживающее',
  },
  statuses: {
    planned: 'Запланировано',
    in_progress: 'В работе',
    implemented: 'Внедрено',
    verification: 'На проверке',
    effective: 'Результативно',
    ineffective: 'Нерезультативно',
    cancelled: 'Отменено',
  },
  overdue: 'Просрочено',
  board: {
    list: 'Таблица',
    board: 'Доска по статусам',
    truncated: 'На доске первые %{shown} из %{total} действий по сроку; уточните фильтры, чтобы увидеть остальные.',
  },
  verify: {
    button: 'Проверить результативность',
    title: 'Проверка результативности: %{title}',
    question: 'Устранило ли действие причину?',
    done: 'Результативность записана',
  },
};

export default messages;
