import Icon from '@mui/icons-material/Article';
import type { ResourceConfig } from '../resources';
import {
  ResponseTemplateCreate,
  ResponseTemplateEdit,
  ResponseTemplateList,
  ResponseTemplateShow,
} from './ResponseTemplateViews';

const responseTemplates: ResourceConfig = {
  list: ResponseTemplateList,
  show: ResponseTemplateShow,
  edit: ResponseTemplateEdit,
  create: ResponseTemplateCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default responseTemplates;
