import Icon from '@mui/icons-material/Category';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./CategoryViews');
const CategoryList = lazy(() => views().then((m) => ({ default: m.CategoryList })));
const CategoryShow = lazy(() => views().then((m) => ({ default: m.CategoryShow })));
const CategoryEdit = lazy(() => views().then((m) => ({ default: m.CategoryEdit })));
const CategoryCreate = lazy(() => views().then((m) => ({ default: m.CategoryCreate })));

const categories: ResourceConfig = {
  list: CategoryList,
  show: CategoryShow,
  edit: CategoryEdit,
  create: CategoryCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default categories;
