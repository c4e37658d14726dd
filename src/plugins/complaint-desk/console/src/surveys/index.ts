import Icon from '@mui/icons-material/StarRate';
import type { ResourceConfig } from '../resourceConfig';

/** Read inside the complaint workspace; no screen of its own. */
const surveys: ResourceConfig = { icon: Icon };

export default surveys;
