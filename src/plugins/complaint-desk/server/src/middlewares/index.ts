import authGuard from './auth-guard';
import consoleFiles from './console';
import inputLimits from './input-limits';
import securityHeaders from './security-headers';
import smsRawBody from './sms-raw-body';

export default {
  'auth-guard': authGuard,
  console: consoleFiles,
  'input-limits': inputLimits,
  'security-headers': securityHeaders,
  'sms-raw-body': smsRawBody,
};
