import type { Messages } from './en';

const messages: Messages = {
  name: '服务时限策略 |||| 服务时限策略',
  fields: {
    code: '代码',
    name: '名称',
    isDefault: '默认策略',
    priority: '优先级',
    categoryId: '类别',
    minValueTier: '最低价值等级',
    maxValueTier: '最高价值等级',
    calendarId: '工作日历',
    acknowledgmentHours: '受理确认（工作小时）',
    assessmentDays: '初步评估（工作日）',
    evaluationDays: '调查评估（工作日）',
    resolutionDays: '解决（工作日）',
    atRiskShare: '超过阶段时间的百分之多少视为有风险',
    onAtRisk: '阶段有风险时',
    onBreach: '阶段超时时',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  sections: {
    scope: '适用的投诉',
    stages: '各阶段时长',
    escalation: '升级',
  },
  escalation_action: {
    notify_assignee: '通知处理人',
    notify_team_lead: '通知团队负责人',
    notify_director: '通知主管',
    raise_escalation: '升级到二线（未分配）',
  },
  helper: {
    priority: '多个策略匹配时，类别策略优先，其次是优先级较高的策略。',
    value_tier: '留空表示适用于任何价值等级。',
    calendar: '没有日历时，截止时间按自然时间计算（一天 = 24 小时）。',
    acknowledgment: '0 表示立即。',
    category: '留空表示通用策略；类别策略也适用于其子类别。',
  },
  stages_summary: '%{ack} 小时 / %{assessment} / %{evaluation} / %{resolution} 天',
};

export default messages;
