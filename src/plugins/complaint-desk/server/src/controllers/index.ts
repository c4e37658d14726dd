import approvalInbox from './approval-inbox';
import cftReviews from './cft-reviews';
import channels from './channels';
import complaintDuplicates from './complaint-duplicates';
import complaintQueues from './complaint-queues';
import correctiveActions from './corrective-actions';
import customers from './customers';
import massIncidents from './mass-incidents';
import reports from './reports';
import notifications from './notifications';
import resources from './resources';
import sla from './sla';
import stockComplaint from './stock-complaint';
import users from './users';

export default {
  'approval-inbox': approvalInbox,
  'cft-reviews': cftReviews,
  channels,
  'complaint-duplicates': complaintDuplicates,
  'complaint-queues': complaintQueues,
  'corrective-actions': correctiveActions,
  customers,
  'mass-incidents': massIncidents,
  reports,
  notifications,
  resources,
  sla,
  'stock-complaint': stockComplaint,
  users,
};
