import benchOnly from './bench-only';
import isStaff from './is-staff';
import smsSignature from './sms-signature';

export default {
  'bench-only': benchOnly,
  'is-staff': isStaff,
  'sms-signature': smsSignature,
};
