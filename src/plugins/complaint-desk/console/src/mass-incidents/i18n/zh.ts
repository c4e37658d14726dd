import type { Messages } from './en';

const messages: Messages = {
  name: '大规模事件 |||| 大规模事件',
  fields: {
    title: '标题',
    description: '描述',
    handlingAlgorithm: '处理流程',
    status: '状态',
    area: '领域',
    region: '地区',
    startedAt: '开始时间',
    endedAt: '结束时间',
    categoryId: '类别',
  },
  statuses: {
    open: '进行中',
    resolved: '已解决',
    withdrawn: '已撤销',
  },
  areas: {
    network: '网络',
    billing: '计费',
    service: '服务',
    sales: '销售',
  },
  tabs: {
    details: '详情',
    complaints: '关联投诉',
  },
  complaint: {
    trackingCode: '跟踪码',
    subject: '主题',
    customer: '客户',
    status: '状态',
    receivedAt: '接收时间',
  },
  link: {
    button: '关联投诉',
    title: '将未结投诉关联到此事件',
    help: '由此事件引起的投诉；其客户将收到群发消息。',
    search: '搜索：跟踪码、主题、客户姓名或电话',
    found: '显示 %{total} 条未关联的未结投诉中的 %{shown} 条',
    confirm: '关联投诉（%{smart_count}）',
    result: '已关联：%{linked}，已跳过：%{skipped}',
    none: '尚未关联任何投诉。',
    unlinked: '已取消关联投诉',
    all: '关联全部匹配项（%{smart_count}）',
    running: '正在关联…',
    reason_already_linked: '已关联到此事件',
    reason_not_found: '投诉不存在',
  },
  algorithm: {
    title: '群发事件 — 必须遵循的处理流程',
    none: '此事件尚无处理流程。',
  },
  message: {
    title: '向关联客户群发消息',
    help: '为关联未结投诉的每位客户在发件箱中写入一条消息，使用投诉的语言，并记录在每条投诉中。',
    subject: '主题',
    text: '消息内容',
    channel: '渠道',
    channel_preferred: '按客户偏好',
    send: '加入发送队列',
    confirm_title: '将群发消息加入队列？',
    confirm_text: '关联未结投诉的每位客户都会在发件箱中写入一条消息。此操作无法撤销。',
    queued: '已加入队列的消息：%{smart_count}',
  },
};

export default messages;
