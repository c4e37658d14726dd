import type { Messages } from './en';

const messages: Messages = {
  name: 'تیم |||| تیم‌ها',
  fields: {
    code: 'کد',
    name: 'نام',
    line: 'سطح',
    area: 'حوزه',
    leadId: 'سرپرست تیم',
    memberIds: 'اعضا',
    calendarId: 'تقویم کاری',
    createdAt: 'ایجاد',
    updatedAt: 'به‌روزرسانی',
  },
  area: {
    network: 'شبکه',
    billing: 'صورت‌حساب',
    service: 'خدمات',
    sales: 'فروش و فروشگاه‌ها',
  },
  members_count: '%{smart_count} عضو |||| %{smart_count} عضو',
  helper: {
    line: 'سطح ۱ ابتدا شکایات را می‌گیرد؛ سطح ۲ ارجاع‌ها و دعاوی همان حوزه را.',
    calendar: 'ساعات کاری و تعطیلات تیم.',
  },
};

export default messages;
