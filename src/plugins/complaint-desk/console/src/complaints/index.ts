import Icon from '@mui/icons-material/Feedback';
import { lazy } from 'react';
import type { ResourceConfig } from '../resourceConfig';
import type { Complaint } from './types';

// Each screen is its own chunk: the dashboard (the landing page) does not pay for the workspace.
const ComplaintList = lazy(() => import('./ComplaintList'));
const ComplaintShow = lazy(() => import('./ComplaintShow'));
const ComplaintCreate = lazy(() => import('./ComplaintCreate'));

const complaints: ResourceConfig = {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: Icon,
  recordRepresentation: (record: Complaint) => record.trackingCode,
};

export default complaints;
