import type { Messages } from './en';

const messages: Messages = {
  name: '团队 |||| 团队',
  fields: {
    code: '代码',
    name: '名称',
    line: '线别',
    area: '领域',
    leadId: '团队负责人',
    memberIds: '成员',
    calendarId: '工作日历',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  area: {
    network: '网络',
    billing: '计费',
    service: '服务',
    sales: '销售与门店',
  },
  members_count: '%{smart_count} 名成员 |||| %{smart_count} 名成员',
  helper: {
    line: '一线首先受理投诉；二线受理同一领域的升级和索赔。',
    calendar: '团队的工作时间和节假日。',
  },
};

export default messages;
