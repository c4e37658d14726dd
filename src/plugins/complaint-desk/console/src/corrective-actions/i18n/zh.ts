import type { Messages } from './en';

const messages: Messages = {
  name: '纠正措施 |||| 纠正措施',
  fields: {
    title: '标题',
    description: '描述',
    kind: '类型',
    status: '状态',
    ownerId: '负责人',
    dueAt: '截止日期',
    complaintId: '投诉',
    rootCauseId: '根本原因',
    cftReviewId: '跨职能评审',
    completedAt: '完成时间',
    effective: '有效',
    effectivenessCheck: '有效性检查说明',
    effectivenessVerifiedAt: '有效性验证时间',
  },
  kinds: {
    corrective: '纠正',
    preventive: '预防',
    containment: '遏制',
  },
  statuses: {
    planned: '已计划',
    in_progress: '进行中',
    implemented: '已实施',
    verification: '验证中',
    effective: '有效',
    ineffective: '无效',
    cancelled: '已取消',
  },
  overdue: '已逾期',
  board: {
    list: '表格',
    board: '按状态看板',
    truncated: '看板按截止日期显示 %{total} 项中的前 %{shown} 项；请缩小筛选范围查看其余项。',
  },
  verify: {
    button: '验证有效性',
    title: '验证有效性：%{title}',
    question: '该措施是否消除了原因？',
    done: '已记录有效性',
  },
};

export default messages;
