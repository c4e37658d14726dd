import Icon from '@mui/icons-material/AccountTree';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../resourceConfig';
import { RootCauseCreate, RootCauseEdit } from './RootCauseEdit';
import { RootCauseList } from './RootCauseList';

const rootCauses: ResourceConfig = {
  list: RootCauseList,
  edit: RootCauseEdit,
  create: RootCauseCreate,
  icon: Icon,
  recordRepresentation: (r: RaRecord) => `${r.code} — ${r.title}`,
};

export default rootCauses;
