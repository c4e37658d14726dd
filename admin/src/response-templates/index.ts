import Icon from '@mui/icons-material/Article';
import { ListGuesser, ShowGuesser } from 'react-admin';
import type { ResourceConfig } from '../resources';

// Placeholder views, replaced by this resource's screens (issue #5).
const responseTemplates: ResourceConfig = { list: ListGuesser, show: ShowGuesser, icon: Icon };

export default responseTemplates;
