import type { Messages } from './en';

const messages: Messages = {
  name: 'کارمند |||| کارکنان',
  fields: {
    email: 'ایمیل',
    username: 'نام کاربری',
    role: 'نقش',
    teamIds: 'تیم‌ها',
    createdAt: 'ایجاد',
    updatedAt: 'به‌روزرسانی',
  },
  managed_elsewhere: 'حساب‌ها و نقش‌های کارکنان در پنل مدیریت Strapi مدیریت می‌شوند.',
};

export default messages;
