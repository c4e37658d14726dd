import authGuard from './auth-guard';
import inputLimits from './input-limits';

export default {
  'auth-guard': authGuard,
  'input-limits': inputLimits,
};
