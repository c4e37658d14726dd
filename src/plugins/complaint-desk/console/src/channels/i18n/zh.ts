import type { Messages } from './en';

const messages: Messages = {
  name: '渠道 |||| 渠道',
  fields: {
    code: '渠道',
    name: '名称',
    description: '面向客户的说明',
    contact: '联系方式',
    answeringDays: '受理日',
    hours: '受理时间',
    calendarId: '工作日历',
    active: '启用',
    sortOrder: '排序',
    locale: '语言',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  answering_days: {
    working_days: '工作日',
    every_day: '每天',
  },
  helper: {
    contact: '电话号码、地址、短号码等，按客户应看到的形式填写。',
    hours: '渠道全天开放时（例如网页表单）请留空。',
    calendar: '受理日为工作日时所依据的工作日和节假日。',
  },
  always_open: '全天开放',
};

export default messages;
