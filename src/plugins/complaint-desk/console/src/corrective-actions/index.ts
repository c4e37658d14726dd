import Icon from '@mui/icons-material/Build';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../resourceConfig';
import { CorrectiveActionList } from './CorrectiveActionList';
import { CorrectiveActionCreate, CorrectiveActionEdit, CorrectiveActionShow } from './CorrectiveActionShow';

const correctiveActions: ResourceConfig = {
  list: CorrectiveActionList,
  show: CorrectiveActionShow,
  edit: CorrectiveActionEdit,
  create: CorrectiveActionCreate,
  icon: Icon,
  recordRepresentation: (r: RaRecord) => String(r.title ?? r.id),
};

export default correctiveActions;
