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
  inbox: {
    title: '待您决定',
    all: '全部审批',
    empty: '目前没有等待您决定的审批。',
    proposal: '方案',
    earlier_title: '此前的决定',
    earlier: '%{role} %{name}：%{decision}',
    value_tier: '价值等级 %{tier}',
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
    approve_done: '已批准投诉 %{code}（%{subject}）的方案',
    decline_done: '已驳回投诉 %{code} 的方案：投诉退回调查',
  },
};

export default messages;
