import Icon from '@mui/icons-material/Diversity3';
import type { ResourceConfig } from '../resources';
import { TeamCreate, TeamEdit, TeamList, TeamShow } from './TeamViews';

const teams: ResourceConfig = {
  list: TeamList,
  show: TeamShow,
  edit: TeamEdit,
  create: TeamCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default teams;
