import Icon from '@mui/icons-material/Outbox';
import type { ResourceConfig } from '../resourceConfig';
import { NotificationList } from './NotificationList';

/** The outbox: delivery state per message, dead ones retried; in development, the local drop. */
const notifications: ResourceConfig = { icon: Icon, list: NotificationList };

export default notifications;
