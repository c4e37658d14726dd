import isStaff from './is-staff';

export default {
  'is-staff': isStaff,
};
