import Icon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../resourceConfig';
import { MassIncidentCreate, MassIncidentEdit } from './MassIncidentForm';
import { MassIncidentList } from './MassIncidentList';
import { MassIncidentShow } from './MassIncidentShow';

const massIncidents: ResourceConfig = {
  list: MassIncidentList,
  show: MassIncidentShow,
  edit: MassIncidentEdit,
  create: MassIncidentCreate,
  icon: Icon,
  recordRepresentation: (r: RaRecord) => String(r.title ?? r.id),
};

export default massIncidents;
