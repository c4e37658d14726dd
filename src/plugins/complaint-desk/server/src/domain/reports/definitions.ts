/**
 * What each report counts, as data the SQL and the service read: the statuses that make a
 * complaint concluded or open, the SLA stages' columns, the columns each report answers and their
 * CSV labels in the four languages, and who sees which figures. The meaning of every report is
 * written on its row type in shared/reports.ts. Framework-free.
 */
import type { StaffRole } from '../../../../shared/roles';
import { REPORT_ROLES, TEAM_SCOPED_REPORT_ROLES } from '../../../../shared/permissions';
import type { ReportColumn, ReportLocale, ReportName } from '../../../../shared/reports';

/** Complaints the desk has finished with, for first-contact resolution. */
export const CONCLUDED_STATUSES = ['resolved', 'closed', 'open_external'] as const;
/** Concluded, but not by the desk's resolution: never a first-contact resolution. */
export const UNRESOLVED_CONCLUDED_STATUSES = ['open_external'] as const;
/** Statuses a mass incident's complaint is no longer open in. */
export const FINISHED_STATUSES = ['resolved', 'closed', 'rejected', 'open_external'] as const;

/** Each SLA stage's deadline and met attributes on the complaint (domain/sla-stages.ts names the same). */
export const SLA_STAGE_COLUMNS = [
  { stage: 'acknowledgment', due: 'acknowledgmentDueAt', met: 'acknowledgedAt' },
  { stage: 'assessment', due: 'assessmentDueAt', met: 'assessmentMetAt' },
  { stage: 'evaluation', due: 'evaluationDueAt', met: 'evaluationMetAt' },
  { stage: 'resolution', due: 'resolutionDueAt', met: 'resolutionMetAt' },
] as const;

/**
 * A stage's standing at `now`: met on time, breached (met late, or unmet past its deadline), or
 * pending (unmet, not yet due). Null without a deadline. The SQL of database/reports counts the
 * same three cases.
 */
export function stageOutcome(due: Date | null, met: Date | null, now: Date): 'met' | 'breached' | 'pending' | null {
  if (!due) return null;
  if (met) return met.getTime() <= due.getTime() ? 'met' : 'breached';
  return now.getTime() > due.getTime() ? 'breached' : 'pending';
}

/** The most rows of the repeat-complainants report. */
export const REPEAT_COMPLAINANTS_LIMIT = 100;
/** A customer is a repeat complainant from this many complaints in the period. */
export const REPEAT_MIN_COMPLAINTS = 2;

/** The verification window when an action names none (the corrective-action schema's default). */
export const DEFAULT_VERIFICATION_WINDOW_DAYS = 90;

const col = (field: string, kind: ReportColumn['kind']): ReportColumn => ({ field, kind });

/** Each report's columns in order: the JSON's `columns` and the CSV's. */
export const REPORT_COLUMNS: Record<ReportName, ReportColumn[]> = {
  'root-causes': [col('code', 'text'), col('title', 'text'), col('sixM', 'text'), col('count', 'count'), col('share', 'share'), col('cumulativeShare', 'share')],
  trends: [col('bucket', 'text'), col('start', 'date'), col('end', 'date'), col('received', 'count'), col('resolved', 'count')],
  'sla-compliance': [col('stage', 'text'), col('teamName', 'text'), col('met', 'count'), col('breached', 'count'), col('pending', 'count'), col('compliance', 'share')],
  'capa-effectiveness': [
    col('title', 'text'),
    col('status', 'text'),
    col('rootCauseCode', 'text'),
    col('implementedAt', 'date'),
    col('verificationWindowDays', 'number'),
    col('before', 'count'),
    col('after', 'count'),
    col('result', 'text'),
  ],
  'first-contact-resolution': [col('channel', 'text'), col('concluded', 'count'), col('firstContact', 'count'), col('share', 'share')],
  satisfaction: [col('score', 'number'), col('result', 'count'), col('process', 'count')],
  'repeat-complainants': [
    col('customerId', 'text'),
    col('name', 'text'),
    col('phone', 'text'),
    col('email', 'text'),
    col('complaints', 'count'),
    col('firstReceivedAt', 'date'),
    col('lastReceivedAt', 'date'),
  ],
  regulator: [col('regulatorClass', 'text'), col('count', 'count'), col('share', 'share')],
  'mass-incidents': [col('title', 'text'), col('status', 'text'), col('startedAt', 'date'), col('endedAt', 'date'), col('complaints', 'count'), col('open', 'count')],
};

/** The repeat-complainants columns a role without personal data does not get in its CSV. */
export const PERSONAL_COLUMNS = ['name', 'phone', 'email'] as const;

type Labels = Record<ReportLocale, string>;

