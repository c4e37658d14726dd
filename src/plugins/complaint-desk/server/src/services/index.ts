import complaints from './complaints';
import customers from './customers';
import resources from './resources';
import setup from './setup';
import sla from './sla';
import trackingCode from './tracking-code';
import users from './users';

export default {
  complaints,
  customers,
  resources,
  setup,
  sla,
  'tracking-code': trackingCode,
  users,
};
