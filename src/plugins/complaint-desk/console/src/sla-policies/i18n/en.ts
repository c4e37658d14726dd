const messages = {
  name: 'SLA policy |||| SLA policies',
  fields: {
    code: 'Code',
    name: 'Name',
    isDefault: 'Default policy',
    priority: 'Priority',
    categoryId: 'Category',
    minValueTier: 'Lowest value tier',
    maxValueTier: 'Highest value tier',
    calendarId: 'Business calendar',
    acknowledgmentHours: 'Acknowledgment (working hours)',
    assessmentDays: 'Initial assessment (working days)',
    evaluationDays: 'Evaluation (working days)',
    resolutionDays: 'Resolution (working days)',
    atRiskShare: 'At risk after (% of the stage time)',
    onAtRisk: 'When a stage is at risk',
    onBreach: 'When a stage is breached',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  sections: {
    scope: 'Which complaints',
    stages: 'Stage durations',
    escalation: 'Escalation',
  },
  escalation_action: {
    notify_assignee: 'Notify the assignee',
    notify_team_lead: 'Notify the team lead',
    notify_director: 'Notify the director',
    raise_escalation: 'Escalate to line 2 (unassigned)',
  },
  helper: {
    priority: 'When several policies match, the category policy wins, then the higher priority.',
    value_tier: 'Leave empty for any value tier.',
    calendar: 'Without a calendar, deadlines count calendar time (a day = 24 h).',
    acknowledgment: '0 means immediately.',
    category: 'Leave empty for a general policy; a category policy also covers its sub-categories.',
  },
  stages_summary: '%{ack} h / %{assessment} / %{evaluation} / %{resolution} days',
};

export type Messages = typeof messages;

export default messages;
