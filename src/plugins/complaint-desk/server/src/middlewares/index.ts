import authGuard from './auth-guard';
import consoleFiles from './console';
import inputLimits from './input-limits';
import securityHeaders from './security-headers';

export default {
  'auth-guard': authGuard,
  console: consoleFiles,
  'input-limits': inputLimits,
  'security-headers': securityHeaders,
};
