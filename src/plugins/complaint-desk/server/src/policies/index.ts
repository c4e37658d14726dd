import hasRole from './has-role';

export default {
  'has-role': hasRole,
};
