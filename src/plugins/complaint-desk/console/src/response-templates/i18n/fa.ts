import type { Messages } from './en';

const messages: Messages = {
  name: 'الگوی پاسخ |||| الگوهای پاسخ',
  fields: {
    code: 'کد',
    purpose: 'کاربرد',
    channel: 'کانال',
    name: 'نام',
    subject: 'موضوع (ایمیل)',
    body: 'متن',
    locale: 'زبان',
    createdAt: 'ایجاد',
    updatedAt: 'به‌روزرسانی',
  },
  purpose: {
    acknowledgment: 'اعلام وصول',
    assessment_accept: 'پذیرش شکایت',
    assessment_reject: 'عدم پذیرش شکایت',
    escalation: 'ارجاع',
    proposal: 'پاسخ پیشنهادی',
    resolution: 'حل و فصل',
    survey: 'نظرسنجی رضایت',
    external_recourse: 'مراجع بیرونی',
    bulk_message: 'پیام رخداد گسترده',
  },
  placeholders: 'جای‌نگهدارها: %{list}',
  subject_sms: 'پیامک موضوع ندارد.',
  characters: '%{smart_count} نویسه |||| %{smart_count} نویسه',
};

export default messages;
