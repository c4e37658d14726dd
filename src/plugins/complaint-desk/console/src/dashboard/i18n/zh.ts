import type { Messages } from './en';

const messages: Messages = {
  name: '仪表板',
  counts: '您的队列',
  can_do: '您可以在这里做什么',
  count_error: '无法加载此计数',
  open_list: '打开列表',
  cft_welcome: '您参与投诉的跨职能评审：根本原因、8D 和纠正措施。',
  content_welcome: '您维护客户可见的内容：四种语言的投诉类别、渠道和答复模板。',
  panels: {
    sla_compliance: 'SLA 达成率',
    last_days: '最近 %{days} 天',
    last_year: '最近 12 个月内实施',
    open_backlog: '未结投诉',
    volume_trend: '每周收到的投诉',
    backlog_by_team: '各团队的未结投诉',
    oldest_open: '最早的未结投诉',
    see_all: '查看全部',
    open_report: '打开报表',
    open_pareto: '打开帕累托图',
    nothing: '目前没有内容。',
    received_on: '收到于 %{date}',
    due_at: '截止 %{date}',
    top_root_causes: '前五大根本原因：最近 %{days} 天对比之前的 %{days} 天',
    this_period: '本期',
    previous_period: '上期',
    capa_overdue: '逾期的纠正措施',
    capa_due_soon: '%{days} 天内到期的纠正措施',
    capa_effective: '有效的措施',
    capa_ineffective: '无效的措施',
    capa_pending: '等待结论的措施',
    my_queue: '我的队列（按截止时间）',
    due_today: '今天到期',
  },
};

export default messages;
