import setup from './setup';
import trackingCode from './tracking-code';

export default {
  setup,
  'tracking-code': trackingCode,
};
