import type { Messages } from './en';

const messages: Messages = {
  name: 'دسته‌بندی |||| دسته‌بندی‌ها',
  fields: {
    code: 'کد',
    scheme: 'طرح طبقه‌بندی',
    name: 'نام',
    description: 'توضیحات',
    recourseText: 'متن مراجع بیرونی',
    area: 'حوزه',
    regulatorClass: 'طبقه رگولاتوری',
    claimMinValueTier: 'دعوی از سطح ارزش',
    active: 'فعال',
    locale: 'زبان',
    parentId: 'دسته‌بندی والد',
    teamId: 'تیم رسیدگی',
    createdAt: 'ایجاد',
    updatedAt: 'به‌روزرسانی',
  },
  scheme: {
    general: 'عمومی',
    regulator: 'نهاد تنظیم‌گر',
    touchpoint: 'نقطه تماس',
    product: 'محصول',
  },
  area: {
    network: 'شبکه',
    billing: 'صورت‌حساب',
    service: 'خدمات',
    sales: 'فروش و فروشگاه‌ها',
  },
  regulatorClass: {
    support: 'پشتیبانی',
    financial: 'مالی',
    contract: 'قرارداد',
    service_quality: 'کیفیت خدمات',
    service_not_provided: 'عدم ارائه خدمت',
  },
  helper: {
    regulator: 'طبقه‌ای از طبقه‌بندی رگولاتور که گزارش رگولاتوری این دسته را در آن می‌شمارد.',
    regulatorInherited: 'به ارث رسیده از دسته والد',
    code: 'مسیر جداشده با نقطه، یکتا در درخت (مثلاً general.billing).',
    recourse: 'وقتی مشتری پیشنهاد نهایی را نپذیرد به او گفته می‌شود؛ زیرشاخه‌ها در صورت خالی بودن آن را به ارث می‌برند.',
    claim: 'دعوی فقط برای مشتریان این سطح ارزش یا بالاتر ثبت می‌شود.',
    team: 'شکایات جدید این دسته‌بندی به این تیم می‌روند.',
  },
};

export default messages;
