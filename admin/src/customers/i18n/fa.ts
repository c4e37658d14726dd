import type { Messages } from './en';

const messages: Messages = {
  name: 'مشتری |||| مشتریان',
  fields: {
    name: 'نام',
    phone: 'تلفن',
    email: 'ایمیل',
    address: 'نشانی',
    preferredLanguage: 'زبان',
    contactPreference: 'روش تماس ترجیحی',
    valueTier: 'سطح ارزش',
    externalRef: 'شناسه خارجی',
    consentAt: 'تاریخ رضایت',
    erasedAt: 'پاک‌شده',
    createdAt: 'ایجاد',
    updatedAt: 'آخرین تغییر',
  },
  title: 'مشتری %{name}',
  hidden_name: '(اطلاعات شخصی پنهان است)',
  pii_hidden: 'اطلاعات شخصی مشتری برای نقش شما نمایش داده نمی‌شود.',
  complaints: 'شکایت‌های این مشتری',
  no_complaints: 'هنوز شکایتی ثبت نشده است.',
  register_complaint: 'ثبت شکایت',
  erase: {
    action: 'پاک کردن اطلاعات شخصی',
    title: 'اطلاعات شخصی %{name} پاک شود؟',
    content: 'نام، تلفن، ایمیل و نشانی به درخواست مشتری (حریم خصوصی) برای همیشه پاک می‌شوند. پرونده مشتری و شکایت‌هایش بدون اطلاعات شخصی باقی می‌مانند. این کار برگشت‌پذیر نیست.',
    done: 'اطلاعات شخصی پاک شد',
    erased_on: 'اطلاعات شخصی در %{date} به درخواست مشتری پاک شد.',
    help: 'مدیر می‌تواند به درخواست مشتری اطلاعات شخصی او را پاک کند؛ شکایت‌ها و آمار باقی می‌مانند.',
  },
};

export default messages;
