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
  inbox: {
    title: 'در انتظار تصمیم شما',
    all: 'همهٔ تأییدها',
    empty: 'چیزی در انتظار تصمیم شما نیست.',
    proposal: 'پیشنهاد',
    earlier_title: 'تصمیم‌های پیشین',
    earlier: '%{role} %{name} — %{decision}',
    value_tier: 'ردهٔ ارزش %{tier}',
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
    approve_done: 'پیشنهاد شکایت %{code} (%{subject}) تأیید شد',
    decline_done: 'پیشنهاد شکایت %{code} رد شد و به بررسی برمی‌گردد',
  },
};

export default messages;
