const messages = {
  name: 'Dashboard',
  counts: 'Your queues',
  can_do: 'What you can do here',
  count_error: 'Could not load this count',
  open_list: 'Open the list',
  cft_welcome: 'You take part in cross-functional reviews of complaints: root causes, 8D, corrective actions.',
  content_welcome: 'You maintain the content customers see: complaint categories, channels and response templates in four languages.',
  panels: {
    sla_compliance: 'SLA compliance',
    last_days: 'last %{days} days',
    last_year: 'implemented in the last 12 months',
    open_backlog: 'Open complaints',
    volume_trend: 'Complaints received per week',
    backlog_by_team: 'Open complaints by team',
    oldest_open: 'Oldest open complaints',
    see_all: 'See all',
    open_report: 'Open the report',
    open_pareto: 'Open the Pareto',
    nothing: 'Nothing here right now.',
    received_on: 'received %{date}',
    due_at: 'due %{date}',
    top_root_causes: 'Top five root causes: last %{days} days against the %{days} before',
    this_period: 'This period',
    previous_period: 'Previous period',
    capa_overdue: 'Corrective actions overdue',
    capa_due_soon: 'Corrective actions due in %{days} days',
    capa_effective: 'Effective actions',
    capa_ineffective: 'Ineffective actions',
    capa_pending: 'Actions awaiting their verdict',
    my_queue: 'My queue, by due time',
    due_today: 'Falls due today',
  },
};

export type Messages = typeof messages;

export default messages;
