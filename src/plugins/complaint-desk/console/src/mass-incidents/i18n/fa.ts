import type { Messages } from './en';

const messages: Messages = {
  name: 'رخداد گسترده |||| رخدادهای گسترده',
  fields: {
    title: 'عنوان',
    description: 'شرح',
    handlingAlgorithm: 'روال رسیدگی',
    status: 'وضعیت',
    area: 'حوزه',
    region: 'منطقه',
    startedAt: 'شروع',
    endedAt: 'پایان',
    categoryId: 'دسته',
  },
  statuses: {
    open: 'باز',
    resolved: 'برطرف‌شده',
    withdrawn: 'لغوشده',
  },
  areas: {
    network: 'شبکه',
    billing: 'صورتحساب',
    service: 'خدمات',
    sales: 'فروش',
  },
  tabs: {
    details: 'جزئیات',
    complaints: 'شکایت‌های مرتبط',
  },
  complaint: {
    trackingCode: 'کد پیگیری',
    subject: 'موضوع',
    customer: 'مشتری',
    status: 'وضعیت',
    receivedAt: 'دریافت',
  },
  link: {
    button: 'پیوند شکایت‌ها',
    title: 'پیوند شکایت‌های باز به این رخداد',
    help: 'شکایت‌هایی که این رخداد سبب آن‌ها شده است؛ مشتریانشان پیام گروهی را دریافت می‌کنند.',
    search: 'جست‌وجو: کد پیگیری، موضوع، نام یا تلفن مشتری',
    found: 'نمایش %{shown} از %{total} شکایت باز بدون پیوند',
    confirm: 'پیوند شکایت‌ها (%{smart_count})',
    result: 'پیوندشده: %{linked}، ردشده: %{skipped}',
    none: 'هنوز شکایتی پیوند نشده است.',
    unlinked: 'پیوند شکایت برداشته شد',
    all: 'پیوند همهٔ نتایج (%{smart_count})',
    running: 'در حال پیوند…',
    reason_already_linked: 'پیش‌تر به این رخداد پیوند شده است',
    reason_not_found: 'چنین شکایتی وجود ندارد',
  },
  algorithm: {
    title: 'رخداد گسترده — روش رسیدگی الزامی',
    none: 'این رخداد هنوز روش رسیدگی ندارد.',
  },
  message: {
    title: 'پیام گروهی به مشتریان مرتبط',
    help: 'برای هر مشتریِ شکایت‌های باز مرتبط یک بار و به زبان شکایت در صف ارسال نوشته می‌شود و در سابقهٔ هر شکایت ثبت می‌گردد.',
    subject: 'موضوع',
    text: 'متن پیام',
    channel: 'کانال',
    channel_preferred: 'ترجیح مشتری',
    send: 'قرار دادن پیام در صف',
    confirm_title: 'پیام گروهی در صف قرار گیرد؟',
    confirm_text: 'برای هر مشتریِ شکایت‌های باز مرتبط یک پیام در صف ارسال نوشته می‌شود. این کار برگشت‌پذیر نیست.',
    queued: 'پیام‌های در صف: %{smart_count}',
  },
};

export default messages;
