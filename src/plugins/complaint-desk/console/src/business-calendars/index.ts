import Icon from '@mui/icons-material/CalendarMonth';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';

// The screens are one chunk, loaded when first opened (the initial bundle does not pay for them).
const views = () => import('./BusinessCalendarViews');
const BusinessCalendarList = lazy(() => views().then((m) => ({ default: m.BusinessCalendarList })));
const BusinessCalendarShow = lazy(() => views().then((m) => ({ default: m.BusinessCalendarShow })));
const BusinessCalendarEdit = lazy(() => views().then((m) => ({ default: m.BusinessCalendarEdit })));
const BusinessCalendarCreate = lazy(() => views().then((m) => ({ default: m.BusinessCalendarCreate })));

const businessCalendars: ResourceConfig = {
  list: BusinessCalendarList,
  show: BusinessCalendarShow,
  edit: BusinessCalendarEdit,
  create: BusinessCalendarCreate,
  icon: Icon,
  recordRepresentation: 'name',
};

export default businessCalendars;
