import inputLimits from './input-limits';

export default {
  'input-limits': inputLimits,
};
