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
  inbox: {
    title: 'Waiting for your decision',
    all: 'All approvals',
    empty: 'Nothing is waiting for your decision.',
    proposal: 'Proposal',
    earlier_title: 'Earlier decisions',
    earlier: '%{role} %{name}: %{decision}',
    value_tier: 'Value tier %{tier}',
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
    approve_done: 'Approved the proposal for %{code} (%{subject})',
    decline_done: 'Declined the proposal for %{code}: it goes back to investigation',
  },
};

export type Messages = typeof messages;

export default messages;
