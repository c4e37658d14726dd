import Icon from '@mui/icons-material/Outbox';
import type { ResourceConfig } from '../resourceConfig';

/** Read inside the complaint workspace; no screen of its own. */
const notifications: ResourceConfig = { icon: Icon };

export default notifications;
