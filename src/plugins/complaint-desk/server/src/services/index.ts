import approvalInbox from './approval-inbox';
import audit from './audit';
import cftReviews from './cft-reviews';
import complaintDuplicates from './complaint-duplicates';
import complaintExport from './complaint-export';
import complaintQuery from './complaint-query';
import complaints from './complaints';
import correctiveActions from './corrective-actions';
import customers from './customers';
import delivery from './delivery';
import inboundEmail from './inbound-email';
import inboundIntake from './inbound-intake';
import inboundSms from './inbound-sms';
import demoSeed from './demo-seed';
import loginGuard from './login-guard';
import massIncidents from './mass-incidents';
import outbox from './outbox';
import reports from './reports';
import resources from './resources';
import setup from './setup';
import sla from './sla';
import slaSweeper from './sla-sweeper';
import staffAuth from './staff-auth';
import stockComplaint from './stock-complaint';
import trackingCode from './tracking-code';
import users from './users';

export default {
  'approval-inbox': approvalInbox,
  audit,
  'cft-reviews': cftReviews,
  'complaint-duplicates': complaintDuplicates,
  'complaint-export': complaintExport,
  'complaint-query': complaintQuery,
  complaints,
  'corrective-actions': correctiveActions,
  customers,
  delivery,
  'inbound-email': inboundEmail,
  'inbound-intake': inboundIntake,
  'inbound-sms': inboundSms,
  'demo-seed': demoSeed,
  'login-guard': loginGuard,
  'mass-incidents': massIncidents,
  outbox,
  reports,
  resources,
  setup,
  sla,
  'sla-sweeper': slaSweeper,
  'staff-auth': staffAuth,
  // Strapi's core controller looks its service up as plugin::complaint-desk.complaint (bench-only route).
  complaint: stockComplaint,
  'tracking-code': trackingCode,
  users,
};
