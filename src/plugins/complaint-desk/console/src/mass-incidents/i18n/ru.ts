import type { Messages } from './en';

const messages: Messages = {
  name: 'Массовый инцидент |||| Массовые инциденты',
  fields: {
    title: 'Название',
    description: 'Описание',
    handlingAlgorithm: 'Алгоритм обработки',
    status: 'Статус',
    area: 'Направление',
    region: 'Регион',
    startedAt: 'Начало',
    endedAt: 'Окончание',
    categoryId: 'Категория',
  },
  statuses: {
    open: 'Открыт',
    resolved: 'Устранён',
    withdrawn: 'Отозван',
  },
  areas: {
    network: 'Сеть',
    billing: 'Биллинг',
    service: 'Обслуживание',
    sales: 'Продажи',
  },
  tabs: {
    details: 'Сведения',
    complaints: 'Связанные жалобы',
  },
  complaint: {
    trackingCode: 'Номер обращения',
    subject: 'Тема',
    customer: 'Клиент',
    status: 'Статус',
    receivedAt: 'Получена',
  },
  link: {
    button: 'Связать жалобы',
    title: 'Связать открытые жалобы с инцидентом',
    help: 'Жалобы, вызванные этим инцидентом; их клиенты получат массовое сообщение.',
    search: 'Поиск: номер обращения, тема, имя или телефон клиента',
    found: 'Показано %{shown} из %{total} открытых несвязанных жалоб',
    confirm: 'Связать жалобы (%{smart_count})',
    result: 'Связано: %{linked}, ошибок: %{failed}',
    none: 'Связанных жалоб пока нет.',
    unlinked: 'Связь с жалобой снята',
  },
  message: {
    title: 'Массовое сообщение клиентам',
    help: 'Записывается в очередь отправки по одному разу для клиента каждой связанной открытой жалобы, на языке жалобы, и отмечается в каждой жалобе.',
    subject: 'Тема',
    text: 'Сообщение',
    channel: 'Канал',
    channel_preferred: 'Как предпочитает клиент',
    send: 'Поставить в очередь',
    confirm_title: 'Поставить массовое сообщение в очередь?',
    confirm_text: 'Для каждой связанной открытой жалобы в очередь будет записано одно сообщение. Отменить это нельзя.',
    queued: 'Сообщений в очереди: %{smart_count}',
  },
};

export default messages;
