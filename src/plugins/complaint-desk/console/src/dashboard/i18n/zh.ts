import type { Messages } from './en';

const messages: Messages = {
  name: '仪表板',
  counts: '您的队列',
  can_do: '您可以在这里做什么',
  count_error: '无法加载此计数',
  open_list: '打开列表',
  cft_welcome: '您参与投诉的跨职能评审：根本原因、8D 和纠正措施。',
  content_welcome: '您维护客户可见的内容：四种语言的投诉类别、渠道和答复模板。',
};

export default messages;
