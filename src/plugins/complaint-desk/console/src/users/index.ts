import Icon from '@mui/icons-material/Badge';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./UserViews');
const UserList = lazy(() => views().then((m) => ({ default: m.UserList })));
const UserShow = lazy(() => views().then((m) => ({ default: m.UserShow })));

const users: ResourceConfig = {
  list: UserList,
  show: UserShow,
  icon: Icon,
  recordRepresentation: 'name',
};

export default users;
