import type { Messages } from './en';

const messages: Messages = {
  name: 'Утверждение |||| Утверждения',
  fields: {
    complaintId: 'Жалоба',
    subject: 'Предмет',
    requiredRole: 'Требуемая роль',
    step: 'Шаг',
    amount: 'Сумма',
    round: 'Раунд',
    decision: 'Решение',
    comment: 'Комментарий',
    decidedById: 'Кто решил',
    decidedAt: 'Когда решено',
    createdAt: 'Создано',
  },
  inbox: {
    title: 'Ждут вашего решения',
    all: 'Все утверждения',
    empty: 'Вашего решения ничего не ждёт.',
    proposal: 'Предложение',
    earlier_title: 'Прежние решения',
    earlier: '%{role} %{name} — %{decision}',
    value_tier: 'Ценность %{tier}',
  },
  decisions: {
    pending: 'Ожидает',
    approved: 'Утверждено',
    declined: 'Отклонено',
  },
  decision: {
    approve_title: 'Утвердить предложенный ответ',
    decline_title: 'Отклонить предложенный ответ',
    comment_required: 'Для отклонения нужен комментарий.',
    approve_done: 'Предложение по жалобе %{code} (%{subject}) утверждено',
    decline_done: 'Предложение по жалобе %{code} отклонено: жалоба возвращается на расследование',
  },
};

export default messages;
