import type { Messages } from './en';

const messages: Messages = {
  name: 'Разбор группы |||| Разборы группы',
  fields: {
    title: 'Название',
    status: 'Статус',
    leaderId: 'Руководитель',
    memberIds: 'Участники',
    problemStatement: 'Формулировка проблемы',
    containment: 'Сдерживающие меры',
    rootCauseIds: 'Коренные причины',
    massIncidentId: 'Массовый инцидент',
    conclusion: 'Заключение',
    concludedAt: 'Дата заключения',
    fieldVisitPlan: 'План выезда на место',
    fieldVisitAt: 'Дата выезда',
    updatedAt: 'Обновлено',
  },
  statuses: {
    planned: 'Запланирован',
    in_progress: 'В работе',
    concluded: 'Завершён',
    cancelled: 'Отменён',
  },
  tabs: {
    general: 'Общее',
    eightD: '8D',
    fiveWhys: '5 почему',
    fishbone: 'Диаграмма Исикавы (6M)',
    fieldVisit: 'Выезд на место',
  },
  eightD: {
    D0: 'Планирование',
    D1: 'Команда',
    D2: 'Описание проблемы',
    D3: 'Сдерживающие меры',
    D4: 'Коренная причина',
    D5: 'Выбор корректирующих действий',
    D6: 'Внедрение и проверка',
    D7: 'Предупреждение повторения',
    D8: 'Признание работы команды',
  },
  fiveWhys: {
    why: 'Почему?',
    answer: 'Потому что…',
    question: 'Почему: %{text}?',
  },
  fishbone: {
    cause: 'Причина',
    effect: 'Следствие (проблема)',
  },
  hints: {
    eightD: 'Восемь дисциплин разбора; заполняйте разделы по ходу работы.',
    fiveWhys: 'Спросите «почему?» и запишите ответ; каждый ответ — следующий вопрос, пока не найдена коренная причина.',
    fishbone: 'Возможные причины, сгруппированные по 6M.',
  },
  correctiveActions: 'Корректирующие действия',
  empty: 'Пока не заполнено',
};

export default messages;
