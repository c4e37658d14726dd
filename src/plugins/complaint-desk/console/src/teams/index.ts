import Icon from '@mui/icons-material/Diversity3';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./TeamViews');
const TeamList = lazy(() => views().then((m) => ({ default: m.TeamList })));
const TeamShow = lazy(() => views().then((m) => ({ default: m.TeamShow })));
const TeamEdit = lazy(() => views().then((m) => ({ default: m.TeamEdit })));
const TeamCreate = lazy(() => views().then((m) => ({ default: m.TeamCreate })));

const teams: ResourceConfig = {
  list: TeamList,
  show: TeamShow,
  edit: TeamEdit,
  create: TeamCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default teams;
