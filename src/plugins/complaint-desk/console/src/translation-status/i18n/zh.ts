import type { Messages } from './en';

const messages: Messages = {
  name: '翻译状态',
  title: '翻译状态',
  help: '哪些类别、渠道和回复模板缺少某种语言版本，或版本中缺少文本。点击单元格即可编辑该版本。',
  complete: '所有语言均已完成',
  gaps: '%{smart_count} 条记录有缺漏 |||| %{smart_count} 条记录有缺漏',
  truncated: '每种语言只检查前 100 条记录。',
  state: {
    ok: '完整',
    missing: '缺少',
    incomplete: '为空：%{fields}',
  },
};

export default messages;
