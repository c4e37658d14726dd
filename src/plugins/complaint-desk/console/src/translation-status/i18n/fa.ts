import type { Messages } from './en';

const messages: Messages = {
  name: 'وضعیت ترجمه',
  title: 'وضعیت ترجمه',
  help: 'کدام دسته‌ها، کانال‌ها و قالب‌های پاسخ نسخهٔ یک زبان یا متنی در آن را ندارند. هر خانه همان نسخه را برای ویرایش باز می‌کند.',
  complete: 'همهٔ زبان‌ها کامل است',
  gaps: 'یک مورد ناقص |||| %{smart_count} مورد ناقص',
  truncated: 'تنها ۱۰۰ مورد نخست هر زبان بررسی می‌شود.',
  state: {
    ok: 'کامل',
    missing: 'ندارد',
    incomplete: 'خالی: %{fields}',
  },
};

export default messages;
