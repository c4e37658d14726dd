import type { Messages } from './en';

const messages: Messages = {
  name: '根本原因 |||| 根本原因',
  fields: {
    code: '代码',
    title: '标题',
    description: '描述',
    sixM: '6M 类别',
    parentId: '上级原因',
    active: '启用',
  },
};

export default messages;
