import type { Messages } from './en';

const messages: Messages = {
  name: 'تقویم کاری |||| تقویم‌های کاری',
  fields: {
    code: 'کد',
    name: 'نام',
    timezone: 'منطقه زمانی (IANA)',
    workingDays: 'روزهای کاری',
    hours: 'ساعات کاری روزانه',
    halfDays: 'روزهای نیمه‌وقت',
    holidays: 'تعطیلات',
    yearlyHolidays: 'تعطیلات سالانه (هر سال همان تاریخ)',
    createdAt: 'ایجاد',
    updatedAt: 'به‌روزرسانی',
  },
  spans: {
    start: 'از',
    end: 'تا',
    add: 'افزودن بازه زمانی',
    remove: 'حذف این بازه زمانی',
    empty: 'بدون ساعت کاری',
    help: 'برای روزهای دوشیفته چند بازه وارد کنید، مثلاً ۰۸:۰۰ تا ۱۲:۰۰ و ۱۳:۰۰ تا ۱۷:۳۰.',
  },
  half_days: {
    help: 'روز نیمه‌وقت ساعات عادی را در یک روز هفته (هر هفته) یا در یک تاریخ جایگزین می‌کند.',
    kind: 'اعمال بر',
    weekday: 'یک روز هفته',
    date: 'یک تاریخ',
    add: 'افزودن روز نیمه‌وقت',
    remove: 'حذف این روز نیمه‌وقت',
    empty: 'بدون روز نیمه‌وقت',
  },
  holidays: {
    date: 'تاریخ',
    month: 'ماه',
    day: 'روز',
    add: 'افزودن',
    empty: 'هیچ',
    remove: 'حذف %{date}',
  },
  summary: {
    working_hours: '%{hours} ساعت کاری در روز',
  },
  errors: {
    title: 'سرور این تقویم را نپذیرفت:',
  },
  preview: {
    title: 'پیش‌نمایش مهلت‌ها',
    help: 'مهلت‌هایی که این تقویم برای شکایتی که در زمان شروع دریافت شده می‌دهد (تقویم ذخیره‌شده).',
    start: 'شروع',
    days: 'روز کاری',
    hours: 'ساعت کاری',
    duration: 'مدت %{n}',
    add: 'افزودن مدت',
    remove: 'حذف این مدت',
    compute: 'محاسبه مهلت‌ها',
    due: 'مهلت',
    timezone_note: 'زمان‌ها به وقت تقویم: %{timezone}',
  },
};

export default messages;
