import type { ResourceName } from '@contract';
import type { ResourceConfig } from './resourceConfig';
import complaints from './complaints';
import approvals from './approvals';
import massIncidents from './mass-incidents';
import customers from './customers';
import cftReviews from './cft-reviews';
import correctiveActions from './corrective-actions';
import rootCauses from './root-causes';
import teams from './teams';
import businessCalendars from './business-calendars';
import slaPolicies from './sla-policies';
import users from './users';
import categories from './categories';
import channels from './channels';
import responseTemplates from './response-templates';
import complaintEvents from './complaint-events';
import notifications from './notifications';
import surveys from './surveys';

export const MENU_GROUPS = ['work', 'quality', 'setup', 'content'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number] | 'none';

export type ResourceEntry = ResourceConfig & { name: ResourceName; group: MenuGroup };

/** Every resource of SPEC §8, one folder each; `group` places it in the menu. */
export const RESOURCES: ResourceEntry[] = [
  { name: 'complaints', group: 'work', ...complaints },
  { name: 'approvals', group: 'work', ...approvals },
  { name: 'mass-incidents', group: 'work', ...massIncidents },
  { name: 'customers', group: 'work', ...customers },
  { name: 'cft-reviews', group: 'quality', ...cftReviews },
  { name: 'corrective-actions', group: 'quality', ...correctiveActions },
  { name: 'root-causes', group: 'quality', ...rootCauses },
  { name: 'teams', group: 'setup', ...teams },
  { name: 'business-calendars', group: 'setup', ...businessCalendars },
  { name: 'sla-policies', group: 'setup', ...slaPolicies },
  { name: 'users', group: 'setup', ...users },
  { name: 'categories', group: 'content', ...categories },
  { name: 'channels', group: 'content', ...channels },
  { name: 'response-templates', group: 'content', ...responseTemplates },
  { name: 'complaint-events', group: 'none', ...complaintEvents },
  { name: 'notifications', group: 'work', ...notifications },
  { name: 'surveys', group: 'none', ...surveys },
];
