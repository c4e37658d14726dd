const messages = {
  name: 'Approval |||| Approvals',
  fields: {
    complaintId: 'Complaint',
    subject: 'Subject',
    requiredRole: 'Required role',
    step: 'Step',
    amount: 'Amount',
    round: 'Round',
    decision: 'Decision',
    comment: 'Comment',
    decidedById: 'Decided by',
    decidedAt: 'Decided',
    createdAt: 'Created',
  },
  decisions: {
    pending: 'Pending',
    approved: 'Approved',
    declined: 'Declined',
  },
  decision: {
    approve_title: 'Approve the proposed response',
    decline_title: 'Decline the proposed response',
    comment_required: 'A comment is required to decline.',
    approve_done: 'Approved',
    decline_done: 'Declined',
  },
};

export type Messages = typeof messages;

export default messages;
