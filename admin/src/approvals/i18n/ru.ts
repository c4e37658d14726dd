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
  decisions: {
    pending: 'Ожидает',
    approved: 'Утверждено',
    declined: 'Отклонено',
  },
  decision: {
    approve_title: 'Утвердить предложенный ответ',
    decline_title: 'Отклонить предложенный ответ',
    comment_required: 'Для отклонения нужен комментарий.',
    approve_done: 'Утверждено',
    decline_done: 'Отклонено',
  },
};

export default messages;
