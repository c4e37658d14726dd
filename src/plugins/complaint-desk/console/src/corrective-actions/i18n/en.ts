const messages = {
  name: 'Corrective action |||| Corrective actions',
  fields: {
    title: 'Title',
    description: 'Description',
    kind: 'Kind',
    status: 'Status',
    ownerId: 'Owner',
    dueAt: 'Due date',
    complaintId: 'Complaint',
    rootCauseId: 'Root cause',
    cftReviewId: 'CFT review',
    completedAt: 'Completed',
    effective: 'Effective',
    effectivenessCheck: 'Effectiveness check notes',
    effectivenessVerifiedAt: 'Effectiveness verified',
  },
  kinds: {
    corrective: 'Corrective',
    preventive: 'Preventive',
    containment: 'Containment',
  },
  statuses: {
    planned: 'Planned',
    in_progress: 'In progress',
    implemented: 'Implemented',
    verification: 'In verification',
    effective: 'Effective',
    ineffective: 'Ineffective',
    cancelled: 'Cancelled',
  },
  overdue: 'Overdue',
  board: {
    list: 'Table',
    board: 'Board by status',
    truncated: 'The board shows the first %{shown} of %{total} actions by due date; narrow the filters to see the rest.',
  },
  verify: {
    button: 'Verify effectiveness',
    title: 'Verify effectiveness: %{title}',
    question: 'Did the action remove the cause?',
    done: 'Effectiveness recorded',
  },
};

export type Messages = typeof messages;

export default messages;
