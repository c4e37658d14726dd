import type { Messages } from './en';

const messages: Messages = {
  name: 'Панель',
  counts: 'Ваши очереди',
  can_do: 'Что вы можете здесь делать',
  count_error: 'Не удалось загрузить количество',
  open_list: 'Открыть список',
  cft_welcome: 'Вы участвуете в межфункциональных разборах жалоб: коренные причины, 8D, корректирующие действия.',
  content_welcome: 'Вы ведёте контент, который видят клиенты: категории жалоб, каналы и шаблоны ответов на четырёх языках.',
  panels: {
    sla_compliance: 'Соблюдение SLA',
    last_days: 'за последние %{days} дн.',
    last_year: 'внедрены за последние 12 месяцев',
    open_backlog: 'Открытые жалобы',
    volume_trend: 'Поступившие жалобы по неделям',
    backlog_by_team: 'Открытые жалобы по командам',
    oldest_open: 'Самые старые открытые жалобы',
    see_all: 'Показать все',
    open_report: 'Открыть отчёт',
    open_pareto: 'Открыть диаграмму Парето',
    nothing: 'Сейчас здесь ничего нет.',
    received_on: 'поступила %{date}',
    due_at: 'срок %{date}',
    top_root_causes: 'Пять главных коренных причин: последние %{days} дн. против %{days} дн. до них',
    this_period: 'Этот период',
    previous_period: 'Предыдущий период',
    capa_overdue: 'Просроченные корректирующие действия',
    capa_due_soon: 'Корректирующие действия со сроком в ближайшие %{days} дн.',
    capa_effective: 'Результативные действия',
    capa_ineffective: 'Нерезультативные действия',
    capa_pending: 'Действия, ожидающие оценки',
    my_queue: 'Моя очередь по сроку',
    due_today: 'Срок сегодня',
  },
};

export default messages;
