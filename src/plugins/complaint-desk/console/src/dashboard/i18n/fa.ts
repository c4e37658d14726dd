import type { Messages } from './en';

const messages: Messages = {
  name: 'پیشخوان',
  counts: 'صف‌های شما',
  can_do: 'کارهایی که اینجا می‌توانید انجام دهید',
  count_error: 'بارگیری این شمارش ممکن نشد',
  open_list: 'باز کردن فهرست',
  cft_welcome: 'شما در بررسی‌های تیم چندوظیفه‌ای شکایات مشارکت دارید: علل ریشه‌ای، 8D و اقدامات اصلاحی.',
  content_welcome: 'شما محتوایی را که مشتریان می‌بینند نگهداری می‌کنید: دسته‌بندی شکایات، کانال‌ها و قالب‌های پاسخ به چهار زبان.',
  panels: {
    sla_compliance: 'رعایت SLA',
    last_days: '%{days} روز گذشته',
    last_year: 'اجراشده در ۱۲ ماه گذشته',
    open_backlog: 'شکایات باز',
    volume_trend: 'شکایات دریافتی در هر هفته',
    backlog_by_team: 'شکایات باز به تفکیک تیم',
    oldest_open: 'قدیمی‌ترین شکایات باز',
    see_all: 'دیدن همه',
    open_report: 'باز کردن گزارش',
    open_pareto: 'باز کردن نمودار پارتو',
    nothing: 'فعلاً چیزی اینجا نیست.',
    received_on: 'دریافت‌شده در %{date}',
    due_at: 'مهلت %{date}',
    top_root_causes: 'پنج علت ریشه‌ای اصلی: %{days} روز گذشته در برابر %{days} روز پیش از آن',
    this_period: 'این دوره',
    previous_period: 'دوره قبل',
    capa_overdue: 'اقدامات اصلاحی عقب‌افتاده',
    capa_due_soon: 'اقدامات اصلاحی با مهلت تا %{days} روز دیگر',
    capa_effective: 'اقدامات اثربخش',
    capa_ineffective: 'اقدامات بی‌اثر',
    capa_pending: 'اقدامات در انتظار نتیجه',
    my_queue: 'صف من، به ترتیب مهلت',
    due_today: 'مهلت امروز',
  },
};

export default messages;
