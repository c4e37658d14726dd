import benchOnly from './bench-only';
import isStaff from './is-staff';

export default {
  'bench-only': benchOnly,
  'is-staff': isStaff,
};
