import Icon from '@mui/icons-material/Diversity3';
import { ListGuesser, ShowGuesser } from 'react-admin';
import type { ResourceConfig } from '../resources';

// Placeholder views, replaced by this resource's screens (issue #5).
const teams: ResourceConfig = { list: ListGuesser, show: ShowGuesser, icon: Icon };

export default teams;
