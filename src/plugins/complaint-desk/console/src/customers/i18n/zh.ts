import type { Messages } from './en';

const messages: Messages = {
  name: '客户',
  fields: {
    name: '姓名',
    phone: '电话',
    email: '邮箱',
    address: '地址',
    preferredLanguage: '语言',
    contactPreference: '首选联系方式',
    valueTier: '价值等级',
    externalRef: '外部编号',
    consentAt: '同意时间',
    erasedAt: '已清除',
    createdAt: '创建时间',
    updatedAt: '最后修改',
  },
  title: '客户 %{name}',
  hidden_name: '（个人信息已隐藏）',
  pii_hidden: '您的角色无权查看客户个人信息。',
  complaints: '该客户的投诉',
  no_complaints: '暂无投诉。',
  register_complaint: '登记投诉',
  export: {
    action: '导出个人信息',
    done: '已将该客户的全部信息下载为 JSON 文件。',
  },
  erase: {
    action: '清除个人信息',
    title: '清除 %{name} 的个人信息？',
    content: '应客户要求（隐私保护），姓名、电话、邮箱和地址将被永久清除，投诉文本、事件和通知中的也一并清除。客户记录及其投诉保留，但不含个人信息。此操作无法撤销。',
    done: '个人信息已清除',
    erased_on: '个人信息已于 %{date} 应客户要求清除。',
    help: '应客户要求，主管可清除其个人信息；投诉和统计数据保留。',
  },
};

export default messages;
