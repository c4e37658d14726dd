import type { Messages } from './en';

const messages: Messages = {
  name: 'عمومی',
  content_locale: {
    label: 'نسخه زبانی',
    missing: 'هنوز نسخه %{language} وجود ندارد. فرم متن انگلیسی را نشان می‌دهد؛ با ذخیره، نسخه %{language} ساخته می‌شود.',
    showing: 'نسخه %{language}',
    editing: 'ویرایش نسخه %{language}',
  },
  unsaved: {
    title: 'تغییرات ذخیره‌نشده',
    switch: 'نسخهٔ %{from} تغییراتی دارد که ذخیره نشده‌اند. به نسخهٔ %{to} بروید و آن‌ها را کنار بگذارید؟',
    discard: 'کنار گذاشتن و رفتن',
    stay: 'ادامهٔ ویرایش',
  },
  notice: {
    saved: '%{what} «%{name}» ذخیره شد',
    saved_version: '%{what} «%{name}» (%{language}) ذخیره شد',
    created: '%{what} «%{name}» ایجاد شد',
    created_version: '%{what} «%{name}» (%{language}) ایجاد شد',
  },
  copy: {
    action: 'کپی %{what}',
    done: '%{what} کپی شد',
    failed: 'کپی نشد: متن را انتخاب کنید و دستی کپی کنید.',
  },
};

export default messages;
