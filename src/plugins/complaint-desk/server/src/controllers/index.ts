import approvalInbox from './approval-inbox';
import channels from './channels';
import complaintDuplicates from './complaint-duplicates';
import complaintQueues from './complaint-queues';
import customers from './customers';
import massIncidents from './mass-incidents';
import resources from './resources';
import sla from './sla';
import stockComplaint from './stock-complaint';
import users from './users';

export default {
  'approval-inbox': approvalInbox,
  channels,
  'complaint-duplicates': complaintDuplicates,
  'complaint-queues': complaintQueues,
  customers,
  'mass-incidents': massIncidents,
  resources,
  sla,
  'stock-complaint': stockComplaint,
  users,
};
