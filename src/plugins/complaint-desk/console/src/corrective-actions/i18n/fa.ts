import type { Messages } from './en';

const messages: Messages = {
  name: 'اقدام اصلاحی |||| اقدامات اصلاحی',
  fields: {
    title: 'عنوان',
    description: 'شرح',
    kind: 'نوع',
    status: 'وضعیت',
    ownerId: 'مسئول',
    dueAt: 'سررسید',
    complaintId: 'شکایت',
    rootCauseId: 'علت ریشه‌ای',
    cftReviewId: 'بازبینی تیم چندوظیفه‌ای',
    completedAt: 'زمان انجام',
    effective: 'اثربخش',
    effectivenessCheck: 'یادداشت بررسی اثربخشی',
    effectivenessVerifiedAt: 'زمان تأیید اثربخشی',
  },
  kinds: {
    corrective: 'اصلاحی',
    preventive: 'پیشگیرانه',
    containment: 'مهار',
  },
  statuses: {
    planned: 'برنامه‌ریزی‌شده',
    in_progress: 'در حال انجام',
    implemented: 'اجراشده',
    verification: 'در حال راستی‌آزمایی',
    effective: 'اثربخش',
    ineffective: 'ناکارآمد',
    cancelled: 'لغوشده',
  },
  overdue: 'عقب‌افتاده',
  board: {
    list: 'جدول',
    board: 'تابلو بر اساس وضعیت',
    truncated: 'تابلو %{shown} اقدام نخست از %{total} اقدام را به ترتیب سررسید نشان می‌دهد؛ برای دیدن بقیه، فیلترها را محدودتر کنید.',
  },
  verify: {
    button: 'بررسی اثربخشی',
    title: 'بررسی اثربخشی: %{title}',
    question: 'آیا این اقدام علت را برطرف کرد؟',
    done: 'اثربخشی ثبت شد',
  },
};

export default messages;
