import setup from './setup';
import trackingCode from './tracking-code';
import users from './users';

export default {
  setup,
  'tracking-code': trackingCode,
  users,
};
