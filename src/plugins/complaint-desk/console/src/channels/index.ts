import Icon from '@mui/icons-material/Hub';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./ChannelViews');
const ChannelList = lazy(() => views().then((m) => ({ default: m.ChannelList })));
const ChannelShow = lazy(() => views().then((m) => ({ default: m.ChannelShow })));
const ChannelEdit = lazy(() => views().then((m) => ({ default: m.ChannelEdit })));
const ChannelCreate = lazy(() => views().then((m) => ({ default: m.ChannelCreate })));

const channels: ResourceConfig = {
  list: ChannelList,
  show: ChannelShow,
  edit: ChannelEdit,
  create: ChannelCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default channels;
