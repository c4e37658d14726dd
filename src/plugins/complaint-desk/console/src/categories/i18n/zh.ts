import type { Messages } from './en';

const messages: Messages = {
  name: '类别 |||| 类别',
  fields: {
    code: '代码',
    scheme: '分类方案',
    name: '名称',
    description: '说明',
    recourseText: '外部申诉途径说明',
    area: '领域',
    regulatorClass: '监管类别',
    claimMinValueTier: '可索赔的最低价值等级',
    active: '启用',
    locale: '语言',
    parentId: '上级类别',
    teamId: '处理团队',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  scheme: {
    general: '通用',
    regulator: '监管机构',
    touchpoint: '接触点',
    product: '产品',
  },
  area: {
    network: '网络',
    billing: '计费',
    service: '服务',
    sales: '销售与门店',
  },
  regulatorClass: {
    support: '支持',
    financial: '财务',
    contract: '合同',
    service_quality: '服务质量',
    service_not_provided: '未提供服务',
  },
  helper: {
    regulator: '监管报表将此类别计入的监管类别。',
    regulatorInherited: '继承自上级类别',
    code: '以点分隔的路径，在整棵树中唯一（例如 general.billing）。',
    recourse: '客户拒绝最终方案时告知客户；子类别为空时继承此内容。',
    claim: '仅此价值等级及以上的客户可提出索赔。',
    team: '此类别的新投诉将分配给该团队。',
  },
};

export default messages;
