import type { Messages } from './en';

const messages: Messages = {
  name: 'سیاست مهلت خدمت |||| سیاست‌های مهلت خدمت',
  fields: {
    code: 'کد',
    name: 'نام',
    isDefault: 'سیاست پیش‌فرض',
    priority: 'اولویت',
    categoryId: 'دسته‌بندی',
    minValueTier: 'پایین‌ترین سطح ارزش',
    maxValueTier: 'بالاترین سطح ارزش',
    calendarId: 'تقویم کاری',
    acknowledgmentHours: 'اعلام وصول (ساعت کاری)',
    assessmentDays: 'ارزیابی اولیه (روز کاری)',
    evaluationDays: 'بررسی (روز کاری)',
    resolutionDays: 'حل و فصل (روز کاری)',
    atRiskShare: 'در معرض خطر پس از (٪ زمان مرحله)',
    onAtRisk: 'وقتی مرحله در معرض خطر است',
    onBreach: 'وقتی مهلت مرحله گذشته است',
    createdAt: 'ایجاد',
    updatedAt: 'به‌روزرسانی',
  },
  sections: {
    scope: 'کدام شکایات',
    stages: 'مدت مراحل',
    escalation: 'ارجاع',
  },
  escalation_action: {
    notify_assignee: 'اطلاع به کارشناس مسئول',
    notify_team_lead: 'اطلاع به سرپرست تیم',
    notify_director: 'اطلاع به مدیر',
    raise_escalation: 'ارجاع به سطح ۲ (بدون مسئول)',
  },
  helper: {
    priority: 'اگر چند سیاست منطبق باشد، سیاست دسته‌بندی و سپس اولویت بالاتر برنده است.',
    value_tier: 'برای هر سطح ارزش خالی بگذارید.',
    calendar: 'بدون تقویم، مهلت‌ها به زمان تقویمی شمرده می‌شوند (هر روز = ۲۴ ساعت).',
    acknowledgment: '۰ یعنی بلافاصله.',
    category: 'برای سیاست عمومی خالی بگذارید؛ سیاست یک دسته‌بندی زیرشاخه‌های آن را هم در بر می‌گیرد.',
  },
  stages_summary: '%{ack} ساعت / %{assessment} / %{evaluation} / %{resolution} روز',
};

export default messages;
