import Icon from '@mui/icons-material/Category';
import type { ResourceConfig } from '../resources';
import { CategoryCreate, CategoryEdit, CategoryList, CategoryShow } from './CategoryViews';

const categories: ResourceConfig = {
  list: CategoryList,
  show: CategoryShow,
  edit: CategoryEdit,
  create: CategoryCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default categories;
