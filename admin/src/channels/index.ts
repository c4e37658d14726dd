import Icon from '@mui/icons-material/Hub';
import type { ResourceConfig } from '../resources';
import { ChannelCreate, ChannelEdit, ChannelList, ChannelShow } from './ChannelViews';

const channels: ResourceConfig = {
  list: ChannelList,
  show: ChannelShow,
  edit: ChannelEdit,
  create: ChannelCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default channels;
