import Icon from '@mui/icons-material/CalendarMonth';
import type { ResourceConfig } from '../resources';
import {
  BusinessCalendarCreate,
  BusinessCalendarEdit,
  BusinessCalendarList,
  BusinessCalendarShow,
} from './BusinessCalendarViews';

const businessCalendars: ResourceConfig = {
  list: BusinessCalendarList,
  show: BusinessCalendarShow,
  edit: BusinessCalendarEdit,
  create: BusinessCalendarCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default businessCalendars;
