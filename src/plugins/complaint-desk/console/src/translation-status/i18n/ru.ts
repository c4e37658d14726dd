import type { Messages } from './en';

const messages: Messages = {
  name: 'Статус переводов',
  title: 'Статус переводов',
  help: 'Каким категориям, каналам и шаблонам ответов не хватает языковой версии или текста в ней. Каждая ячейка открывает эту версию для редактирования.',
  complete: 'Все языки заполнены',
  gaps: 'Пробелы в %{smart_count} записи |||| Пробелы в %{smart_count} записях',
  truncated: 'Проверяются только первые 100 записей каждого языка.',
  state: {
    ok: 'Заполнено',
    missing: 'Нет версии',
    incomplete: 'Пусто: %{fields}',
  },
};

export default messages;
