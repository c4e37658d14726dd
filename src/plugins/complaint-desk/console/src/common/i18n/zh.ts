import type { Messages } from './en';

const messages: Messages = {
  name: '通用',
  content_locale: {
    label: '语言版本',
    missing: '尚无%{language}版本。表单中显示的是英文内容；保存后将创建%{language}版本。',
    showing: '%{language}版本',
    editing: '正在编辑%{language}版本',
  },
};

export default messages;