/** CSV column labels by field, in the four languages. */
export const COLUMN_LABELS: Record<string, Labels> = {
  code: { en: 'Code', fa: 'کد', ru: 'Код', zh: '代码' },
  title: { en: 'Title', fa: 'عنوان', ru: 'Название', zh: '标题' },
  sixM: { en: '6M class', fa: 'دسته ۶M', ru: 'Класс 6M', zh: '6M 类别' },
  count: { en: 'Complaints', fa: 'شکایت‌ها', ru: 'Жалобы', zh: '投诉数' },
  share: { en: 'Share', fa: 'سهم', ru: 'Доля', zh: '占比' },
  cumulativeShare: { en: 'Cumulative share', fa: 'سهم تجمعی', ru: 'Накопленная доля', zh: '累计占比' },
  bucket: { en: 'Period', fa: 'دوره', ru: 'Период', zh: '期间' },
  start: { en: 'From', fa: 'از', ru: 'С', zh: '开始' },
  end: { en: 'To', fa: 'تا', ru: 'По', zh: '结束' },
  received: { en: 'Received', fa: 'دریافت‌شده', ru: 'Поступило', zh: '收到' },
  resolved: { en: 'Resolved', fa: 'حل‌شده', ru: 'Решено', zh: '已解决' },
  stage: { en: 'Stage', fa: 'مرحله', ru: 'Этап', zh: '阶段' },
  teamName: { en: 'Team', fa: 'تیم', ru: 'Команда', zh: '团队' },
  met: { en: 'Met', fa: 'به‌موقع', ru: 'В срок', zh: '按时' },
  breached: { en: 'Breached', fa: 'نقض‌شده', ru: 'Просрочено', zh: '超时' },
  pending: { en: 'Pending', fa: 'در جریان', ru: 'В работе', zh: '进行中' },
  compliance: { en: 'Compliance', fa: 'انطباق', ru: 'Соблюдение', zh: '达标率' },
  status: { en: 'Status', fa: 'وضعیت', ru: 'Статус', zh: '状态' },
  rootCauseCode: { en: 'Root cause', fa: 'علت ریشه‌ای', ru: 'Первопричина', zh: '根本原因' },
  implementedAt: { en: 'Implemented at', fa: 'تاریخ اجرا', ru: 'Внедрено', zh: '实施时间' },
  verificationWindowDays: { en: 'Verification window (days)', fa: 'بازه راستی‌آزمایی (روز)', ru: 'Окно проверки (дни)', zh: '验证期（天）' },
  before: { en: 'Complaints before', fa: 'شکایت‌های پیش از اجرا', ru: 'Жалобы до', zh: '实施前投诉' },
  after: { en: 'Complaints after', fa: 'شکایت‌های پس از اجرا', ru: 'Жалобы после', zh: '实施后投诉' },
  result: { en: 'Result', fa: 'نتیجه', ru: 'Результат', zh: '结果' },
  channel: { en: 'Channel', fa: 'کانال', ru: 'Канал', zh: '渠道' },
  concluded: { en: 'Concluded', fa: 'پایان‌یافته', ru: 'Завершено', zh: '已结案' },
  firstContact: { en: 'Resolved at first contact', fa: 'حل در نخستین تماس', ru: 'Решено при первом обращении', zh: '首次接触解决' },
  score: { en: 'Score', fa: 'امتیاز', ru: 'Оценка', zh: '评分' },
  process: { en: 'Process', fa: 'فرایند', ru: 'Процесс', zh: '过程' },
  customerId: { en: 'Customer', fa: 'مشتری', ru: 'Клиент', zh: '客户' },
  name: { en: 'Name', fa: 'نام', ru: 'Имя', zh: '姓名' },
  phone: { en: 'Phone', fa: 'تلفن', ru: 'Телефон', zh: '电话' },
  email: { en: 'Email', fa: 'ایمیل', ru: 'Эл. почта', zh: '电子邮件' },
  complaints: { en: 'Complaints', fa: 'شکایت‌ها', ru: 'Жалобы', zh: '投诉数' },
  firstReceivedAt: { en: 'First received', fa: 'نخستین دریافت', ru: 'Первая жалоба', zh: '首次收到' },
  lastReceivedAt: { en: 'Last received', fa: 'آخرین دریافت', ru: 'Последняя жалоба', zh: '最近收到' },
  regulatorClass: { en: 'Regulator class', fa: 'طبقه رگولاتوری', ru: 'Класс регулятора', zh: '监管类别' },
  startedAt: { en: 'Started', fa: 'آغاز', ru: 'Начало', zh: '开始时间' },
  endedAt: { en: 'Ended', fa: 'پایان', ru: 'Окончание', zh: '结束时间' },
  open: { en: 'Open', fa: 'باز', ru: 'Открыто', zh: '未结' },
};

/** A column's label in `locale` (its field name when none is written). */
export const columnLabel = (field: string, locale: ReportLocale): string => COLUMN_LABELS[field]?.[locale] ?? field;

/** Whose figures a role sees: all, its teams', or none (403). */
export function reportScope(role: StaffRole): 'all' | 'team' | null {
  if (!REPORT_ROLES.includes(role)) return null;
  return TEAM_SCOPED_REPORT_ROLES.includes(role) ? 'team' : 'all';
}
