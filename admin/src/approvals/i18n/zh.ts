import type { Messages } from './en';

const messages: Messages = {
  name: '审批 |||| 审批',
  fields: {
    complaintId: '投诉',
    subject: '事项',
    requiredRole: '所需角色',
    step: '步骤',
    amount: '金额',
    round: '轮次',
    decision: '决定',
    comment: '备注',
    decidedById: '决定人',
    decidedAt: '决定时间',
    createdAt: '创建时间',
  },
  decisions: {
    pending: '待审批',
    approved: '已批准',
    declined: '已驳回',
  },
  decision: {
    approve_title: '批准拟定的答复',
    decline_title: '驳回拟定的答复',
    comment_required: '驳回时必须填写备注。',
    approve_done: '已批准',
    decline_done: '已驳回',
  },
};

export default messages;
