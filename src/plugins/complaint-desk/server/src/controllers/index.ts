import resources from './resources';
import stockComplaint from './stock-complaint';
import users from './users';

export default {
  resources,
  'stock-complaint': stockComplaint,
  users,
};
