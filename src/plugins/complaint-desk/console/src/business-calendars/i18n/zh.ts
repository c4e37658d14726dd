import type { Messages } from './en';

const messages: Messages = {
  name: '工作日历 |||| 工作日历',
  fields: {
    code: '代码',
    name: '名称',
    timezone: '时区（IANA）',
    workingDays: '工作日',
    hours: '每日工作时间',
    halfDays: '半天工作日',
    holidays: '节假日',
    yearlyHolidays: '每年固定节假日（每年同一日期）',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  spans: {
    start: '从',
    end: '至',
    add: '添加时间段',
    remove: '删除此时间段',
    empty: '无工作时间',
    help: '分段工作日可设置多个时间段，例如 08:00–12:00 和 13:00–17:30。',
  },
  half_days: {
    help: '半天工作日会替换每周某一天或某个日期的常规工作时间。',
    kind: '适用于',
    weekday: '星期几',
    date: '日期',
    add: '添加半天工作日',
    remove: '删除此半天工作日',
    empty: '无半天工作日',
  },
  holidays: {
    date: '日期',
    month: '月',
    day: '日',
    add: '添加',
    empty: '无',
    remove: '删除 %{date}',
  },
  summary: {
    working_hours: '每天 %{hours} 个工作小时',
  },
  errors: {
    title: '服务器拒绝了此日历：',
  },
  preview: {
    title: '服务时限预览',
    help: '对于在开始时间收到的投诉，此日历（已保存版本）给出的截止时间。',
    start: '开始时间',
    days: '工作日数',
    hours: '工作小时数',
    duration: '时长 %{n}',
    add: '添加时长',
    remove: '删除此时长',
    compute: '计算截止时间',
    due: '截止时间',
    timezone_note: '时间按日历时区显示：%{timezone}',
  },
};

export default messages;
