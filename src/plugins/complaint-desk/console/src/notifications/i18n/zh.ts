import type { Messages } from './en';

const messages: Messages = {
  name: '通知 |||| 通知',
  fields: {
    status: '状态',
    complaintId: '投诉',
    channel: '渠道',
    recipient: '收件人',
    template: '模板',
    locale: '语言',
    attempts: '尝试次数',
    lastError: '最近错误',
    providerId: '服务商编号',
    nextAttemptAt: '下次尝试',
    sentAt: '发送时间',
  },
  statuses: {
    pending: '排队中',
    sending: '发送中',
    sent: '已发送',
    failed: '失败，将重试',
    dead: '已放弃',
  },
  channels: {
    email: '邮件',
    sms: '短信',
  },
  retry: {
    button: '重试',
    done: '消息已重新排队',
    error: '无法重试：%{error}',
  },
  drop: {
    title: '本地投递目录（开发环境）',
    help: '未配置邮件服务器或短信网关：消息写入文件而不发送。可能是查询密码的数字已被遮盖。',
    empty: '尚未“发送”任何消息。',
    message: '消息',
    to: '收件人：%{to}',
    close: '关闭',
  },
};

export default messages;
