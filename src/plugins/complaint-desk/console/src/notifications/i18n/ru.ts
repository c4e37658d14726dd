import type { Messages } from './en';

const messages: Messages = {
  name: 'Уведомление |||| Уведомления',
  fields: {
    status: 'Статус',
    complaintId: 'Жалоба',
    channel: 'Канал',
    recipient: 'Получатель',
    template: 'Шаблон',
    locale: 'Язык',
    attempts: 'Попытки',
    lastError: 'Последняя ошибка',
    providerId: 'ID у провайдера',
    nextAttemptAt: 'Следующая попытка',
    sentAt: 'Отправлено',
  },
  statuses: {
    pending: 'В очереди',
    sending: 'Отправляется',
    sent: 'Отправлено',
    failed: 'Ошибка, будет повтор',
    dead: 'Не доставлено',
  },
  channels: {
    email: 'Эл. почта',
    sms: 'SMS',
  },
  retry: {
    button: 'Повторить',
    done: 'Сообщение снова в очереди',
    error: 'Не удалось повторить: %{error}',
  },
  drop: {
    title: 'Локальная папка (разработка)',
    help: 'Почтовый сервер и SMS-шлюз не настроены: сообщения записываются в файлы вместо отправки. Числа, которые могут быть PIN-кодом, скрыты.',
    empty: 'Пока ничего не «отправлено».',
    message: 'Сообщение',
    to: 'Кому: %{to}',
    close: 'Закрыть',
  },
};

export default messages;
