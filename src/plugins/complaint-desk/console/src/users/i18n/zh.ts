import type { Messages } from './en';

const messages: Messages = {
  name: '员工 |||| 员工',
  fields: {
    email: '电子邮箱',
    username: '用户名',
    role: '角色',
    teamIds: '团队',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  managed_elsewhere: '员工账户和角色在 Strapi 管理面板中管理。',
};

export default messages;
