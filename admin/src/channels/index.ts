import Icon from '@mui/icons-material/Hub';
import { ListGuesser, ShowGuesser } from 'react-admin';
import type { ResourceConfig } from '../resources';

// Placeholder views, replaced by this resource's screens (issue #5).
const channels: ResourceConfig = { list: ListGuesser, show: ShowGuesser, icon: Icon };

export default channels;
