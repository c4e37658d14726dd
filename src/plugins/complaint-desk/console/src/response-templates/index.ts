import Icon from '@mui/icons-material/Article';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./ResponseTemplateViews');
const ResponseTemplateList = lazy(() => views().then((m) => ({ default: m.ResponseTemplateList })));
const ResponseTemplateShow = lazy(() => views().then((m) => ({ default: m.ResponseTemplateShow })));
const ResponseTemplateEdit = lazy(() => views().then((m) => ({ default: m.ResponseTemplateEdit })));
const ResponseTemplateCreate = lazy(() => views().then((m) => ({ default: m.ResponseTemplateCreate })));

const responseTemplates: ResourceConfig = {
  list: ResponseTemplateList,
  show: ResponseTemplateShow,
  edit: ResponseTemplateEdit,
  create: ResponseTemplateCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default responseTemplates;
