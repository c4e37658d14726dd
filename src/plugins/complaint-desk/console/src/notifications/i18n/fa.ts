import type { Messages } from './en';

const messages: Messages = {
  name: 'پیام |||| پیام‌ها',
  fields: {
    status: 'وضعیت',
    complaintId: 'شکایت',
    channel: 'کانال',
    recipient: 'گیرنده',
    template: 'قالب',
    locale: 'زبان',
    attempts: 'تلاش‌ها',
    lastError: 'آخرین خطا',
    providerId: 'شناسه ارائه‌دهنده',
    nextAttemptAt: 'تلاش بعدی',
    sentAt: 'زمان ارسال',
  },
  statuses: {
    pending: 'در صف',
    sending: 'در حال ارسال',
    sent: 'ارسال‌شده',
    failed: 'ناموفق، تلاش دوباره',
    dead: 'متوقف‌شده',
  },
  channels: {
    email: 'ایمیل',
    sms: 'پیامک',
  },
  retry: {
    button: 'ارسال دوباره',
    done: 'پیام دوباره در صف قرار گرفت',
    error: 'ارسال دوباره ممکن نشد: %{error}',
  },
  drop: {
    title: 'پوشه محلی (محیط توسعه)',
    help: 'سرور ایمیل یا درگاه پیامک تنظیم نشده است: پیام‌ها به‌جای ارسال در فایل نوشته می‌شوند. اعدادی که ممکن است رمز پیگیری باشند پوشانده شده‌اند.',
    empty: 'هنوز پیامی «ارسال» نشده است.',
    message: 'پیام',
    to: 'گیرنده: %{to}',
    close: 'بستن',
  },
};

export default messages;
