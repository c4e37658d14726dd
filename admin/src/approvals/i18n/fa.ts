import type { Messages } from './en';

const messages: Messages = {
  name: 'تأیید |||| تأییدها',
  fields: {
    complaintId: 'شکایت',
    subject: 'موضوع',
    requiredRole: 'نقش لازم',
    step: 'مرحله',
    amount: 'مبلغ',
    round: 'دور',
    decision: 'تصمیم',
    comment: 'توضیح',
    decidedById: 'تصمیم‌گیرنده',
    decidedAt: 'زمان تصمیم',
    createdAt: 'ایجاد',
  },
  decisions: {
    pending: 'در انتظار',
    approved: 'تأییدشده',
    declined: 'ردشده',
  },
  decision: {
    approve_title: 'تأیید پاسخ پیشنهادی',
    decline_title: 'رد پاسخ پیشنهادی',
    comment_required: 'برای رد کردن، توضیح لازم است.',
    approve_done: 'تأیید شد',
    decline_done: 'رد شد',
  },
};

export default messages;
