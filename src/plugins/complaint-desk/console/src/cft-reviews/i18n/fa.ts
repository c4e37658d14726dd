import type { Messages } from './en';

const messages: Messages = {
  name: 'بازبینی تیم چندوظیفه‌ای |||| بازبینی‌های تیم چندوظیفه‌ای',
  fields: {
    title: 'عنوان',
    status: 'وضعیت',
    leaderId: 'سرپرست',
    memberIds: 'اعضا',
    problemStatement: 'بیان مسئله',
    containment: 'اقدام مهار',
    rootCauseIds: 'علل ریشه‌ای',
    massIncidentId: 'رخداد گسترده',
    conclusion: 'نتیجه‌گیری',
    concludedAt: 'زمان نتیجه‌گیری',
    fieldVisitPlan: 'برنامهٔ بازدید میدانی',
    fieldVisitAt: 'تاریخ بازدید میدانی',
    updatedAt: 'به‌روزرسانی',
  },
  statuses: {
    planned: 'برنامه‌ریزی‌شده',
    in_progress: 'در حال انجام',
    concluded: 'جمع‌بندی‌شده',
    cancelled: 'لغوشده',
  },
  tabs: {
    general: 'کلی',
    eightD: '8D',
    fiveWhys: '۵ چرا',
    fishbone: 'نمودار استخوان ماهی (6M)',
    fieldVisit: 'بازدید میدانی',
  },
  eightD: {
    D0: 'برنامه‌ریزی',
    D1: 'تشکیل تیم',
    D2: 'شرح مسئله',
    D3: 'اقدام مهار',
    D4: 'علت ریشه‌ای',
    D5: 'انتخاب اقدامات اصلاحی',
    D6: 'اجرا و صحه‌گذاری',
    D7: 'پیشگیری',
    D8: 'قدردانی از تیم',
  },
  fiveWhys: {
    why: 'چرا؟',
    answer: 'زیرا…',
    question: 'چرا %{text}؟',
  },
  fishbone: {
    cause: 'علت',
    effect: 'معلول (مسئله)',
  },
  hints: {
    eightD: 'هشت گام بازبینی؛ بخش‌ها را همراه با پیشرفت کار تکمیل کنید.',
    fiveWhys: '«چرا؟» بپرسید و پاسخ را ثبت کنید؛ هر پاسخ پرسش بعدی است تا به علت ریشه‌ای برسید.',
    fishbone: 'علل احتمالی، دسته‌بندی‌شده بر اساس 6M.',
  },
  correctiveActions: 'اقدامات اصلاحی',
  empty: 'هنوز تکمیل نشده است',
};

export default messages;
