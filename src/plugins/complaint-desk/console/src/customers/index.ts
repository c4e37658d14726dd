import Icon from '@mui/icons-material/People';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';
import type { Customer } from './CustomerViews';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./CustomerViews');
const CustomerList = lazy(() => views().then((m) => ({ default: m.CustomerList })));
const CustomerShow = lazy(() => views().then((m) => ({ default: m.CustomerShow })));
const CustomerEdit = lazy(() => views().then((m) => ({ default: m.CustomerEdit })));

const customers: ResourceConfig = {
  list: CustomerList,
  show: CustomerShow,
  edit: CustomerEdit,
  icon: Icon,
  // Roles without access to personal data get null names: the id stands in.
  recordRepresentation: (record: Customer) => record.name ?? `#${String(record.id).slice(0, 8)}`,
};

export default customers;
