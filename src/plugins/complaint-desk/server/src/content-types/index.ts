import complaint from './complaint';
import customer from './customer';
import category from './category';
import channel from './channel';
import team from './team';
import slaPolicy from './sla-policy';
import businessCalendar from './business-calendar';
import cftReview from './cft-review';
import rootCause from './root-cause';
import correctiveAction from './corrective-action';
import approval from './approval';
import massIncident from './mass-incident';
import complaintEvent from './complaint-event';
import notification from './notification';
import survey from './survey';
import responseTemplate from './response-template';
import auditEntry from './audit-entry';

export default {
  'complaint': complaint,
  'customer': customer,
  'category': category,
  'channel': channel,
  'team': team,
  'sla-policy': slaPolicy,
  'business-calendar': businessCalendar,
  'cft-review': cftReview,
  'root-cause': rootCause,
  'corrective-action': correctiveAction,
  'approval': approval,
  'mass-incident': massIncident,
  'complaint-event': complaintEvent,
  'notification': notification,
  'survey': survey,
  'response-template': responseTemplate,
  'audit-entry': auditEntry,
};
