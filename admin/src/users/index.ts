import Icon from '@mui/icons-material/Badge';
import type { ResourceConfig } from '../resources';
import { UserList, UserShow } from './UserViews';

const users: ResourceConfig = { list: UserList, show: UserShow, icon: Icon, recordRepresentation: 'username' };

export default users;
