import Icon from '@mui/icons-material/Timer';
import type { ResourceConfig } from '../resources';
import { SlaPolicyCreate, SlaPolicyEdit, SlaPolicyList, SlaPolicyShow } from './SlaPolicyViews';

const slaPolicies: ResourceConfig = {
  list: SlaPolicyList,
  show: SlaPolicyShow,
  edit: SlaPolicyEdit,
  create: SlaPolicyCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default slaPolicies;
