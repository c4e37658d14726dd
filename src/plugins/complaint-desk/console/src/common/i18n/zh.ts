import type { Messages } from './en';

const messages: Messages = {
  name: '通用',
  content_locale: {
    label: '语言版本',
    missing: '尚无%{language}版本。表单中显示的是英文内容；保存后将创建%{language}版本。',
    showing: '%{language}版本',
    editing: '正在编辑%{language}版本',
  },
  unsaved: {
    title: '未保存的更改',
    switch: '%{from}版本有未保存的更改。切换到%{to}版本并放弃这些更改吗？',
    discard: '放弃并切换',
    stay: '继续编辑',
  },
  notice: {
    saved: '已保存%{what}“%{name}”',
    saved_version: '已保存%{what}“%{name}”（%{language}）',
    created: '已创建%{what}“%{name}”',
    created_version: '已创建%{what}“%{name}”（%{language}）',
  },
  copy: {
    action: '复制%{what}',
    done: '已复制%{what}',
    failed: '无法复制：请选中文本后手动复制。',
  },
};

export default messages;
