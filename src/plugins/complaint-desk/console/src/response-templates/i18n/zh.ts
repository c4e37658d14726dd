import type { Messages } from './en';

const messages: Messages = {
  name: '答复模板 |||| 答复模板',
  fields: {
    code: '代码',
    purpose: '用途',
    channel: '渠道',
    name: '名称',
    subject: '主题（邮件）',
    body: '正文',
    locale: '语言',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  purpose: {
    acknowledgment: '受理确认',
    assessment_accept: '投诉已受理',
    assessment_reject: '投诉不予受理',
    escalation: '升级',
    proposal: '拟议答复',
    resolution: '解决',
    survey: '满意度调查',
    external_recourse: '外部申诉途径',
    bulk_message: '大规模事件通知',
  },
  placeholders: '占位符：%{list}',
  subject_sms: '短信没有主题。',
  characters: '%{smart_count} 个字符 |||| %{smart_count} 个字符',
};

export default messages;
