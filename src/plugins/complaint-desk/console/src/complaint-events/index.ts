import Icon from '@mui/icons-material/History';
import type { ResourceConfig } from '../resourceConfig';

/** Read inside the complaint workspace; no screen of its own. */
const complaintEvents: ResourceConfig = { icon: Icon };

export default complaintEvents;
