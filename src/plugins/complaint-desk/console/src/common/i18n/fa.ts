import type { Messages } from './en';

const messages: Messages = {
  name: 'عمومی',
  content_locale: {
    label: 'نسخه زبانی',
    missing: 'هنوز نسخه %{language} وجود ندارد. فرم متن انگلیسی را نشان می‌دهد؛ با ذخیره، نسخه %{language} ساخته می‌شود.',
    showing: 'نسخه %{language}',
    editing: 'ویرایش نسخه %{language}',
  },
};

export default messages;
