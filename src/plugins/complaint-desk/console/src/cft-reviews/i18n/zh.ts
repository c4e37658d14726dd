import type { Messages } from './en';

const messages: Messages = {
  name: '跨职能评审 |||| 跨职能评审',
  fields: {
    title: '标题',
    status: '状态',
    leaderId: '负责人',
    memberIds: '成员',
    problemStatement: '问题陈述',
    containment: '遏制措施',
    rootCauseIds: '根本原因',
    massIncidentId: '大规模事件',
    conclusion: '结论',
    concludedAt: '结论时间',
    fieldVisitPlan: '现场走访计划',
    fieldVisitAt: '现场走访日期',
    updatedAt: '更新时间',
  },
  statuses: {
    planned: '已计划',
    in_progress: '进行中',
    concluded: '已结束',
    cancelled: '已取消',
  },
  tabs: {
    general: '概况',
    eightD: '8D',
    fiveWhys: '5 个为什么',
    fishbone: '鱼骨图（6M）',
    fieldVisit: '现场走访',
  },
  eightD: {
    D0: '准备计划',
    D1: '成立团队',
    D2: '问题描述',
    D3: '临时遏制措施',
    D4: '根本原因',
    D5: '选定纠正措施',
    D6: '实施与验证',
    D7: '预防再发生',
    D8: '表彰团队',
  },
  fiveWhys: {
    why: '为什么？',
    answer: '因为……',
    question: '为什么%{text}？',
  },
  fishbone: {
    cause: '原因',
    effect: '结果（问题）',
  },
  hints: {
    eightD: '评审的八个步骤；随着工作推进填写各部分。',
    fiveWhys: '问“为什么？”并记录答案；每个答案都是下一个问题，直到找到根本原因。',
    fishbone: '按 6M 分组的可能原因。',
  },
  correctiveActions: '纠正措施',
  empty: '尚未填写',
};

export default messages;
