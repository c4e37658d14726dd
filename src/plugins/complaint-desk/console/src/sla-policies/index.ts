import Icon from '@mui/icons-material/Timer';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./SlaPolicyViews');
const SlaPolicyList = lazy(() => views().then((m) => ({ default: m.SlaPolicyList })));
const SlaPolicyShow = lazy(() => views().then((m) => ({ default: m.SlaPolicyShow })));
const SlaPolicyEdit = lazy(() => views().then((m) => ({ default: m.SlaPolicyEdit })));
const SlaPolicyCreate = lazy(() => views().then((m) => ({ default: m.SlaPolicyCreate })));

const slaPolicies: ResourceConfig = {
  list: SlaPolicyList,
  show: SlaPolicyShow,
  edit: SlaPolicyEdit,
  create: SlaPolicyCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default slaPolicies;
