import type { Messages } from './en';

const messages: Messages = {
  name: 'Политика SLA |||| Политики SLA',
  fields: {
    code: 'Код',
    name: 'Название',
    isDefault: 'Политика по умолчанию',
    priority: 'Приоритет',
    categoryId: 'Категория',
    minValueTier: 'Минимальный уровень ценности',
    maxValueTier: 'Максимальный уровень ценности',
    calendarId: 'Рабочий календарь',
    acknowledgmentHours: 'Подтверждение (рабочих часов)',
    assessmentDays: 'Первичная оценка (рабочих дней)',
    evaluationDays: 'Рассмотрение (рабочих дней)',
    resolutionDays: 'Урегулирование (рабочих дней)',
    atRiskShare: 'Под угрозой после (% времени этапа)',
    onAtRisk: 'Когда этап под угрозой',
    onBreach: 'Когда срок этапа нарушен',
    createdAt: 'Создана',
    updatedAt: 'Изменена',
  },
  sections: {
    scope: 'Какие жалобы',
    stages: 'Длительность этапов',
    escalation: 'Эскалация',
  },
  escalation_action: {
    notify_assignee: 'Уведомить исполнителя',
    notify_team_lead: 'Уведомить руководителя команды',
    notify_director: 'Уведомить директора',
    raise_escalation: 'Эскалировать на вторую линию (без исполнителя)',
  },
  helper: {
    priority: 'Если подходят несколько политик, побеждает политика категории, затем более высокий приоритет.',
    value_tier: 'Оставьте пустым для любого уровня ценности.',
    calendar: 'Без календаря сроки считаются в календарном времени (день = 24 ч).',
    acknowledgment: '0 — немедленно.',
    category: 'Оставьте пустым для общей политики; политика категории действует и на её подкатегории.',
  },
  stages_summary: '%{ack} ч / %{assessment} / %{evaluation} / %{resolution} дн.',
};

export default messages;
