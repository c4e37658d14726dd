import type { Messages } from './en';

const messages: Messages = {
  name: 'کانال |||| کانال‌ها',
  fields: {
    code: 'کانال',
    name: 'نام',
    description: 'توضیح برای مشتریان',
    contact: 'اطلاعات تماس',
    answeringDays: 'روزهای پاسخگویی',
    hours: 'ساعات پاسخگویی',
    calendarId: 'تقویم کاری',
    active: 'فعال',
    sortOrder: 'ترتیب',
    locale: 'زبان',
    createdAt: 'ایجاد',
    updatedAt: 'به‌روزرسانی',
  },
  answering_days: {
    working_days: 'روزهای کاری',
    every_day: 'همه روزه',
  },
  helper: {
    contact: 'شماره تلفن، نشانی، سرشماره و… همان‌طور که مشتریان باید ببینند.',
    hours: 'اگر کانال همیشه باز است (مثلاً فرم وب) خالی بگذارید.',
    calendar: 'روزهای کاری و تعطیلات، وقتی پاسخگویی فقط در روزهای کاری است.',
  },
  always_open: 'همیشه باز',
};

export default messages;
